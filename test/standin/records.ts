/** What the stand-in records and tests read back: violations, requests, stored messages, interactions. */
import type {
  APIAllowedMentions,
  APIAttachment,
  APIEmbed,
  APIInteraction,
  APIMessage,
  APIMessageReference,
  APIUser,
} from "discord.js";

export type ViolationKind =
  | "interaction-timeout"
  | "unknown-interaction"
  | "already-acknowledged"
  | "invalid-response-type"
  | "invalid-form-body"
  | "empty-message"
  | "missing-attachment"
  | "webhook-before-ack"
  | "unknown-webhook"
  | "interaction-token-expired"
  | "unknown-message"
  | "unknown-channel"
  | "missing-permissions"
  | "unauthorized"
  | "wrong-application"
  | "bad-request"
  | "payload-too-large"
  | "gateway-protocol"
  | "gateway-auth"
  | "gateway-intents"
  | "gateway-rate-limit"
  | "standin-error";

export interface Violation {
  kind: ViolationKind | string;
  /** Human-readable: what broke which rule. */
  message: string;
  /** Discord JSON error code answered, when the breach was answered with an error. */
  code?: number;
  /** HTTP status answered. */
  status?: number;
  method?: string;
  /** Path after /api/v10. */
  path?: string;
  interactionId?: string;
  at: number;
  detail?: Record<string, unknown>;
}

export interface UnknownRoute {
  method: string;
  path: string;
  status: number;
  at: number;
}

export interface RequestRecord {
  at: number;
  method: string;
  /** Path after /api/v10 (tokens included). */
  path: string;
  /** Matched route pattern, e.g. `/interactions/:id/:token/callback`. */
  route: string | null;
  query: string;
  status: number;
  /** Answered by failNext(). */
  injected: boolean;
  ms: number;
}

export interface TypingRecord {
  at: number;
  channelId: string;
}

export interface StoredAttachment extends APIAttachment {
  /** The uploaded bytes. */
  data: Buffer;
}

export type MessageOrigin = "channel" | "interaction" | "user";

export interface MessageRevision {
  at: number;
  content: string;
  embeds: APIEmbed[];
  components: NonNullable<APIMessage["components"]>;
  attachments: string[];
  flags: number;
}

/** A message as Discord stores it (snake_case fields), plus the stand-in's bookkeeping in `meta`. */
export interface StoredMessage {
  id: string;
  channel_id: string;
  /** null in the DM channel with the bot. */
  guild_id: string | null;
  type: number;
  author: APIUser;
  content: string;
  embeds: APIEmbed[];
  components: NonNullable<APIMessage["components"]>;
  attachments: StoredAttachment[];
  /** As the bot sent it; `null` when the request had no allowed_mentions. */
  allowed_mentions: APIAllowedMentions | null;
  message_reference: APIMessageReference | null;
  referenced_message: APIMessage | null;
  flags: number;
  tts: boolean;
  nonce: string | number | null;
  timestamp: string;
  edited_timestamp: string | null;
  /** Users Discord resolved as pinged. */
  mentions: APIUser[];
  mention_roles: string[];
  mention_everyone: boolean;
  webhook_id: string | null;
  application_id: string | null;
  interaction_metadata: Record<string, unknown> | null;
  reactions: { emoji: string; count: number; me: boolean }[];
  meta: {
    origin: MessageOrigin;
    /** Content of every version (creation first), since stored messages are updated in place by edits. */
    revisions: MessageRevision[];
    /** When last created/edited (ms). */
    updatedAt: number;
    /** Interaction whose response / follow-up this is. */
    interactionId: string | null;
    ephemeral: boolean;
    deleted: boolean;
    edits: number;
    createdAt: number;
  };
}

export interface CallbackAttempt {
  at: number;
  type: unknown;
  status: number;
  /** ms since the interaction was dispatched */
  elapsedMs: number;
}

export interface InteractionRecord {
  id: string;
  token: string;
  /** InteractionType: 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  type: number;
  label: string;
  payload: APIInteraction;
  channelId: string;
  userId: string;
  createdAt: number;
  state: "pending" | "acknowledged" | "expired";
  /** Initial response type accepted (4, 5, 6, 7, 8, 9). */
  responseType: number | null;
  responseData: Record<string, unknown> | null;
  respondedAt: number | null;
  /** Message @original refers to. */
  originalId: string | null;
  /** Message a component (or the modal's component) was on. */
  sourceMessageId: string | null;
  followUpIds: string[];
  choices: { name: string; value: string | number }[] | null;
  modal: Record<string, unknown> | null;
  /** Edits of the source message after a type-6 deferred update. */
  sourceEditsAtResponse: number;
  focusedOptionType: number | undefined;
  attempts: CallbackAttempt[];
  timer: NodeJS.Timeout | null;
}

export interface InteractionResult {
  interaction: InteractionRecord;
  /** Initial response type (4 reply, 5 deferred, 6 deferred update, 7 update, 8 autocomplete, 9 modal). */
  type: number;
  /** The accepted initial callback body (`data` as the bot sent it). */
  initial: { type: number; data: Record<string, unknown> | null };
  deferred: boolean;
  ephemeral: boolean;
  /** The resulting message: @original after any defer + edit, or the updated component message. */
  message: StoredMessage | null;
  choices: { name: string; value: string | number }[] | null;
  modal: Record<string, unknown> | null;
  /** ms from dispatch to the accepted initial response. */
  ackMs: number;
  /** ms from dispatch until `message` was final. */
  totalMs: number;
}
