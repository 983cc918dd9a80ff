/**
 * The message store: every message users and the bot sent, kept as Discord stores it (and updated in
 * place by edits, with each revision kept), and the gateway events that creating, editing and
 * deleting them sends to the bot.
 * The storage itself, users' posts and the fields derived from a message are in stored-messages.ts
 * (StoredMessages, which MessageStore extends).
 */
import type { APIMessage, APIMessageReference } from "discord.js";
import { apiMessage, gatewayMessage } from "./api-message.js";
import { normalizeEmbeds } from "./attachments.js";
import type { UploadedFile } from "./body.js";
import { DiscordError } from "./errors.js";
import { isoTimestamp, snowflake } from "./ids.js";
import type { InteractionRecord, StoredMessage } from "./records.js";
import { Failure, formFailure } from "./router.js";
import { StoredMessages } from "./stored-messages.js";
import { isRecord, MessageFlag } from "./validate.js";
import { isEmptyMessage, validateMessageBody } from "./validate-message.js";
import { guildOf } from "./world.js";

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

export class MessageStore extends StoredMessages {
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
}
