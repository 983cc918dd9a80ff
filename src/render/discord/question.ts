// A question's answer as a Discord message, in the question's language: the sentence stating the
// answer first, then the evidence. When the question was answered from a /startup, /compare,
// /funding or ranking answer, that answer's own card follows as the evidence (same source numbers,
// same language); otherwise, or when both don't fit, the figures and sources are listed here.
// Nothing the user typed is ever shown: names and figures all come from the data, and everything is
// escaped, so no reply can ping anyone or break its formatting. Arabic replies are made
// right-to-left friendly (src/i18n/bidi.ts).
import { type APIEmbed, type APIEmbedField, escapeMarkdown } from "discord.js";
import { hasArabic, isolateData, type Language, type Messages, messages } from "../../i18n/index.js";
import { answerQuestion, type QuestionContext } from "../../questions/answer.js";
import { citedSources } from "../../questions/cited.js";
import type { AnsweredQuestion, Evidence, QuestionAnswer } from "../../questions/types.js";
import { asOfText, type SourceDetail } from "../phrases.js";
import { composeDiscord, fitOptions } from "./index.js";
import { fitMessage, fitsUncut } from "./limits.js";
import { bidiMessage, type DiscordMessage } from "./payload.js";
import { sourcesField } from "./sections.js";

const COLOURS = { answered: 0x2f6fdf, "did-you-mean": 0xf08c00, help: 0x5865f2 } as const;

const safe = (text: string) => escapeMarkdown(text).replaceAll("@", "@\u200b");

const marks = (sources: readonly number[]) => (sources.length === 0 ? "" : ` [${sources.join(", ")}]`);

function evidenceLine(e: Evidence, m: Messages): string {
  const warn = e.disputed === true ? "⚠️ " : "";
  // In Arabic, a label or text with no Arabic in it is the data's own (a name, an English
  // sentence): isolated whole; the rest is made right-to-left friendly with the whole reply.
  const data = (text: string) => (m.language === "ar" && !hasArabic(text) ? isolateData(text) : text);
  return `• **${data(safe(e.label))}**${m.colon}${warn}${data(safe(e.text))}${marks(e.sources)}`;
}

function footer(qa: QuestionAnswer, m: Messages): { text: string } {
  // Month names in full, as the sentences above write them.
  return { text: asOfText(qa.asOf, m, { full: true }) };
}

function headEmbed(qa: AnsweredQuestion, m: Messages): APIEmbed {
  const notes = qa.notes.map((n) => `> ${safe(n)}`);
  return {
    title: safe(qa.title),
    description: [safe(qa.headline), ...notes].join("\n"),
    color: COLOURS.answered,
    footer: footer(qa, m),
  };
}

function evidenceEmbed(qa: AnsweredQuestion, m: Messages, detail: SourceDetail): APIEmbed {
  const fields: APIEmbedField[] = [];
  if (qa.evidence.length > 0)
    fields.push({ name: m.question.evidence, value: qa.evidence.map((e) => evidenceLine(e, m)).join("\n") });
  fields.push(...sourcesField(citedSources(qa), detail, m));
  return { ...headEmbed(qa, m), fields };
}

function message(embeds: APIEmbed[], language: Language): DiscordMessage {
  return bidiMessage({ embeds, allowed_mentions: { parse: [] } }, language);
}

function renderAnswered(qa: AnsweredQuestion, language: Language): DiscordMessage {
  const m = messages(language);
  if (qa.answer !== undefined) {
    const { footer: _footer, ...head } = headEmbed(qa, m);
    // The card under the answer, its sources shortened as needed; cut nothing, or show no card.
    const together = composeDiscord(qa.answer, { language, above: [head] });
    if (together.fits) return fitMessage(together.message, fitOptions(m));
  }
  let reply = message([evidenceEmbed(qa, m, "full")], language);
  for (const detail of ["short", "bare"] as const) {
    if (fitsUncut(reply, fitOptions(m))) break;
    reply = message([evidenceEmbed(qa, m, detail)], language);
  }
  return fitMessage(reply, fitOptions(m));
}

function renderHelp(qa: QuestionAnswer, language: Language): DiscordMessage {
  const m = messages(language);
  const fields: APIEmbedField[] = [];
  if (qa.kind === "did-you-mean")
    fields.push({
      name: m.question.didYouMean,
      value: qa.candidates.map((c) => `• ${safe(c.name)}`).join("\n"),
    });
  if (qa.kind === "help") {
    fields.push({ name: m.question.examples, value: qa.examples.map((e) => `• ${safe(e)}`).join("\n") });
    fields.push({
      name: m.question.commands,
      value: qa.commands.map((c) => `\`${c.name}\`${m.colon}${safe(c.description)}`).join("\n"),
    });
  }
  const embed: APIEmbed = {
    description: safe(qa.headline),
    color: COLOURS[qa.kind],
    fields,
    footer: footer(qa, m),
  };
  return fitMessage(message([embed], language), fitOptions(m));
}

/** The Discord message for a question's answer: embeds only (never the user's text in `content`). */
export function renderQuestionDiscord(qa: QuestionAnswer): DiscordMessage {
  const language = qa.understanding.language;
  return qa.kind === "answered" ? renderAnswered(qa, language) : renderHelp(qa, language);
}

/** Parse, answer and render one question, as the bot does for a mention: what the benchmark times. */
export function answerQuestionForDiscord(text: string, ctx: QuestionContext): DiscordMessage {
  return renderQuestionDiscord(answerQuestion(text, ctx));
}
