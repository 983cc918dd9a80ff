// One entry point for whatever the bot replies with (a command's answer or a free-text question's),
// to Discord JSON or terminal text. The console and the bot call these, never a kind-specific
// renderer. Which language a reply is written in is the caller's decision (its audience): `m` is
// that language's words.
import type { Messages } from "../i18n/index.js";
import { isQuestionAnswer, type Reply } from "../questions/types.js";
import { type DiscordMessage, renderDiscord } from "./discord/index.js";
import { renderQuestionDiscord } from "./discord/question.js";
import { renderText } from "./text/index.js";
import { renderQuestionText } from "./text/question.js";

export function discordPayload(reply: Reply, m: Messages): DiscordMessage {
  return isQuestionAnswer(reply) ? renderQuestionDiscord(reply, m) : renderDiscord(reply, m);
}

export function renderReplyText(reply: Reply, m: Messages): string {
  return isQuestionAnswer(reply) ? renderQuestionText(reply, m) : renderText(reply, m);
}
