/**
 * The stored messages: every message users and the bot sent, kept as Discord stores it, with lookups,
 * users' posts, and the fields kept up to date as a message changes (mentions, interaction_metadata,
 * the revision history, the channel's last message).
 * Split from messages.ts, whose MessageStore extends this with what the bot's requests do (create, edit,
 * delete and the gateway events they send), to keep each file small.
 */
import type { APIUser } from "discord.js";
import type { AttachmentStore } from "./attachments.js";
import type { Gateway } from "./gateway.js";
import { type Pings, wouldPing } from "./mentions.js";
import type { messageCreatePayload } from "./payloads.js";
import type { ViolationInput } from "./problems.js";
import type { InteractionRecord, StoredAttachment, StoredMessage } from "./records.js";
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

export class StoredMessages {
  protected readonly store = new Map<string, StoredMessage>();

  constructor(protected readonly deps: MessageStoreDeps) {}

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

  protected applyMentions(msg: StoredMessage): void {
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

  protected snapshot(msg: StoredMessage): void {
    msg.meta.revisions.push({
      at: msg.meta.updatedAt,
      content: msg.content,
      embeds: structuredClone(msg.embeds),
      components: structuredClone(msg.components),
      attachments: msg.attachments.map((a) => a.filename),
      flags: msg.flags,
    });
  }

  protected interactionMetadata(rec: InteractionRecord): Record<string, unknown> {
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

  protected touchChannel(channelId: string, messageId: string): void {
    const ch = this.deps.world.channels.get(channelId);
    if (ch) ch.lastMessageId = messageId;
  }
}
