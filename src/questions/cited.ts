// A question's answer as one message shows it: its first figures only, when there are many (the
// card behind a button has the rest), and only the sources those lines cite, numbered from [1] in
// the order they are first cited, without gaps. The Discord and terminal renderers both show this.
import type { FundingRankingAnswer, NumberedSource } from "../answers/types.js";
import type { AnsweredQuestion, EmbeddedAnswer, Evidence } from "./types.js";

const MARKS = /\[(\d+(?:, \d+)*)\]/g;

/** Evidence lines a short answer shows at most: a chat answer, not the card. */
export const SHORT_EVIDENCE = 6;
/** "Top 10" asks for ten: a short answer shows as many, up to this. */
const TOP_SHOWN_MAX = 10;

/** How many figures a short answer shows: six, or the "top N" the question asked for. */
export function shortEvidence(qa: AnsweredQuestion): number {
  return Math.min(Math.max(SHORT_EVIDENCE, qa.understanding.filters.top ?? 0), TOP_SHOWN_MAX);
}

export interface CitedAnswer extends AnsweredQuestion {
  /** How many evidence lines were left out (the card shows them). */
  omitted: number;
  /** For each source shown ([1], [2]…), its number in the answer it came from: what Sources rebuilds. */
  origin: number[];
}

/**
 * The fuller answer a short answer opens into (a button under it): a company's card or the whole
 * comparison. A question's own ranking is filtered its own way (a category, a metric): nothing
 * rebuilds it, so it has none.
 */
export function fullAnswerOf(
  qa: AnsweredQuestion,
): Exclude<EmbeddedAnswer, FundingRankingAnswer> | undefined {
  return qa.answer?.kind === "funding-ranking" ? undefined : qa.answer;
}

/** Every source number a text marks "[3]" or "[3, 4]", in order. */
function marked(text: string): number[] {
  return [...text.matchAll(MARKS)].flatMap((m) => (m[1] ?? "").split(", ").map(Number));
}

export function citedAnswer(qa: AnsweredQuestion, maxEvidence = shortEvidence(qa)): CitedAnswer {
  const evidence = qa.evidence.slice(0, maxEvidence);
  const known = new Set(qa.sources.map((s) => s.n));
  const order: number[] = [];
  const cite = (n: number) => {
    if (known.has(n) && !order.includes(n)) order.push(n);
  };
  for (const text of [qa.headline, ...qa.notes]) marked(text).forEach(cite);
  for (const e of evidence) [...marked(e.text), ...e.sources].forEach(cite);
  const renumber = (n: number) => (known.has(n) ? order.indexOf(n) + 1 : n);
  const rewrite = (text: string) =>
    text.replace(MARKS, (_, list: string) => `[${list.split(", ").map(Number).map(renumber).join(", ")}]`);
  const byNumber = new Map<number, NumberedSource>(qa.sources.map((s) => [s.n, s]));
  return {
    ...qa,
    headline: rewrite(qa.headline),
    notes: qa.notes.map(rewrite),
    evidence: evidence.map(
      (e): Evidence => ({ ...e, text: rewrite(e.text), sources: e.sources.map(renumber) }),
    ),
    sources: order.map((n, i) => ({ ...(byNumber.get(n) as NumberedSource), n: i + 1 })),
    omitted: qa.evidence.length - evidence.length,
    origin: order,
  };
}

/** The sources `origin` names, from an answer's own list, numbered [1], [2]… in that order. */
export function renumberedSources(
  sources: readonly NumberedSource[],
  origin: readonly number[],
): NumberedSource[] {
  const byNumber = new Map(sources.map((s) => [s.n, s]));
  return origin.flatMap((n, i) => {
    const source = byNumber.get(n);
    return source === undefined ? [] : [{ ...source, n: i + 1 }];
  });
}
