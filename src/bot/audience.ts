// Who a reply is for, decided once where the event arrives and passed down: the language it is
// written in (with that language's words), who may page it, and the time its buttons expire from.
// Nothing downstream guesses the language again.
//   - free text (an @-mention, /ask): the question's own language, Arabic included;
//   - a slash command: the user's Discord locale;
//   - a button or menu: the language of the message it is on, carried in its custom_id.
import { type Language, languageForLocale, type Messages, messages } from "../i18n/index.js";
import { isQuestionAnswer, type Reply, type Understanding } from "../questions/types.js";
import type { ComponentState } from "./component-ids.js";

export interface Audience {
  readonly language: Language;
  /** Every word the reply writes, in `language`. */
  readonly m: Messages;
  /** The user the reply answers: only they may page it. */
  readonly ownerId: string;
  /** When the reply is made (ms): its buttons expire counting from it. */
  readonly now: number;
}

export type AudienceSource =
  | { kind: "command"; locale: string; userId: string }
  | { kind: "question"; understanding: Pick<Understanding, "language">; userId: string }
  /** A press: `state` is undefined for a custom_id this version can't read. */
  | { kind: "component"; state: ComponentState | undefined; locale: string; userId: string };

function languageOf(source: AudienceSource): Language {
  switch (source.kind) {
    case "question":
      return source.understanding.language;
    case "command":
      return languageForLocale(source.locale);
    case "component":
      return source.state?.language ?? languageForLocale(source.locale);
  }
}

export function audienceOf(source: AudienceSource, now = Date.now()): Audience {
  const language = languageOf(source);
  return { language, m: messages(language), ownerId: source.userId, now };
}

/**
 * The audience of a command's reply: a question's answer (/ask) speaks its question's language,
 * any other the locale's.
 */
export function commandAudience(locale: string, userId: string, reply: Reply, now = Date.now()): Audience {
  return isQuestionAnswer(reply)
    ? audienceOf({ kind: "question", understanding: reply.understanding, userId }, now)
    : audienceOf({ kind: "command", locale, userId }, now);
}
