/**
 * /webhooks/:appId/:token… — follow-ups and edits of an interaction's messages, valid only once the
 * interaction was acknowledged and while its token lives (15 min at Discord).
 */
import { apiMessage } from "../api-message.js";
import { DiscordError } from "../errors.js";
import type { InteractionRecord, StoredMessage } from "../records.js";
import { bodyObject, type Ctx, Failure, json, noContent, type Reply, type Router } from "../router.js";
import { MessageFlag } from "../validate.js";
import type { RestContext } from "./context.js";

export function webhookRoutes(router: Router, s: RestContext): void {
  const message = "/webhooks/:appId/:token/messages/:messageId";
  router.route("POST", "/webhooks/:appId/:token", (c) => onFollowUp(s, c), false);
  router.route(
    "GET",
    message,
    (c) => {
      const rec = webhookInteraction(s, c);
      return json(apiMessage(webhookMessage(s, rec, c)));
    },
    false,
  );
  router.route(
    "PATCH",
    message,
    (c) => {
      const rec = webhookInteraction(s, c);
      const msg = webhookMessage(s, rec, c);
      const what = `${rec.label}: edit ${c.params.messageId}`;
      s.messages.edit(msg, bodyObject(c), c.body.files, [], what);
      s.changed();
      return json(apiMessage(msg));
    },
    false,
  );
  router.route(
    "DELETE",
    message,
    (c) => {
      const rec = webhookInteraction(s, c);
      s.messages.delete(webhookMessage(s, rec, c));
      s.changed();
      return noContent;
    },
    false,
  );
}

/** The acknowledged, unexpired interaction a webhook token belongs to. */
function webhookInteraction(s: RestContext, c: Ctx): InteractionRecord {
  const rec = s.interactions.byToken(c.params.token as string);
  if (!rec || c.params.appId !== s.applicationId) {
    throw new Failure(
      DiscordError.unknownWebhook(),
      "unknown-webhook",
      `${c.method} ${c.route}: unknown webhook/token`,
    );
  }
  if (c.at - rec.createdAt > s.opts.interactionTokenTtlMs) {
    throw new Failure(
      DiscordError.invalidWebhookToken(),
      "interaction-token-expired",
      `${rec.label}: ${c.method} ${c.route} after the interaction token expired`,
    );
  }
  if (rec.state !== "acknowledged") {
    throw new Failure(
      DiscordError.unknownWebhook(),
      "webhook-before-ack",
      `${rec.label}: ${c.method} ${c.route} on an interaction that was ${rec.state === "expired" ? "never acknowledged in time" : "not acknowledged yet"}`,
    );
  }
  return rec;
}

/** `@original` or one of this interaction's follow-ups. */
function webhookMessage(s: RestContext, rec: InteractionRecord, c: Ctx): StoredMessage {
  const id = c.params.messageId as string;
  const msgId =
    id === "@original" ? rec.originalId : rec.followUpIds.includes(id) || id === rec.originalId ? id : null;
  const msg = msgId ? s.messages.get(msgId) : undefined;
  if (!msg || msg.meta.deleted) {
    throw new Failure(
      DiscordError.unknownMessage(),
      "unknown-message",
      `${rec.label}: ${c.method} ${c.route} with ${id}: no such message for this interaction`,
    );
  }
  return msg;
}

function onFollowUp(s: RestContext, c: Ctx): Reply {
  const rec = webhookInteraction(s, c);
  if (rec.responseType === 8 || rec.responseType === 9) {
    // Autocomplete results allow no follow-up; a modal's follow-ups belong to the submit interaction.
    throw new Failure(
      DiscordError.unknownWebhook(),
      "webhook-before-ack",
      `${rec.label}: follow-up after a type ${rec.responseType} response`,
    );
  }
  const body = bodyObject(c);
  const original = rec.originalId ? s.messages.get(rec.originalId) : undefined;
  if (rec.responseType === 5 && original && original.flags & MessageFlag.Loading && !original.meta.deleted) {
    // Documented back-compat: the first follow-up after a deferred reply edits the loading message.
    s.messages.edit(original, body, c.body.files, [], `${rec.label}: follow-up (edits the deferred reply)`);
    s.changed();
    return { status: 200, body: apiMessage(original) };
  }
  const msg = s.messages.create({
    channelId: rec.channelId,
    body,
    files: c.body.files,
    origin: "interaction",
    rec,
    prefix: [],
    type: 0,
    what: `${rec.label}: follow-up`,
  });
  rec.followUpIds.push(msg.id);
  s.changed();
  return { status: 200, body: apiMessage(msg) };
}
