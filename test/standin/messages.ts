/**
 * The message store: every message users and the bot sent, kept as Discord stores it (and updated in
 * place by edits, with each revision kept), and the gateway events that creating, editing and
 * deleting them sends to the bot.
 */
import type { APIMessage, APIMessageReference, APIUser } from "discord.js";
import { apiMessage, gatewayMessage } from "./api-message.js";
import { type AttachmentStore, normalizeEmbeds } from "./attachments.js";
import type { UploadedFile } from "./body.js";
import { DiscordError } from "./errors.js";
import type { Gateway } from "./gateway.js";
import { isoTimestamp, snowflake } from "./ids.js";
import { type Pings, wouldPing } from "./mentions.js";
import type { messageCreatePayload } from "./payloads.js";
import type { ViolationInput } from "./problems.js";
import type { InteractionRecord, StoredAttachment, StoredMessage } from "./records.js";
import { Failure, formFailure } from "./router.js";
import { isRecord, MessageFlag } from "./validate.js";
import { isEmptyMessage, validateMessageBody } from "./validate-message.js";
import { guildOf, type World } from "./world.js";

export interface MessageStoreDeps {
  world: World;
  bot: APIUser;
  applicationId: string;
  gateway: Gateway;
  attachments: AttachmentStore;
  violation: (v: ViolationInput) => void;
  log: (line: string) => void;
}

/** A message the bot sends: in a channel, or as an interaction's response / follow-up. */
export interface NewBotMessage {
  channelId: string;
  body: Record<string, unknown>;
  files: UploadedFile[];
  origin: "channel" | "interaction";
  rec: InteractionRecord | null;
  /** Where the message fields sit in the request body (for Invalid Form Body paths). */
  prefix: (string | number)[];
  type: number;
  /** Names the request in violations and logs. */
  what: string;
  /** A deferred reply's "thinking…" placeholder (may be empty). */
  loading?: boolean;
}

/** What Discord would ping for a stored message (see mentions.ts). */
export function pingsOf(message: StoredMessage): Pings {
  return wouldPing({
    content: message.content,
    allowed_mentions: message.allowed_mentions,
    origin: message.meta.origin === "interaction" ? "interaction" : "channel",
    referenced_message: message.referenced_message,
    components: message.components,
  });
}

export class MessageStore {
  private readonly store = new Map<string, StoredMessage>();

  constructor(private readonly deps: MessageStoreDeps) {}

  get(id: string): StoredMessage | undefined {
    return this.store.get(id);
  }

  /** Every message (user, bot, ephemeral, deleted), oldest first. */
  all(): StoredMessage[] {
    return [...this.store.values()];
  }

  /** Non-deleted messages of a channel as members see them (no ephemerals), oldest first. */
  inChannel(channelId: string): StoredMessage[] {
    return this.all().filter((m) => m.channel_id === channelId && !m.meta.deleted && !m.meta.ephemeral);
  }

  /** A message a user posted (its MESSAGE_CREATE is the caller's to dispatch). */
  addUserMessage(
    payload: ReturnType<typeof messageCreatePayload>,
    spec: { channelId: string; guildId: string | null; content: string; attachments: StoredAttachment[] },
  ): StoredMessage {
    const stored: StoredMessage = {
      id: payload.id,
      channel_id: spec.channelId,
      guild_id: spec.guildId,
      type: payload.type,
      author: payload.author,
      content: spec.content,
      embeds: [],
      components: [],
      attachments: spec.attachments,
      allowed_mentions: null,
      message_reference: payload.message_reference ?? null,
      referenced_message: payload.referenced_message ?? null,
      flags: 0,
      tts: false,
      nonce: payload.nonce ?? null,
      timestamp: payload.timestamp,
      edited_timestamp: null,
      mentions: payload.mentions,
      mention_roles: payload.mention_roles,
      mention_everyone: payload.mention_everyone,
      webhook_id: null,
      application_id: null,
      interaction_metadata: null,
      reactions: [],
      meta: {
        origin: "user",
        interactionId: null,
        ephemeral: false,
        deleted: false,
        edits: 0,
        createdAt: Date.now(),
        updatedAt: Date.now(),
        revisions: [],
      },
    };
    this.store.set(stored.id, stored);
    this.touchChannel(spec.channelId, stored.id);
    return stored;
  }

  /** Validate and store a bot message, dispatching MESSAGE_CREATE unless it is ephemeral. */
  create(spec: NewBotMessage): StoredMessage {
    const { world, bot, applicationId } = this.deps;
    const { body } = spec;
    const issues = validateMessageBody(body, { fileCount: spec.files.length });
    if (issues.length) throw formFailure(issues, spec.prefix, spec.what);
    const requested = typeof body.flags === "number" ? body.flags : 0;
    const settable =
      MessageFlag.SuppressEmbeds |
      MessageFlag.SuppressNotifications |
      MessageFlag.IsComponentsV2 |
      MessageFlag.IsVoiceMessage |
      (spec.origin === "interaction" ? MessageFlag.Ephemeral : 0);
    const flags = (requested & settable) | (spec.loading ? MessageFlag.Loading : 0);
    const ephemeral = Boolean(flags & MessageFlag.Ephemeral);
    const attachments = this.deps.attachments.fromFiles(
      spec.channelId,
      spec.files,
      body.attachments,
      ephemeral,
    );
    const components = Array.isArray(body.components) ? (structuredClone(body.components) as never[]) : [];
    if (
      !spec.loading &&
      isEmptyMessage({
        content: body.content,
        embeds: body.embeds,
        attachments,
        components,
        sticker_ids: body.sticker_ids,
        poll: body.poll,
      })
    ) {
      throw new Failure(
        DiscordError.emptyMessage(),
        "empty-message",
        `${spec.what}: the message would be empty`,
      );
    }
    let reference: APIMessageReference | null = null;
    let referenced: APIMessage | null = null;
    if (spec.origin === "channel" && isRecord(body.message_reference)) {
      const ref = body.message_reference;
      const target = typeof ref.message_id === "string" ? this.store.get(ref.message_id) : undefined;
      if (target && !target.meta.deleted && target.channel_id === spec.channelId) {
        reference = {
          type: 0,
          message_id: target.id,
          channel_id: target.channel_id,
          ...(target.guild_id ? { guild_id: target.guild_id } : {}),
        };
        referenced = apiMessage(target);
      } else if (ref.fail_if_not_exists !== false) {
        throw formFailure(
          [
            {
              path: ["message_reference"],
              code: "MESSAGE_REFERENCE_UNKNOWN_MESSAGE",
              message: "Unknown message",
            },
          ],
          [],
          spec.what,
        );
      }
    }
    const missing: string[] = [];
    const embeds = normalizeEmbeds(body.embeds, attachments, (n) => missing.push(n));
    const rec = spec.rec;
    const now = Date.now();
    const msg: StoredMessage = {
      id: snowflake(now),
      channel_id: spec.channelId,
      guild_id: guildOf(world, spec.channelId),
      type: reference ? 19 : spec.type,
      author: bot,
      content: typeof body.content === "string" ? body.content : "",
      embeds,
      components,
      attachments,
      allowed_mentions: isRecord(body.allowed_mentions)
        ? (structuredClone(body.allowed_mentions) as never)
        : null,
      message_reference: reference,
      referenced_message: referenced,
      flags,
      tts: body.tts === true,
      nonce: typeof body.nonce === "string" || typeof body.nonce === "number" ? body.nonce : null,
      timestamp: isoTimestamp(now),
      edited_timestamp: null,
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      webhook_id: spec.origin === "interaction" ? applicationId : null,
      application_id: spec.origin === "interaction" ? applicationId : null,
      interaction_metadata: rec ? this.interactionMetadata(rec) : null,
      reactions: [],
      meta: {
        origin: spec.origin,
        interactionId: rec?.id ?? null,
        ephemeral,
        deleted: false,
        edits: 0,
        createdAt: now,
        updatedAt: now,
        revisions: [],
      },
    };
    this.applyMentions(msg);
    this.snapshot(msg);
    this.store.set(msg.id, msg);
    if (!ephemeral) this.touchChannel(msg.channel_id, msg.id);
    for (const name of missing) {
      this.deps.violation({
        kind: "missing-attachment",
        message: `${spec.what}: an embed references attachment://${name} but no file of that name was uploaded (the image would not show)`,
        ...(rec ? { interactionId: rec.id } : {}),
      });
    }
    if (!ephemeral)
      this.deps.gateway.dispatchToGuild(msg.guild_id, "MESSAGE_CREATE", gatewayMessage(world, msg));
    this.deps.log(`${spec.what} → message ${msg.id}${ephemeral ? " (ephemeral)" : ""}`);
    return msg;
  }

  /** Apply a PATCH-style body to a message (absent fields stay), dispatching MESSAGE_UPDATE. */
  edit(
    msg: StoredMessage,
    body: Record<string, unknown>,
    files: UploadedFile[],
    prefix: (string | number)[],
    what: string,
  ): StoredMessage {
    if (msg.meta.deleted)
      throw new Failure(DiscordError.unknownMessage(), "unknown-message", `${what}: deleted`);
    const issues = validateMessageBody(body, { fileCount: files.length, flags: msg.flags });
    if (issues.length) throw formFailure(issues, prefix, what);
    let attachments = msg.attachments;
    if (Array.isArray(body.attachments)) {
      const keep = new Set(body.attachments.filter(isRecord).map((a) => String(a.id)));
      attachments = msg.attachments.filter((a) => keep.has(a.id));
    }
    attachments = [
      ...attachments,
      ...this.deps.attachments.fromFiles(msg.channel_id, files, body.attachments, msg.meta.ephemeral),
    ];
    const content = "content" in body ? (typeof body.content === "string" ? body.content : "") : msg.content;
    const rawEmbeds = "embeds" in body ? (Array.isArray(body.embeds) ? body.embeds : []) : undefined;
    const components =
      "components" in body
        ? Array.isArray(body.components)
          ? (structuredClone(body.components) as never[])
          : []
        : msg.components;
    const missing: string[] = [];
    const embeds =
      rawEmbeds === undefined ? msg.embeds : normalizeEmbeds(rawEmbeds, attachments, (n) => missing.push(n));
    if (isEmptyMessage({ content, embeds, attachments, components })) {
      throw new Failure(
        DiscordError.emptyMessage(),
        "empty-message",
        `${what}: the edited message would be empty`,
      );
    }
    msg.content = content;
    msg.embeds = embeds;
    msg.components = components;
    msg.attachments = attachments;
    msg.allowed_mentions = isRecord(body.allowed_mentions)
      ? (structuredClone(body.allowed_mentions) as never)
      : null;
    if (typeof body.flags === "number") {
      const keep = msg.flags & (MessageFlag.Ephemeral | MessageFlag.IsComponentsV2);
      msg.flags = keep | (body.flags & (MessageFlag.SuppressEmbeds | MessageFlag.IsComponentsV2));
    }
    msg.flags &= ~MessageFlag.Loading;
    msg.edited_timestamp = isoTimestamp();
    msg.meta.edits++;
    msg.meta.updatedAt = Date.now();
    this.applyMentions(msg);
    this.snapshot(msg);
    for (const name of missing) {
      this.deps.violation({
        kind: "missing-attachment",
        message: `${what}: an embed references attachment://${name} but no file of that name is attached (the image would not show)`,
        ...(msg.meta.interactionId ? { interactionId: msg.meta.interactionId } : {}),
      });
    }
    if (!msg.meta.ephemeral)
      this.deps.gateway.dispatchToGuild(msg.guild_id, "MESSAGE_UPDATE", gatewayMessage(this.deps.world, msg));
    this.deps.log(`${what} → edited message ${msg.id}`);
    return msg;
  }

  /** Mark deleted (kept for inspection) and tell the bot, unless ephemeral. */
  delete(msg: StoredMessage): void {
    msg.meta.deleted = true;
    if (!msg.meta.ephemeral) {
      this.deps.gateway.dispatchToGuild(msg.guild_id, "MESSAGE_DELETE", {
        id: msg.id,
        channel_id: msg.channel_id,
        ...(msg.guild_id ? { guild_id: msg.guild_id } : {}),
      });
    }
  }

  private applyMentions(msg: StoredMessage): void {
    const { world } = this.deps;
    const pings = pingsOf(msg);
    const users = [...pings.users];
    if (pings.repliedUser && !users.includes(pings.repliedUser)) users.push(pings.repliedUser);
    msg.mentions = users.flatMap((id) => {
      const m = world.members.get(id);
      return m ? [m.user] : [];
    });
    msg.mention_roles = pings.roles.filter((id) => world.roles.some((r) => r.id === id));
    msg.mention_everyone = pings.everyone || pings.here;
  }

  private snapshot(msg: StoredMessage): void {
    msg.meta.revisions.push({
      at: msg.meta.updatedAt,
      content: msg.content,
      embeds: structuredClone(msg.embeds),
      components: structuredClone(msg.components),
      attachments: msg.attachments.map((a) => a.filename),
      flags: msg.flags,
    });
  }

  private interactionMetadata(rec: InteractionRecord): Record<string, unknown> {
    const user = this.deps.world.members.get(rec.userId)?.user;
    const base = {
      id: rec.id,
      type: rec.type,
      user,
      authorizing_integration_owners: { "0": guildOf(this.deps.world, rec.channelId) ?? "0" },
    };
    if (rec.type === 2) {
      const data = (rec.payload as { data?: { name?: string } }).data;
      return { ...base, name: data?.name, command_type: 1 };
    }
    if (rec.type === 3 && rec.sourceMessageId) return { ...base, interacted_message_id: rec.sourceMessageId };
    return base;
  }

  private touchChannel(channelId: string, messageId: string): void {
    const ch = this.deps.world.channels.get(channelId);
    if (ch) ch.lastMessageId = messageId;
  }
}
