/**
 * Gateway v10 vocabulary: opcodes, intents (and which events need which), close codes, the payload and
 * record shapes, and what the gateway needs from the stand-in (GatewayHost).
 * https://discord.com/developers/docs/events/gateway
 */
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
export const EVENT_INTENTS: Record<string, number> = {
  MESSAGE_CREATE: Intent.GuildMessages,
  MESSAGE_UPDATE: Intent.GuildMessages,
  MESSAGE_DELETE: Intent.GuildMessages,
  GUILD_CREATE: Intent.Guilds,
};
export const DM_EVENT_INTENTS: Record<string, number> = {
  MESSAGE_CREATE: Intent.DirectMessages,
  MESSAGE_UPDATE: Intent.DirectMessages,
  MESSAGE_DELETE: Intent.DirectMessages,
};

/** Every intent bit Discord defines (others → close 4013). */
export const VALID_INTENTS = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 20, 21, 24, 25,
].reduce((acc, bit) => acc | (1 << bit), 0);
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
