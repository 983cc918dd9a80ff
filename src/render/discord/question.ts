// A question's answer as a Discord message, in the question's language: one chat-sized embed (at
// most SHORT_ANSWER_LIMIT characters). The sentence stating the answer comes first, then its first
// figures and only the sources they cite, numbered from [1]; the buttons under it open the rest
// (the card, its funding, every source). Nothing the user typed is ever shown: names and figures
// all come from the data, and everything is escaped, so no reply can ping anyone or break its
// formatting. Arabic replies are made right-to-left friendly (src/i18n/bidi.ts).
import type { APIEmbed, APIEmbedField } from "discord.js";
import { hasArabic, isolateData, type Messages } from "../../i18n/index.js";
import { type CitedAnswer, citedAnswer, fullAnswerOf, shortEvidence } from "../../questions/cited.js";
import type { AnsweredQuestion, Evidence, QuestionAnswer } from "../../questions/types.js";
import { asOfText, type SourceDetail } from "../phrases.js";
import { fitOptions } from "./index.js";
import { embedsLength, fitMessage } from "./limits.js";
import { bidiMessage, type DiscordMessage, escapeDiscordMarkdown } from "./payload.js";
import { sourcesField } from "./sections.js";

/** A chat answer's length at most (Discord allows 6000): a glance, with buttons to the rest. */
export const SHORT_ANSWER_LIMIT = 1500;

const COLOURS = { answered: 0x2f6fdf, "did-you-mean": 0xf08c00, help: 0x5865f2 } as const;

const safe = (text: string) => escapeDiscordMarkdown(text).replaceAll("@", "@\u200b");

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

function shortEmbed(ca: CitedAnswer, m: Messages, detail: SourceDetail): APIEmbed {
  const figures = ca.evidence.map((e) => evidenceLine(e, m));
  if (ca.omitted > 0)
    figures.push(`*${fullAnswerOf(ca) ? m.question.more(ca.omitted) : m.question.moreFigures(ca.omitted)}*`);
  const fields: APIEmbedField[] = [
    ...(figures.length > 0 ? [{ name: m.question.evidence, value: figures.join("\n") }] : []),
    ...sourcesField(ca.sources, detail, m),
  ];
  return {
    title: safe(ca.title),
    description: [safe(ca.headline), ...ca.notes.map((n) => `> ${safe(n)}`)].join("\n"),
    color: COLOURS.answered,
    fields,
    footer: footer(ca, m),
  };
}

/**
 * The fullest short answer that fits: sources shortened first (titles, then links go), then fewer
 * figures; cut visibly only when a single figure still doesn't fit.
 */
function renderAnswered(qa: AnsweredQuestion, m: Messages): DiscordMessage {
  let message: DiscordMessage = { embeds: [], allowed_mentions: { parse: [] } };
  fitting: for (let count = Math.min(shortEvidence(qa), qa.evidence.length); count >= 0; count--) {
    const ca = citedAnswer(qa, count);
    for (const detail of ["full", "short", "bare"] as const) {
      message = bidiMessage(
        { embeds: [shortEmbed(ca, m, detail)], allowed_mentions: { parse: [] } },
        m.language,
      );
      if (embedsLength(message.embeds) <= SHORT_ANSWER_LIMIT) break fitting;
    }
  }
  return fitMessage(message, { ...fitOptions(m), total: SHORT_ANSWER_LIMIT });
}

function renderHelp(qa: QuestionAnswer, m: Messages): DiscordMessage {
  const fields: APIEmbedField[] = [];
  if (qa.kind === "did-you-mean")
    fields.push({
      name: m.question.didYouMean,
      value: qa.candidates.map((c) => `• ${safe(c.name)}`).join("\n"),
    });
  if (qa.kind === "help" && qa.examples.length > 0)
    fields.push({ name: m.question.examples, value: qa.examples.map((e) => `• ${safe(e)}`).join("\n") });
  if (qa.kind === "help" && qa.commands.length > 0)
    fields.push({
      name: m.question.commands,
      value: qa.commands.map((c) => `\`${c.name}\`${m.colon}${safe(c.description)}`).join("\n"),
    });
  const embed: APIEmbed = {
    description: safe(qa.headline),
    color: COLOURS[qa.kind],
    fields,
    footer: footer(qa, m),
  };
  const message: DiscordMessage = { embeds: [embed], allowed_mentions: { parse: [] } };
  return fitMessage(bidiMessage(message, m.language), { ...fitOptions(m), total: SHORT_ANSWER_LIMIT });
}

/** The Discord message for a question's answer, written with `m` (the question's language's words). */
export function renderQuestionDiscord(qa: QuestionAnswer, m: Messages): DiscordMessage {
  return qa.kind === "answered" ? renderAnswered(qa, m) : renderHelp(qa, m);
}
