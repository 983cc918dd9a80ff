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
 *
 * This file holds the Gateway (sockets, dispatch, op handling, forced reconnects); the vocabulary is in
 * gateway-protocol.ts, sockets and sessions in gateway-session.ts, IDENTIFY / RESUME in
 * gateway-handshake.ts.
 */
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { type RawData, type WebSocket, WebSocketServer } from "ws";
import { onIdentify, onResume } from "./gateway-handshake.js";
import {
  CloseCode,
  type CloseRecord,
  DM_EVENT_INTENTS,
  EVENT_INTENTS,
  type GatewayHost,
  type GatewayLogEntry,
  type GatewayPayload,
  type IdentifyRecord,
  Op,
} from "./gateway-protocol.js";
import { Connection, type Session } from "./gateway-session.js";

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
        onIdentify(this.host, this, conn, payload.d);
        return;
      case Op.Resume:
        onResume(this.host, this, conn, payload.d);
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
}
