// A question's answer as a Discord message: the sentence stating the answer first (in the
// question's language), then the evidence. When an English question was answered from a /startup,
// /compare, /funding or ranking answer, that answer's own card follows as the evidence (same
// source numbers); otherwise, or when both don't fit, the figures and sources are listed here.
// Nothing the user typed is ever shown: names and figures all come from the data, and everything is
// escaped, so no reply can ping anyone or break its formatting.
import { type APIEmbed, type APIEmbedField, escapeMarkdown } from "discord.js";
import { answerQuestion, type QuestionContext } from "../../questions/answer.js";
import { citedSources } from "../../questions/cited.js";
import { formatDate } from "../../questions/format.js";
import { LEXICONS } from "../../questions/lexicon/index.js";
import type { Lexicon } from "../../questions/lexicon/types.js";
import type { AnsweredQuestion, Evidence, QuestionAnswer } from "../../questions/types.js";
import type { SourceDetail } from "../phrases.js";
import { renderDiscord } from "./index.js";
import { fitMessage, fitsUncut } from "./limits.js";
import type { DiscordMessage } from "./payload.js";
import { sourcesField } from "./sections.js";

const COLOURS = { answered: 0x2f6fdf, "did-you-mean": 0xf08c00, help: 0x5865f2 } as const;

const safe = (text: string) => escapeMarkdown(text).replaceAll("@", "@\u200b");

const marks = (sources: readonly number[]) => (sources.length === 0 ? "" : ` [${sources.join(", ")}]`);

function evidenceLine(e: Evidence): string {
  const warn = e.disputed === true ? "⚠️ " : "";
  return `• **${safe(e.label)}**: ${warn}${safe(e.text)}${marks(e.sources)}`;
}

function footer(qa: QuestionAnswer, lex: Lexicon): { text: string } {
  const shown =
    qa.asOf.shown !== undefined ? ` · ${lex.labels.newestShown}: ${formatDate(qa.asOf.shown, lex)}` : "";
  return { text: `${lex.labels.dataAsOf} ${formatDate(qa.asOf.data, lex)}${shown}` };
}

function headEmbed(qa: AnsweredQuestion, lex: Lexicon): APIEmbed {
  const notes = qa.notes.map((n) => `> ${safe(n)}`);
  return {
    title: safe(qa.title),
    description: [safe(qa.headline), ...notes].join("\n"),
    color: COLOURS.answered,
    footer: footer(qa, lex),
  };
}

function evidenceEmbed(qa: AnsweredQuestion, lex: Lexicon, detail: SourceDetail): APIEmbed {
  const fields: APIEmbedField[] = [];
  if (qa.evidence.length > 0)
    fields.push({ name: lex.labels.evidence, value: qa.evidence.map(evidenceLine).join("\n") });
  const sources = sourcesField(citedSources(qa), detail);
  for (const f of sources) fields.push({ ...f, name: lex.labels.sources });
  return { ...headEmbed(qa, lex), fields };
}

function protectSources(lex: Lexicon) {
  return (name: string) => name === lex.labels.sources || name.startsWith("Sources");
}

function renderAnswered(qa: AnsweredQuestion, lex: Lexicon): DiscordMessage {
  // The cards are written in English: under a French or Arabic sentence, the figures are listed
  // here instead, with labels in the question's language.
  if (qa.answer !== undefined && qa.understanding.language === "en") {
    const card = renderDiscord(qa.answer);
    const { footer: _footer, ...head } = headEmbed(qa, lex);
    const together: DiscordMessage = { embeds: [head, ...card.embeds], allowed_mentions: { parse: [] } };
    if (fitsUncut(together)) return fitMessage(together);
  }
  let message: DiscordMessage = { embeds: [evidenceEmbed(qa, lex, "full")], allowed_mentions: { parse: [] } };
  for (const detail of ["short", "bare"] as const) {
    if (fitsUncut(message)) break;
    message = { embeds: [evidenceEmbed(qa, lex, detail)], allowed_mentions: { parse: [] } };
  }
  return fitMessage(message, protectSources(lex));
}

function renderHelp(qa: QuestionAnswer, lex: Lexicon): DiscordMessage {
  const fields: APIEmbedField[] = [];
  if (qa.kind === "did-you-mean")
    fields.push({
      name: lex.labels.didYouMean,
      value: qa.candidates.map((c) => `• ${safe(c.name)}`).join("\n"),
    });
  if (qa.kind === "help") {
    fields.push({ name: lex.labels.examples, value: qa.examples.map((e) => `• ${safe(e)}`).join("\n") });
    fields.push({
      name: lex.labels.commands,
      value: qa.commands.map((c) => `\`${c.name}\`: ${safe(c.description)}`).join("\n"),
    });
  }
  const embed: APIEmbed = {
    description: safe(qa.headline),
    color: COLOURS[qa.kind],
    fields,
    footer: footer(qa, lex),
  };
  return fitMessage({ embeds: [embed], allowed_mentions: { parse: [] } });
}

/** The Discord message for a question's answer: embeds only (never the user's text in `content`). */
export function renderQuestionDiscord(qa: QuestionAnswer): DiscordMessage {
  const lex = LEXICONS[qa.understanding.language];
  return qa.kind === "answered" ? renderAnswered(qa, lex) : renderHelp(qa, lex);
}

/** Parse, answer and render one question, as the bot does for a mention: what the benchmark times. */
export function answerQuestionForDiscord(text: string, ctx: QuestionContext): DiscordMessage {
  return renderQuestionDiscord(answerQuestion(text, ctx));
}
