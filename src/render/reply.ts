// One entry point for whatever the bot replies with (a command's answer or a free-text question's),
// to Discord JSON or terminal text. The console and the bot call these, never a kind-specific
// renderer. A command's answer follows the user's Discord locale; a question's, its own language.
import type { Answer } from "../answers/types.js";
import { type Language, languageForLocale } from "../i18n/index.js";
import { isQuestionAnswer, type QuestionAnswer } from "../questions/types.js";
import { type DiscordMessage, renderDiscord } from "./discord/index.js";
import { renderQuestionDiscord } from "./discord/question.js";
import { renderText } from "./text/index.js";
import { renderQuestionText } from "./text/question.js";

export type Reply = Answer | QuestionAnswer;

/**
 * The language a reply is written in: a question's own; for a command's answer, `language` when
 * the caller knows it (an Arabic reply's button), else the Discord locale's.
 */
export function replyLanguageOf(reply: Reply, locale?: string, language?: Language): Language {
  if (isQuestionAnswer(reply)) return reply.understanding.language;
  return language ?? languageForLocale(locale);
}

export function discordPayload(reply: Reply, locale?: string, language?: Language): DiscordMessage {
  return isQuestionAnswer(reply)
    ? renderQuestionDiscord(reply)
    : renderDiscord(reply, { language: replyLanguageOf(reply, locale, language) });
}

export function renderReplyText(reply: Reply, locale?: string): string {
  return isQuestionAnswer(reply)
    ? renderQuestionText(reply)
    : renderText(reply, { language: replyLanguageOf(reply, locale) });
}
