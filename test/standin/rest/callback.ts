/**
 * POST /interactions/:id/:token/callback — the bot's one initial response to an interaction, checked
 * against the deadline, "only once", and the response types valid for that interaction type.
 */

import { apiMessage } from "../api-message.js";
import { DiscordError } from "../errors.js";
import { INTERACTION_KIND } from "../interactions.js";
import type { InteractionRecord, StoredMessage } from "../records.js";
import { type Ctx, Failure, formFailure, type Reply, type Router } from "../router.js";
import { isRecord, MessageFlag } from "../validate.js";
import { validateAutocompleteData, validateModalData } from "../validate-interaction-data.js";
import type { RestContext } from "./context.js";

/** Valid initial response types per interaction type (receiving-and-responding docs). */
const VALID_RESPONSES: Record<number, number[]> = {
  2: [4, 5, 9],
  3: [4, 5, 6, 7, 9],
  4: [8],
  5: [4, 5, 6, 7],
};

export function callbackRoutes(router: Router, s: RestContext): void {
  router.route("POST", "/interactions/:id/:token/callback", (c) => onCallback(s, c), false);
}

function onCallback(s: RestContext, c: Ctx): Reply {
  const deadlineMs = s.opts.interactionDeadlineMs;
  const { id = "", token = "" } = c.params;
  const rec = s.interactions.get(id);
  const body = c.body.json;
  const type = isRecord(body) ? body.type : undefined;
  if (!rec || rec.token !== token) {
    throw new Failure(
      DiscordError.unknownInteraction(),
      "unknown-interaction",
      `callback for an interaction the stand-in never sent (${id})`,
    );
  }
  const elapsed = c.at - rec.createdAt;
  const attempt = (status: number) => rec.attempts.push({ at: c.at, type, status, elapsedMs: elapsed });
  if (rec.state === "pending" && elapsed > deadlineMs) s.interactions.expire(rec);
  if (rec.state === "expired") {
    attempt(404);
    throw new Failure(
      DiscordError.unknownInteraction(),
      "unknown-interaction",
      `${rec.label}: initial response (type ${String(type)}) arrived ${elapsed} ms after the interaction; the limit is ${deadlineMs} ms`,
    );
  }
  if (rec.state === "acknowledged") {
    attempt(400);
    throw new Failure(
      DiscordError.alreadyAcknowledged(),
      "already-acknowledged",
      `${rec.label}: a second initial response (type ${String(type)}) after type ${rec.responseType}; use the webhook endpoints (editReply/followUp)`,
    );
  }
  const valid = VALID_RESPONSES[rec.type] ?? [];
  const modalFromCommand = rec.type === 5 && !rec.sourceMessageId && (type === 6 || type === 7);
  if (typeof type !== "number" || !valid.includes(type) || modalFromCommand) {
    attempt(400);
    throw new Failure(
      DiscordError.invalidForm([
        {
          path: ["type"],
          code: "INTERACTION_RESPONSE_TYPE_INVALID",
          message: "Invalid interaction response type",
        },
      ]),
      "invalid-response-type",
      `${rec.label}: response type ${String(type)} is not valid for a ${INTERACTION_KIND[rec.type] ?? rec.type} interaction (valid: ${valid.join(", ")})`,
    );
  }
  const data = isRecord(body) && isRecord(body.data) ? body.data : {};
  const what = `${rec.label}: initial response type ${type}`;
  let message: StoredMessage | null;
  try {
    message = applyResponse(s, rec, type, data, c, what);
  } catch (error) {
    attempt(error instanceof Failure ? error.error.status : 500);
    throw error;
  }
  const withResponse = ["true", "1", "True"].includes(c.query.get("with_response") ?? "");
  attempt(withResponse ? 200 : 204);
  rec.state = "acknowledged";
  rec.responseType = type;
  rec.responseData = data;
  rec.respondedAt = c.at;
  if (rec.timer) {
    clearTimeout(rec.timer);
    rec.timer = null;
  }
  s.log(`${what} accepted after ${elapsed} ms`);
  s.changed();
  if (!withResponse) return { status: 204 };
  const original = rec.originalId ? s.messages.get(rec.originalId) : undefined;
  return {
    status: 200,
    body: {
      interaction: {
        id: rec.id,
        type: rec.type,
        ...(original
          ? {
              response_message_id: original.id,
              response_message_loading: Boolean(original.flags & MessageFlag.Loading),
              response_message_ephemeral: original.meta.ephemeral,
            }
          : {}),
      },
      resource: {
        type,
        ...((type === 4 || type === 7) && message ? { message: apiMessage(message) } : {}),
      },
    },
  };
}

/** Carry out a valid initial response; returns the message it created or updated, if any. */
function applyResponse(
  s: RestContext,
  rec: InteractionRecord,
  type: number,
  data: Record<string, unknown>,
  c: Ctx,
  what: string,
): StoredMessage | null {
  let message: StoredMessage | null = null;
  switch (type) {
    case 4:
      message = s.messages.create({
        channelId: rec.channelId,
        body: data,
        files: c.body.files,
        origin: "interaction",
        rec,
        prefix: ["data"],
        type: rec.type === 2 ? 20 : 0,
        what,
      });
      rec.originalId = message.id;
      break;
    case 5: {
      const flags = typeof data.flags === "number" ? data.flags & MessageFlag.Ephemeral : 0;
      message = s.messages.create({
        channelId: rec.channelId,
        body: { flags },
        files: [],
        origin: "interaction",
        rec,
        prefix: ["data"],
        type: rec.type === 2 ? 20 : 0,
        what,
        loading: true,
      });
      rec.originalId = message.id;
      break;
    }
    case 6: {
      const source = rec.sourceMessageId ? s.messages.get(rec.sourceMessageId) : undefined;
      rec.originalId = source?.id ?? null;
      rec.sourceEditsAtResponse = source?.meta.edits ?? 0;
      break;
    }
    case 7: {
      const source = rec.sourceMessageId ? s.messages.get(rec.sourceMessageId) : undefined;
      if (!source) throw new Failure(DiscordError.unknownMessage(), "unknown-message", `${what}: no message`);
      message = s.messages.edit(source, data, c.body.files, ["data"], what);
      rec.originalId = source.id;
      break;
    }
    case 8: {
      const issues = validateAutocompleteData(data, rec.focusedOptionType);
      if (issues.length) throw formFailure(issues, ["data"], what);
      rec.choices = structuredClone(data.choices) as InteractionRecord["choices"];
      break;
    }
    case 9: {
      const issues = validateModalData(data);
      if (issues.length) throw formFailure(issues, ["data"], what);
      rec.modal = structuredClone(data);
      break;
    }
  }
  return message;
}
