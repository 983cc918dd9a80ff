/**
 * The gateway handshake: IDENTIFY (token, intents, privileged intents, shard → a new session, READY and
 * GUILD_CREATE) and RESUME (replaying what the session missed, or INVALID_SESSION).
 */
import {
  CloseCode,
  type GatewayHost,
  type IdentifyRecord,
  Intent,
  Op,
  PRIVILEGED_INTENTS,
  VALID_INTENTS,
} from "./gateway-protocol.js";
import { type Connection, Session } from "./gateway-session.js";
import { sessionId as newSessionId } from "./ids.js";

/** The gateway's session table and counters, which IDENTIFY and RESUME update. */
export interface SessionTable {
  readonly shards: Map<number, Session>;
  readonly sessions: Map<string, Session>;
  readonly identifies: IdentifyRecord[];
  readonly stats: { identifies: number; resumes: number; invalidSessions: number };
}

/** IDENTIFY (op 2): check the token, intents and shard, then start a session and send READY (+ GUILD_CREATE). */
export function onIdentify(host: GatewayHost, gw: SessionTable, conn: Connection, raw: unknown): void {
  const d = (raw ?? {}) as {
    token?: unknown;
    intents?: unknown;
    shard?: unknown;
    properties?: Record<string, unknown>;
    presence?: unknown;
    compress?: unknown;
    large_threshold?: number;
  };
  if (conn.session) {
    host.violation("gateway-protocol", "the bot identified twice on one connection");
    conn.close(CloseCode.AlreadyAuthenticated, "Already authenticated.");
    return;
  }
  if (d.token !== host.token) {
    host.violation("gateway-auth", "IDENTIFY carried a token that is not the bot's");
    conn.close(CloseCode.AuthenticationFailed, "Authentication failed.");
    return;
  }
  const intents = d.intents;
  if (
    typeof intents !== "number" ||
    !Number.isInteger(intents) ||
    intents < 0 ||
    (intents & ~VALID_INTENTS) !== 0
  ) {
    host.violation("gateway-intents", `IDENTIFY intents ${String(intents)} are invalid`);
    conn.close(CloseCode.InvalidIntents, "Invalid intent(s).");
    return;
  }
  const privileged = intents & PRIVILEGED_INTENTS;
  if ((privileged & ~host.allowedPrivilegedIntents) !== 0) {
    host.violation(
      "gateway-intents",
      `IDENTIFY asked for privileged intents ${privileged} that are not enabled for this application`,
    );
    conn.close(CloseCode.DisallowedIntents, "Disallowed intent(s).");
    return;
  }
  let shard: [number, number] = [0, 1];
  if (d.shard !== undefined) {
    const s = d.shard as unknown[];
    if (
      !Array.isArray(s) ||
      s.length !== 2 ||
      typeof s[0] !== "number" ||
      typeof s[1] !== "number" ||
      s[1] < 1 ||
      s[0] < 0 ||
      s[0] >= s[1]
    ) {
      host.violation("gateway-protocol", `IDENTIFY shard ${JSON.stringify(d.shard)} is invalid`);
      conn.close(CloseCode.InvalidShard, "Invalid shard.");
      return;
    }
    shard = [s[0], s[1]];
    const other = [...gw.shards.values()].find((x) => !x.invalid && x.identify.shard[1] !== shard[1]);
    if (other) {
      host.violation("gateway-protocol", `shards identified with different shard counts`);
      conn.close(CloseCode.InvalidShard, "Invalid shard.");
      return;
    }
  }
  const id = newSessionId();
  const record: IdentifyRecord = {
    at: Date.now(),
    intents,
    shard,
    properties: d.properties ?? {},
    presence: d.presence ?? null,
    compress: d.compress === true,
    largeThreshold: d.large_threshold,
    sessionId: id,
  };
  conn.identifyCompress = record.compress;
  const previous = gw.shards.get(shard[0]);
  if (previous) {
    previous.invalid = true;
    previous.connection?.close(CloseCode.SessionTimedOut, "Session replaced");
  }
  const session = new Session(id, record);
  session.connection = conn;
  conn.session = session;
  gw.sessions.set(id, session);
  gw.shards.set(shard[0], session);
  gw.identifies.push(record);
  gw.stats.identifies++;
  const guilds = host.guildIds().filter((g) => Number((BigInt(g) >> 22n) % BigInt(shard[1])) === shard[0]);
  host.log(`gateway: IDENTIFY shard ${shard.join("/")} intents ${intents} → session ${id}`);
  session.dispatch("READY", host.readyPayload(id, host.resumeUrl(), guilds));
  if (intents & Intent.Guilds) {
    for (const g of guilds) session.dispatch("GUILD_CREATE", host.guildCreatePayload(g));
  }
  host.changed();
}

/** RESUME (op 6): replay what the session missed, or answer INVALID_SESSION when it cannot resume. */
export function onResume(host: GatewayHost, gw: SessionTable, conn: Connection, raw: unknown): void {
  const d = (raw ?? {}) as { token?: unknown; session_id?: unknown; seq?: unknown };
  if (conn.session) {
    host.violation("gateway-protocol", "the bot sent RESUME on an already authenticated connection");
    conn.close(CloseCode.AlreadyAuthenticated, "Already authenticated.");
    return;
  }
  if (d.token !== host.token) {
    host.violation("gateway-auth", "RESUME carried a token that is not the bot's");
    conn.close(CloseCode.AuthenticationFailed, "Authentication failed.");
    return;
  }
  const session = typeof d.session_id === "string" ? gw.sessions.get(d.session_id) : undefined;
  const seq = typeof d.seq === "number" ? d.seq : 0;
  const replay = session ? session.events.filter((e) => (e.s ?? 0) > seq) : [];
  const lost = session && replay.length > 0 && (replay[0]?.s ?? 0) !== seq + 1;
  if (!session || session.invalid || gw.shards.get(session.identify.shard[0]) !== session || lost) {
    host.log(`gateway: RESUME of ${String(d.session_id)} refused → INVALID_SESSION`);
    gw.stats.invalidSessions++;
    conn.send({ op: Op.InvalidSession, d: false });
    return;
  }
  if (seq > session.seq) {
    host.violation("gateway-protocol", `RESUME with seq ${seq} beyond the session's ${session.seq}`);
    conn.close(CloseCode.InvalidSeq, "Invalid seq.");
    return;
  }
  if (session.connection && session.connection !== conn) {
    session.connection.close(CloseCode.SessionTimedOut, "Session resumed elsewhere");
  }
  session.connection = conn;
  conn.session = session;
  conn.identifyCompress = session.identify.compress;
  for (const event of replay) conn.send(event);
  gw.stats.resumes++;
  host.log(`gateway: RESUME of ${session.id} from seq ${seq}, replayed ${replay.length}`);
  session.dispatch("RESUMED", { _trace: ["standin"] });
  host.changed();
}
