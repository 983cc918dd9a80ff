/** What a test can configure: the stand-in as a whole, and each simulated user action. */
import type { Locale } from "discord.js";
import type { TestFile } from "./command-options.js";
import { Intent } from "./gateway-protocol.js";
import type { StoredMessage } from "./records.js";
import type { UserSpec } from "./world.js";

/** A token of the shape bots use (three dot-separated parts); any string works. */
export const DEFAULT_STANDIN_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAw.U3RhbmQ.standin-token-for-tests-only";

export interface StandinOptions {
  /** The bot token the bot must present (`Authorization: Bot <token>`, IDENTIFY). Default DEFAULT_STANDIN_TOKEN. */
  token?: string;
  /** Application id (= the bot user's id, as for every modern Discord app). Generated if absent. */
  applicationId?: string;
  botUsername?: string;
  guildName?: string;
  /** Text channel names of the test guild; the first is the default channel. */
  channels?: string[];
  /** The guild's preferred locale (`guild_locale` of interactions). Default en-US. */
  guildLocale?: string;
  /** Time the bot has for its initial interaction response. Discord: 3000 ms. */
  interactionDeadlineMs?: number;
  /** Lifetime of an interaction token for edits / follow-ups. Discord: 15 min. */
  interactionTokenTtlMs?: number;
  /** HELLO's heartbeat_interval. Discord: 41250 ms. */
  heartbeatIntervalMs?: number;
  /** Privileged intents enabled "in the developer portal" (others → close 4014). Default: all. */
  privilegedIntents?: { messageContent?: boolean; guildMembers?: boolean; guildPresences?: boolean };
  /** Permissions of the bot's managed role (bigint bitfield). */
  botPermissions?: bigint;
  /** `shards` recommended by GET /gateway/bot. Default 1. */
  recommendedShards?: number;
  /**
   * sendCommand/autocomplete refuse commands the bot has not registered (as Discord's client would
   * never offer them). Default true; per call `{ unregistered: true }` skips the check.
   */
  requireRegisteredCommands?: boolean;
  /** Debug log sink. Default: stderr when STANDIN_DEBUG is set. */
  log?: (line: string) => void;
}

export interface ActorOptions {
  /** The user acting: an id of a known member, or a spec (a new member is added). Default: the tester. */
  user?: string | UserSpec;
  /** User's client locale (interaction `locale`). Default en-US. */
  locale?: Locale | string;
  /** Override the guild's locale for this interaction. */
  guildLocale?: Locale | string;
  /** Channel id (default: the first channel). */
  channelId?: string;
  /** Act in the user's DM channel with the bot instead of the guild. */
  dm?: boolean;
}

export interface CommandOptions extends ActorOptions {
  /** Skip the "is this command registered" check and infer option types from the values. */
  unregistered?: boolean;
}

export interface AutocompleteOptions extends CommandOptions {
  /** The option being typed in (default: the single option registered with autocomplete, else the last one). */
  focused?: string;
}

export interface UserMessageOptions extends ActorOptions {
  /** Reply to this message (message_reference). */
  replyTo?: StoredMessage | string;
  attachments?: TestFile[];
}

export interface WaitOptions {
  timeoutMs?: number;
}

/** StandinOptions with Discord's defaults filled in (what the internals read). */
export interface ResolvedOptions {
  interactionDeadlineMs: number;
  interactionTokenTtlMs: number;
  heartbeatIntervalMs: number;
  recommendedShards: number;
  requireRegisteredCommands: boolean;
  /** Privileged intents the bot may identify with (Intent bits). */
  allowedPrivileged: number;
}

export function resolveOptions(options: StandinOptions): ResolvedOptions {
  const privileged = options.privilegedIntents ?? {};
  return {
    interactionDeadlineMs: options.interactionDeadlineMs ?? 3000,
    interactionTokenTtlMs: options.interactionTokenTtlMs ?? 15 * 60_000,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    recommendedShards: options.recommendedShards ?? 1,
    requireRegisteredCommands: options.requireRegisteredCommands ?? true,
    allowedPrivileged:
      (privileged.messageContent === false ? 0 : Intent.MessageContent) |
      (privileged.guildMembers === false ? 0 : Intent.GuildMembers) |
      (privileged.guildPresences === false ? 0 : Intent.GuildPresences),
  };
}
