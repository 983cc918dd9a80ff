/**
 * Channels and their messages as the bot uses them over REST: GET a channel, open a DM, typing, list /
 * send / fetch / edit / delete messages, and its own reactions — with the bot's permissions checked.
 */
import { apiMessage } from "../api-message.js";
import { DiscordError } from "../errors.js";
import { dmChannel, textChannel } from "../payloads.js";
import type { StoredMessage } from "../records.js";
import { bodyObject, type Ctx, Failure, json, noContent, type Router } from "../router.js";
import { dmChannelId, hasPermission, Perm } from "../world.js";
import type { RestContext } from "./context.js";

export function channelRoutes(router: Router, s: RestContext): void {
  const { world } = s;

  /** A guild text channel or a DM channel with the bot. */
  const channel = (c: Ctx): { id: string; dm: boolean } => {
    const id = c.params.channelId as string;
    if (world.dms.has(id)) return { id, dm: true };
    const ch = world.channels.get(id);
    if (!ch) {
      throw new Failure(
        DiscordError.unknownChannel(),
        "unknown-channel",
        `${c.method} ${c.path}: unknown channel`,
      );
    }
    return { id: ch.id, dm: false };
  };

  const channelMessage = (c: Ctx): StoredMessage => {
    const ch = channel(c);
    const msg = s.messages.get(c.params.messageId as string);
    if (!msg || msg.channel_id !== ch.id || msg.meta.deleted || msg.meta.ephemeral) {
      throw new Failure(
        DiscordError.unknownMessage(),
        "unknown-message",
        `${c.method} ${c.path}: unknown message`,
      );
    }
    return msg;
  };

  const requirePermission = (perm: bigint, what: string, c: Ctx): void => {
    if (c.params.channelId && world.dms.has(c.params.channelId)) {
      if (perm & Perm.ManageMessages) {
        const e = { status: 403, body: { message: "Cannot execute action on a DM channel", code: 50003 } };
        throw new Failure(e, "missing-permissions", `${c.method} ${c.route}: not possible in a DM (${what})`);
      }
      return;
    }
    if (!hasPermission(world, s.bot.id, perm)) {
      const e = { status: 403, body: { message: "Missing Permissions", code: 50013 } };
      throw new Failure(
        e,
        "missing-permissions",
        `${c.method} ${c.route}: the bot lacks the permission to ${what}`,
      );
    }
  };

  router.route("GET", "/channels/:channelId", (c) => {
    const ch = channel(c);
    return json(ch.dm ? dmChannel(world, ch.id) : textChannel(world, world.channels.get(ch.id) as never));
  });
  router.route("POST", "/users/@me/channels", (c) => {
    const body = bodyObject(c);
    const recipient = typeof body.recipient_id === "string" ? body.recipient_id : "";
    if (!world.members.has(recipient)) {
      throw new Failure(DiscordError.unknownUser(), null, "DM with an unknown user");
    }
    return json(dmChannel(world, dmChannelId(world, recipient)));
  });
  router.route("POST", "/channels/:channelId/typing", (c) => {
    channel(c);
    s.typing.push({ at: c.at, channelId: c.params.channelId as string });
    s.changed();
    return noContent;
  });
  router.route("GET", "/channels/:channelId/messages", (c) => {
    const ch = channel(c);
    const limit = Math.min(Number(c.query.get("limit") ?? 50) || 50, 100);
    const list = s.messages.inChannel(ch.id).reverse().slice(0, limit);
    return json(list.map((m) => apiMessage(m)));
  });
  router.route("POST", "/channels/:channelId/messages", (c) => {
    const ch = channel(c);
    if (!ch.dm) requirePermission(Perm.ViewChannel | Perm.SendMessages, "send messages", c);
    const body = bodyObject(c);
    if (c.body.files.length > 0 && !ch.dm) requirePermission(Perm.AttachFiles, "attach files", c);
    const msg = s.messages.create({
      channelId: ch.id,
      body,
      files: c.body.files,
      origin: "channel",
      rec: null,
      prefix: [],
      type: 0,
      what: `POST /channels/${ch.id}/messages`,
    });
    s.changed();
    return json(apiMessage(msg));
  });
  router.route("GET", "/channels/:channelId/messages/:messageId", (c) => json(apiMessage(channelMessage(c))));
  router.route("PATCH", "/channels/:channelId/messages/:messageId", (c) => {
    const msg = channelMessage(c);
    if (msg.author.id !== s.bot.id) {
      throw new Failure(
        DiscordError.cannotEditOthers(),
        "missing-permissions",
        "edit of another user's message",
      );
    }
    s.messages.edit(msg, bodyObject(c), c.body.files, [], `PATCH message ${msg.id}`);
    s.changed();
    return json(apiMessage(msg));
  });
  router.route("DELETE", "/channels/:channelId/messages/:messageId", (c) => {
    const msg = channelMessage(c);
    if (msg.author.id !== s.bot.id) requirePermission(Perm.ManageMessages, "delete others' messages", c);
    s.messages.delete(msg);
    s.changed();
    return noContent;
  });
  for (const method of ["PUT", "DELETE"] as const) {
    router.route(method, "/channels/:channelId/messages/:messageId/reactions/:emoji/@me", (c) => {
      const msg = channelMessage(c);
      const emoji = c.params.emoji as string;
      const existing = msg.reactions.find((r) => r.emoji === emoji);
      if (method === "PUT") {
        requirePermission(Perm.AddReactions | Perm.ReadMessageHistory, "add reactions", c);
        if (!existing) msg.reactions.push({ emoji, count: 1, me: true });
        else if (!existing.me) {
          existing.me = true;
          existing.count++;
        }
      } else if (existing?.me) {
        existing.me = false;
        existing.count--;
        if (existing.count <= 0) msg.reactions.splice(msg.reactions.indexOf(existing), 1);
      }
      s.changed();
      return noContent;
    });
  }
}
