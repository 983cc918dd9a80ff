/** How a stored message looks from outside: in REST answers and in gateway MESSAGE_* events. */
import type { APIMessage, APIUser } from "discord.js";
import { stripData } from "./attachments.js";
import { guildMember } from "./payloads.js";
import type { StoredMessage } from "./records.js";
import type { World } from "./world.js";

/** A message as the REST API returns it (no bytes, no bookkeeping). */
export function apiMessage(msg: StoredMessage): APIMessage {
  const { meta: _meta, attachments, allowed_mentions: _am, guild_id: _g, reactions, ...rest } = msg;
  const out: Record<string, unknown> = {
    ...rest,
    attachments: attachments.map(stripData),
    ...(reactions.length
      ? {
          reactions: reactions.map((r) => ({
            emoji: { id: null, name: r.emoji },
            count: r.count,
            count_details: { burst: 0, normal: r.count },
            me: r.me,
            me_burst: false,
            burst_colors: [],
          })),
        }
      : {}),
    pinned: false,
    mention_channels: [],
  };
  if (!msg.message_reference) {
    delete out.message_reference;
    delete out.referenced_message;
  }
  if (!msg.interaction_metadata) delete out.interaction_metadata;
  else if (msg.meta.origin === "interaction" && msg.interaction_metadata.type === 2) {
    // Deprecated `interaction` field, still sent by Discord and read by discord.js.
    const md = msg.interaction_metadata as { id: string; name?: string; user?: APIUser };
    out.interaction = { id: md.id, type: 2, name: md.name, user: md.user };
  }
  if (!msg.webhook_id) delete out.webhook_id;
  if (!msg.application_id) delete out.application_id;
  if (msg.nonce === null) delete out.nonce;
  return out as unknown as APIMessage;
}

/** MESSAGE_CREATE / MESSAGE_UPDATE `d`: the API message plus guild_id and the author's member. */
export function gatewayMessage(world: World, msg: StoredMessage): unknown {
  if (!msg.guild_id) return apiMessage(msg);
  return {
    ...apiMessage(msg),
    guild_id: msg.guild_id,
    member: guildMember(world, msg.author.id, false),
  };
}
