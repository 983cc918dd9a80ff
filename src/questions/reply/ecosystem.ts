// France as a whole: the 2025 plan, the 2018 strategy, national funding, talent, the AI minister,
// the censuses. The fact's first figure states the answer; every figure follows with its sources.
import { companyById } from "../../answers/company-facts.js";
import { fundingRanking } from "../../answers/ranking.js";
import { SourceBook } from "../../answers/sources.js";
import type { EcosystemFact } from "../../data/schema.js";
import type { Messages } from "../../i18n/index.js";
import { fill, formatDate, formatMoney, formatQuantity, joinColon } from "../format.js";
import { MONEY_METRICS } from "../intent.js";
import type { Evidence } from "../types.js";
import { type Draft, figureEvidence, type ReplyContext, roundLabel } from "./common.js";

type FigureOf = EcosystemFact["figures"][number];

function figureValue(figure: FigureOf, words: Messages): string {
  const value = figure.value;
  if ("currency" in value) {
    const money = formatMoney(value, words);
    return figure.bound === "at-least"
      ? `${words.numbers.atLeast} ${money}`
      : figure.bound === "about"
        ? `${words.numbers.about} ${money}`
        : money;
  }
  const quantity = formatQuantity(value.amount, value.unit, figure.bound, words);
  return value.unit === "%" ? quantity : `${quantity} ${value.unit}`;
}

/** Topics whose money figures are national totals (a year's funding, a census). */
const NATIONAL_TOPICS: ReadonlySet<string> = new Set(["national-funding", "census"]);
/** A yearly total names this many of the year's rounds under it. */
const YEAR_ROUNDS = 3;

/** The year's largest completed rounds in the data, cited in the reply's own source book. */
function largestRounds(rc: ReplyContext, book: SourceBook, year: number): Evidence[] {
  const { ctx, words } = rc;
  const ranking = fundingRanking(ctx, { by: "round", year, limit: YEAR_ROUNDS });
  return ranking.entries.flatMap((entry) => {
    const round = companyById(ctx.data, entry.company.id)?.rounds.find((r) => r.id === entry.round?.id);
    if (round === undefined) return [];
    const label = joinColon(words, entry.company.name, roundLabel(round, words));
    return [figureEvidence(label, book.fact(round.amount), (m) => formatMoney(m, words), words)];
  });
}

export function ecosystemReply(rc: ReplyContext, fact: EcosystemFact): Draft {
  const { words, ctx } = rc;
  const book = new SourceBook(ctx.data);
  const text = book.fact(fact.text);
  const evidence: Evidence[] = [figureEvidence(words.answers.labels.summary, text, (t) => t, words)];
  for (const figure of fact.figures)
    evidence.push({
      label: figure.label,
      text: `${figureValue(figure, words)} (${formatDate(figure.asOf, words)})`,
      sources: book.cite(figure.cite, figure.asOf),
      asOf: figure.asOf,
    });
  // "How much did French AI start-ups raise?" is answered by the fact's money figure, even when its
  // first figure is a count (a census gives the number of start-ups first).
  const asked = rc.understanding.asked?.metric ?? rc.understanding.metric;
  const wantsMoney = asked !== undefined && MONEY_METRICS.has(asked);
  const first = (wantsMoney ? fact.figures.find((f) => "currency" in f.value) : undefined) ?? fact.figures[0];
  const value =
    first === undefined
      ? (text.claims[0]?.value ?? "")
      : `${figureValue(first, words)} (${formatDate(first.asOf, words)})`;
  // The title is the reply's title, and often names the figure already ("…: 1,114 start-ups"): the
  // headline names the figure by its label instead, so it isn't said twice in a row.
  const named = first?.label ?? fact.title;
  const headline = fill(words, "ecosystem", { title: named, value }).replace(/\.\.$/, ".");
  // "How much did French AI raise in 2025?": the year's largest rounds under the national figure.
  const year = rc.understanding.filters.year;
  if (wantsMoney && year !== undefined && NATIONAL_TOPICS.has(fact.topic))
    evidence.push(...largestRounds(rc, book, year));
  const notes =
    fact.disputed !== undefined
      ? [fill(words, "sourcesDiffer", { what: fact.title, claims: fact.disputed.replace(/\.$/, "") })]
      : [];
  return { title: fact.title, headline, evidence, notes, ...book.done() };
}
