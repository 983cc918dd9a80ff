// Shared by the question tests: the real dataset and index, loaded once, and one check that reads
// a table row ("this question, in this language, gives this answer") against the engine's answer.
import { expect } from "vitest";
import { loadApp } from "../../src/app.js";
import { audienceOf } from "../../src/bot/audience.js";
import type { Messages } from "../../src/i18n/index.js";
import { answerQuestion } from "../../src/questions/answer.js";
import type {
  HelpReason,
  Intent,
  Language,
  QuestionAnswer,
  QuestionMetric,
  Subject,
} from "../../src/questions/types.js";
import { renderQuestionDiscord } from "../../src/render/discord/question.js";
import { renderQuestionText } from "../../src/render/text/question.js";

const app = loadApp();

export function ask(question: string, locale = "en-US", previous?: Subject): QuestionAnswer {
  return answerQuestion(question, { ...app, locale }, previous);
}

export const context = (locale = "en-US") => ({ ...app, locale });

/** The words a question's answer is written with: its question's language, as the bot decides it. */
export const wordsOf = (qa: QuestionAnswer): Messages =>
  audienceOf({ kind: "question", understanding: qa.understanding, userId: "1" }).m;

/** The Discord message for a question's answer, as the bot sends it (buttons aside). */
export const discordOf = (qa: QuestionAnswer) => renderQuestionDiscord(qa, wordsOf(qa));

/** The console's text for a question's answer. */
export const textOf = (qa: QuestionAnswer) => renderQuestionText(qa, wordsOf(qa));

export interface Case {
  q: string;
  /** The user's Discord locale (defaults to the language's). */
  locale?: string;
  kind?: QuestionAnswer["kind"];
  intent?: Intent;
  metric?: QuestionMetric;
  /** The companies the answer is about, in order. */
  companies?: string[];
  /** An entity the engine found (kind:id). */
  found?: string;
  /** Texts the sentence stating the answer must contain. */
  says?: (string | RegExp)[];
  /** Texts it must not contain. */
  never?: string[];
  /** For comparisons: the headline opens on the winner's name. */
  winner?: string;
  /** The answer says that sources differ (in its language). */
  sourcesDiffer?: boolean;
  /** The answer says a conversion was made with the dataset's rate. */
  converted?: boolean;
  /** For help replies. */
  reason?: HelpReason;
  /** Candidates of a "did you mean". */
  candidates?: string[];
}

const SOURCES_DIFFER: Record<Language, RegExp> = {
  en: /Sources differ/,
  fr: /Les sources divergent/,
  ar: /المصادر تختلف/,
};
// Each amount at its own month's rate, and the month said.
const CONVERTED: Record<Language, RegExp> = {
  en: /converted at the dataset's rate of their month: 1 EUR = \d\.\d+ USD \(\w+ \d{4}\)/,
  fr: /convertis au taux des données de leur mois : 1 EUR = \d,\d+ USD \(\S+ \d{4}\)/,
  ar: /بسعر الصرف الوارد في البيانات لشهرها: 1 EUR = \d\.\d+ USD \(\S+ \d{4}\)/,
};

export function check(c: Case, language: Language, previous?: Subject): QuestionAnswer {
  const answer = ask(c.q, c.locale ?? (language === "en" ? "en-US" : language), previous);
  const u = answer.understanding;
  expect(u.language, "language of the answer").toBe(language);
  expect(answer.kind, `kind (headline: ${answer.headline})`).toBe(c.kind ?? "answered");
  if (c.intent !== undefined) expect(u.intent, "intent").toBe(c.intent);
  if (c.metric !== undefined) expect(u.metric, "metric").toBe(c.metric);
  if (c.companies !== undefined) expect(u.companyIds, "companies").toEqual(c.companies);
  if (c.found !== undefined) expect(u.entities.map((e) => `${e.kind}:${e.id}`)).toContain(c.found);
  for (const text of c.says ?? []) {
    if (typeof text === "string") expect(answer.headline).toContain(text);
    else expect(answer.headline).toMatch(text);
  }
  for (const text of c.never ?? []) expect(answer.headline).not.toContain(text);
  if (c.winner !== undefined) expect(answer.headline.startsWith(c.winner), answer.headline).toBe(true);
  if (answer.kind === "answered") {
    const notes = answer.notes.join("\n");
    if (c.sourcesDiffer !== undefined)
      expect(SOURCES_DIFFER[language].test(notes), notes).toBe(c.sourcesDiffer);
    if (c.converted !== undefined) expect(CONVERTED[language].test(notes), notes).toBe(c.converted);
    // Every figure shown cites sources the answer lists.
    const numbers = new Set(answer.sources.map((s) => s.n));
    for (const e of answer.evidence)
      for (const n of e.sources) expect(numbers.has(n), `source [${n}]`).toBe(true);
    expect(answer.evidence.length + answer.notes.length).toBeGreaterThan(0);
  }
  if (c.reason !== undefined && answer.kind === "help") expect(answer.reason).toBe(c.reason);
  if (c.candidates !== undefined && answer.kind === "did-you-mean")
    expect(answer.candidates.map((x) => x.name)).toEqual(expect.arrayContaining(c.candidates));
  return answer;
}
