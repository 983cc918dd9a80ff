/**
 * Gateway v10 over `ws`, JSON encoding (https://discord.com/developers/docs/events/gateway).
 *
 * What @discordjs/ws 1.2 (discord.js 14.28) does, and what this answers:
 *  - connects to `${url}?v=10&encoding=json` (adds `&compress=zlib-stream` only when `zlib-sync` is
 *    installed; both are supported here), with `url` from GET /gateway/bot, or on resume the READY's
 *    `resume_gateway_url`;
 *  - waits for HELLO (op 10), first heartbeat after `heartbeat_interval * random()`, expects op 11 acks
 *    (an unacked heartbeat makes it reconnect as a "zombie");
 *  - IDENTIFY (op 2) with the raw token (no `Bot ` prefix), intents and `shard: [id, count]`; it then
 *    waits 15 s for READY, and the client waits (up to `waitGuildTimeout`, 15 s) for a GUILD_CREATE per
 *    guild READY listed as unavailable before emitting `clientReady`;
 *  - op 7 RECONNECT → it closes with 4200 and, 500 ms later, RESUMEs (op 6) on `resume_gateway_url`;
 *    a close with a resumable code (e.g. 4000) does the same; op 9 with `d: false` makes it re-identify
 *    (after its identify throttle: up to ~6.5 s if the last identify was < 5 s ago).
 * Events are dispatched with increasing `s` per session and buffered, so a RESUME replays what the
 * client missed.
 */
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { createDeflate, type Deflate, deflateSync, constants as zlibConstants } from "node:zlib";
import { type RawData, WebSocket, WebSocketServer } from "ws";
import { sessionId as newSessionId } from "./ids.js";

export const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
  RequestSoundboardSounds: 31,
} as const;

export const Intent = {
  Guilds: 1 << 0,
  GuildMembers: 1 << 1,
  GuildPresences: 1 << 8,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;

/** Intent a guild event needs (https://discord.com/developers/docs/events/gateway#list-of-intents). */
const EVENT_INTENTS: Record<string, number> = {
  MESSAGE_CREATE: Intent.GuildMessages,
  MESSAGE_UPDATE: Intent.GuildMessages,
  MESSAGE_DELETE: Intent.GuildMessages,
  GUILD_CREATE: Intent.Guilds,
};
const DM_EVENT_INTENTS: Record<string, number> = {
  MESSAGE_CREATE: Intent.DirectMessages,
  MESSAGE_UPDATE: Intent.DirectMessages,
  MESSAGE_DELETE: Intent.DirectMessages,
};

/** Every intent bit Discord defines (others → close 4013). */
const VALID_INTENTS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 20, 21, 24, 25].reduce(
  (acc, bit) => acc | (1 << bit),
  0,
);
export const PRIVILEGED_INTENTS = Intent.GuildMembers | Intent.GuildPresences | Intent.MessageContent;

export const CloseCode = {
  UnknownError: 4000,
  UnknownOpcode: 4001,
  DecodeError: 4002,
  NotAuthenticated: 4003,
  AuthenticationFailed: 4004,
  AlreadyAuthenticated: 4005,
  InvalidSeq: 4007,
  RateLimited: 4008,
  SessionTimedOut: 4009,
  InvalidShard: 4010,
  ShardingRequired: 4011,
  InvalidAPIVersion: 4012,
  InvalidIntents: 4013,
  DisallowedIntents: 4014,
} as const;

export interface GatewayPayload {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

export interface IdentifyRecord {
  at: number;
  intents: number;
  shard: [number, number];
  properties: Record<string, unknown>;
  presence: unknown;
  compress: boolean;
  largeThreshold: number | undefined;
  sessionId: string;
}

export interface GatewayLogEntry {
  at: number;
  dir: "in" | "out";
  op: number;
  t?: string | null;
  s?: number | null;
  connection: number;
}

export interface CloseRecord {
  at: number;
  connection: number;
  code: number;
  /** Who closed: the bot (client) or the stand-in (server). */
  by: "client" | "server";
  sessionId: string | null;
}

export interface GatewayHost {
  token: string;
  heartbeatIntervalMs: number;
  /** Privileged intents "enabled in the developer portal". */
  allowedPrivilegedIntents: number;
  /** Guild ids of the world (routed to shards by `(id >> 22) % count`). */
  guildIds(): string[];
  readyPayload(sessionId: string, resumeUrl: string, guildIds: string[]): unknown;
  guildCreatePayload(guildId: string): unknown;
  guildMembersChunk(guildId: string, nonce: unknown): unknown;
  resumeUrl(): string;
  violation(kind: string, message: string, detail?: Record<string, unknown>): void;
  changed(): void;
  log(line: string): void;
}

class Connection {
  session: Session | null = null;
  readonly opened = Date.now();
  private deflate: Deflate | null = null;
  private pending: Buffer[] = [];
  identifyCompress = false;
  commandTimes: number[] = [];
  closed = false;

  constructor(
    readonly id: number,
    readonly ws: WebSocket,
    compression: "zlib-stream" | null,
    private readonly onSent: (p: GatewayPayload) => void,
  ) {
    if (compression === "zlib-stream") {
      this.deflate = createDeflate({ chunkSize: 65535 });
      this.deflate.on("data", (chunk: Buffer) => this.pending.push(chunk));
    }
  }

  send(payload: GatewayPayload): void {
    if (this.closed || this.ws.readyState !== WebSocket.OPEN) return;
    this.onSent(payload);
    const json = JSON.stringify(payload);
    if (this.deflate) {
      const deflate = this.deflate;
      deflate.write(json);
      deflate.flush(zlibConstants.Z_SYNC_FLUSH, () => {
        const out = Buffer.concat(this.pending);
        this.pending = [];
        if (out.length && this.ws.readyState === WebSocket.OPEN) this.ws.send(out, { binary: true });
      });
    } else if (this.identifyCompress && payload.op === Op.Dispatch) {
      this.ws.send(deflateSync(json), { binary: true });
    } else {
      this.ws.send(json);
    }
  }

  closedByServer = false;

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.closedByServer = true;
    try {
      this.ws.close(code, reason);
    } catch {
      this.ws.terminate();
    }
    this.deflate?.close();
  }
}

export class Session {
  seq = 0;
  /** Everything dispatched, for replay on RESUME. */
  readonly events: GatewayPayload[] = [];
  connection: Connection | null = null;
  invalid = false;
  constructor(
    readonly id: string,
    readonly identify: IdentifyRecord,
  ) {}

  dispatch(t: string, d: unknown): number {
    const s = ++this.seq;
    const payload: GatewayPayload = { op: Op.Dispatch, t, s, d };
    this.events.push(payload);
    if (this.events.length > 5000) this.events.shift();
    this.connection?.send(payload);
    return s;
  }
}

export type ReconnectMode = "reconnect" | "close" | "invalid-session";

export class Gateway {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4096 * 1024 });
  private readonly connections = new Set<Connection>();
  private nextConnectionId = 1;
  /** Live session per shard id. */
  readonly shards = new Map<number, Session>();
  readonly sessions = new Map<string, Session>();
  readonly identifies: IdentifyRecord[] = [];
  readonly log: GatewayLogEntry[] = [];
  readonly presences: unknown[] = [];
  readonly closes: CloseRecord[] = [];
  stats = { connections: 0, identifies: 0, resumes: 0, invalidSessions: 0, heartbeats: 0 };

  constructor(private readonly host: GatewayHost) {}

  attach(server: Server, path: string): void {
    server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(req.url ?? "/", "http://standin.invalid");
      if (!url.pathname.startsWith(path)) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, url));
    });
  }

  /**
   * The session that receives events for a guild (shard = (guild_id >> 22) % shard_count), or for DMs
   * (`null`: shard 0).
   */
  sessionForGuild(guildId: string | null): Session | null {
    const any = this.shards.values().next().value as Session | undefined;
    if (!any) return null;
    const count = any.identify.shard[1];
    const shardId = guildId === null ? 0 : Number((BigInt(guildId) >> 22n) % BigInt(count));
    const session = this.shards.get(shardId) ?? null;
    return session && !session.invalid ? session : null;
  }

  /** Whether the session for a guild currently has an open socket (false while it reconnects). */
  isConnected(guildId: string | null): boolean {
    return Boolean(this.sessionForGuild(guildId)?.connection);
  }

  /** Dispatch to the guild's session if its intents subscribe to `t` (INTERACTION_CREATE needs none). */
  dispatchToGuild(guildId: string | null, t: string, d: unknown): boolean {
    const session = this.sessionForGuild(guildId);
    if (!session) return false;
    const needed = (guildId === null ? DM_EVENT_INTENTS : EVENT_INTENTS)[t];
    if (needed !== undefined && (session.identify.intents & needed) === 0) return false;
    session.dispatch(t, d);
    return true;
  }

  /** Make the bot reconnect. Resolves when it has resumed (or re-identified). */
  forceReconnect(guildId: string, mode: ReconnectMode): void {
    const session = this.sessionForGuild(guildId);
    const conn = session?.connection;
    if (!session || !conn) throw new Error("standin: the bot has no open gateway connection to reconnect");
    this.host.log(`gateway: forcing ${mode} on session ${session.id}`);
    if (mode === "reconnect") conn.send({ op: Op.Reconnect, d: null });
    else if (mode === "close") conn.close(CloseCode.UnknownError, "standin: forced reconnect");
    else {
      session.invalid = true;
      this.stats.invalidSessions++;
      conn.send({ op: Op.InvalidSession, d: false });
    }
  }

  close(): void {
    for (const conn of this.connections) conn.close(1001, "standin shutting down");
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
  }

  private record(dir: "in" | "out", connection: number, p: GatewayPayload): void {
    this.log.push({ at: Date.now(), dir, op: p.op, t: p.t ?? null, s: p.s ?? null, connection });
    if (this.log.length > 5000) this.log.shift();
  }

  private onConnection(ws: WebSocket, url: URL): void {
    const id = this.nextConnectionId++;
    this.stats.connections++;
    const v = url.searchParams.get("v");
    const encoding = url.searchParams.get("encoding") ?? "json";
    const compress = url.searchParams.get("compress");
    const conn = new Connection(id, ws, compress === "zlib-stream" ? "zlib-stream" : null, (p) =>
      this.record("out", id, p),
    );
    this.connections.add(conn);
    this.host.log(`gateway: connection #${id} ${url.pathname}${url.search}`);
    ws.on("close", (code) => this.onClose(conn, code));
    ws.on("error", () => conn.close(1011, "error"));
    if (v !== null && v !== "10") {
      this.host.violation("gateway-protocol", `gateway connected with v=${v}; only v=10 is served`);
      conn.close(CloseCode.InvalidAPIVersion, "Invalid API version");
      return;
    }
    if (encoding !== "json") {
      this.host.violation("gateway-protocol", `gateway asked for encoding=${encoding}; only json is served`);
      conn.close(CloseCode.DecodeError, "Error while decoding payload.");
      return;
    }
    if (compress !== null && compress !== "zlib-stream") {
      this.host.violation("gateway-protocol", `unsupported transport compression ${compress}`);
      conn.close(CloseCode.DecodeError, "Error while decoding payload.");
      return;
    }
    ws.on("message", (data, isBinary) => this.onMessage(conn, data, isBinary));
    conn.send({
      op: Op.Hello,
      d: { heartbeat_interval: this.host.heartbeatIntervalMs, _trace: ["standin"] },
    });
  }

  private onClose(conn: Connection, code: number): void {
    conn.closed = true;
    this.connections.delete(conn);
    const session = conn.session;
    this.closes.push({
      at: Date.now(),
      connection: conn.id,
      code,
      by: conn.closedByServer ? "server" : "client",
      sessionId: session?.id ?? null,
    });
    this.host.log(
      `gateway: connection #${conn.id} closed with ${code} by ${conn.closedByServer ? "stand-in" : "bot"}`,
    );
    if (session && session.connection === conn) {
      session.connection = null;
      // A client closing with 1000/1001 ends its session; other codes keep it resumable.
      if (code === 1000 || code === 1001) session.invalid = true;
    }
    this.host.changed();
  }

  private onMessage(conn: Connection, data: RawData, isBinary: boolean): void {
    if (conn.closed) return;
    let payload: GatewayPayload;
    try {
      const text = isBinary ? Buffer.from(data as Buffer).toString("utf8") : data.toString();
      payload = JSON.parse(text) as GatewayPayload;
      if (typeof payload !== "object" || payload === null || typeof payload.op !== "number")
        throw new Error("no op");
    } catch {
      this.host.violation("gateway-protocol", "the bot sent a gateway payload that is not JSON with an op");
      conn.close(CloseCode.DecodeError, "Error while decoding payload.");
      return;
    }
    this.record("in", conn.id, payload);
    const now = Date.now();
    conn.commandTimes = conn.commandTimes.filter((t) => now - t < 60_000);
    conn.commandTimes.push(now);
    if (conn.commandTimes.length > 120) {
      this.host.violation("gateway-rate-limit", "the bot sent more than 120 gateway commands in 60 s");
      conn.close(CloseCode.RateLimited, "You are being rate limited.");
      return;
    }
    switch (payload.op) {
      case Op.Heartbeat:
        this.stats.heartbeats++;
        conn.send({ op: Op.HeartbeatAck, d: null });
        return;
      case Op.Identify:
        this.onIdentify(conn, payload.d);
        return;
      case Op.Resume:
        this.onResume(conn, payload.d);
        return;
    }
    if (!conn.session) {
      this.host.violation("gateway-protocol", `the bot sent op ${payload.op} before identifying`);
      conn.close(CloseCode.NotAuthenticated, "Not authenticated.");
      return;
    }
    switch (payload.op) {
      case Op.PresenceUpdate:
        this.presences.push(payload.d);
        this.host.changed();
        return;
      case Op.VoiceStateUpdate:
      case Op.RequestSoundboardSounds:
        return;
      case Op.RequestGuildMembers: {
        const d = (payload.d ?? {}) as { guild_id?: string | string[]; nonce?: unknown };
        const ids = Array.isArray(d.guild_id) ? d.guild_id : d.guild_id ? [d.guild_id] : [];
        for (const guildId of ids) {
          if (this.host.guildIds().includes(guildId)) {
            conn.session.dispatch("GUILD_MEMBERS_CHUNK", this.host.guildMembersChunk(guildId, d.nonce));
          }
        }
        return;
      }
      default:
        this.host.violation("gateway-protocol", `the bot sent unknown gateway opcode ${payload.op}`);
        conn.close(CloseCode.UnknownOpcode, "Unknown opcode.");
    }
  }

  private onIdentify(conn: Connection, raw: unknown): void {
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
      this.host.violation("gateway-protocol", "the bot identified twice on one connection");
      conn.close(CloseCode.AlreadyAuthenticated, "Already authenticated.");
      return;
    }
    if (d.token !== this.host.token) {
      this.host.violation("gateway-auth", "IDENTIFY carried a token that is not the bot's");
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
      this.host.violation("gateway-intents", `IDENTIFY intents ${String(intents)} are invalid`);
      conn.close(CloseCode.InvalidIntents, "Invalid intent(s).");
      return;
    }
    const privileged = intents & PRIVILEGED_INTENTS;
    if ((privileged & ~this.host.allowedPrivilegedIntents) !== 0) {
      this.host.violation(
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
        this.host.violation("gateway-protocol", `IDENTIFY shard ${JSON.stringify(d.shard)} is invalid`);
        conn.close(CloseCode.InvalidShard, "Invalid shard.");
        return;
      }
      shard = [s[0], s[1]];
      const other = [...this.shards.values()].find((x) => !x.invalid && x.identify.shard[1] !== shard[1]);
      if (other) {
        this.host.violation("gateway-protocol", `shards identified with different shard counts`);
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
    const previous = this.shards.get(shard[0]);
    if (previous) {
      previous.invalid = true;
      previous.connection?.close(CloseCode.SessionTimedOut, "Session replaced");
    }
    const session = new Session(id, record);
    session.connection = conn;
    conn.session = session;
    this.sessions.set(id, session);
    this.shards.set(shard[0], session);
    this.identifies.push(record);
    this.stats.identifies++;
    const guilds = this.host
      .guildIds()
      .filter((g) => Number((BigInt(g) >> 22n) % BigInt(shard[1])) === shard[0]);
    this.host.log(`gateway: IDENTIFY shard ${shard.join("/")} intents ${intents} → session ${id}`);
    session.dispatch("READY", this.host.readyPayload(id, this.host.resumeUrl(), guilds));
    if (intents & Intent.Guilds) {
      for (const g of guilds) session.dispatch("GUILD_CREATE", this.host.guildCreatePayload(g));
    }
    this.host.changed();
  }

  private onResume(conn: Connection, raw: unknown): void {
    const d = (raw ?? {}) as { token?: unknown; session_id?: unknown; seq?: unknown };
    if (conn.session) {
      this.host.violation("gateway-protocol", "the bot sent RESUME on an already authenticated connection");
      conn.close(CloseCode.AlreadyAuthenticated, "Already authenticated.");
      return;
    }
    if (d.token !== this.host.token) {
      this.host.violation("gateway-auth", "RESUME carried a token that is not the bot's");
      conn.close(CloseCode.AuthenticationFailed, "Authentication failed.");
      return;
    }
    const session = typeof d.session_id === "string" ? this.sessions.get(d.session_id) : undefined;
    const seq = typeof d.seq === "number" ? d.seq : 0;
    const replay = session ? session.events.filter((e) => (e.s ?? 0) > seq) : [];
    const lost = session && replay.length > 0 && (replay[0]?.s ?? 0) !== seq + 1;
    if (!session || session.invalid || this.shards.get(session.identify.shard[0]) !== session || lost) {
      this.host.log(`gateway: RESUME of ${String(d.session_id)} refused → INVALID_SESSION`);
      this.stats.invalidSessions++;
      conn.send({ op: Op.InvalidSession, d: false });
      return;
    }
    if (seq > session.seq) {
      this.host.violation("gateway-protocol", `RESUME with seq ${seq} beyond the session's ${session.seq}`);
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
    this.stats.resumes++;
    this.host.log(`gateway: RESUME of ${session.id} from seq ${seq}, replayed ${replay.length}`);
    session.dispatch("RESUMED", { _trace: ["standin"] });
    this.host.changed();
  }
}
