// A company's rounds when the question names which: "Mistral's Series C", "H's seed valuation",
// "how much did Mistral raise in 2023", "who led Mistral's Series C", and the whole history
// ("how many rounds has Mistral raised?"). Read off /funding's answer, whose sources it keeps.
import type { CompanyFundingAnswer, RoundView } from "../../answers/types.js";
import type { Messages } from "../../i18n/index.js";
import { fill, firstNames, formatDate, formatList, formatMoney, formatWhen, joinColon } from "../format.js";
import type { Evidence } from "../types.js";
import {
  type Draft,
  disputeNote,
  figureEvidence,
  moneyText,
  primary,
  type ReplyContext,
  roundLabel,
  stageName,
} from "./common.js";
import { roundEvidence } from "./funding.js";

const valueText = (words: Messages) => (v: "undisclosed" | { amount: number; currency: "USD" | "EUR" }) =>
  v === "undisclosed" ? words.figures.undisclosed : formatMoney(v, words);

/** "seed round (May 2024): USD 220 M"; `opening` a sentence, the name is the capitalised label. */
function roundLine(round: RoundView, words: Messages, opening = false): string {
  const money = primary(round.amount);
  const amount = money === undefined ? words.figures.undisclosed : formatMoney(money, words);
  const name = opening
    ? roundLabel(round, words)
    : `${stageName(round.stage, words)} (${formatDate(round.date, words)})`;
  return joinColon(words, name, amount);
}

/** A sentence names this many other investors, then says how many more the evidence lists. */
const MAX_OTHERS_NAMED = 8;

/**
 * Who led one round, as asked ("who led Mistral's Series A?"): "Andreessen Horowitz led Mistral
 * AI's Series A (10 December 2023, EUR 385 M). Other investors: …", or that the data names no lead.
 */
export function ledSentence(round: RoundView, company: string, words: Messages): string {
  const money = primary(round.amount);
  const values = {
    company,
    round: stageName(round.stage, words),
    date: formatDate(round.date, words),
    amount: money === undefined ? words.figures.undisclosed : formatMoney(money, words),
  };
  const led =
    round.leads.length > 0
      ? fill(words, "roundLed", {
          ...values,
          leads: formatList(
            round.leads.map((i) => i.name),
            words,
          ),
        })
      : fill(words, "roundNoLead", values);
  const others = round.others.map((i) => i.name);
  if (others.length === 0) return led;
  const shown = firstNames(others, MAX_OTHERS_NAMED, words);
  return `${led} ${fill(words, "otherInvestors", { investors: formatList(shown, words) })}`;
}

/** Every completed round, oldest first. */
export function roundsReply(rc: ReplyContext, funding: CompanyFundingAnswer): Draft {
  const { words } = rc;
  const completed = funding.rounds.filter((r) => r.status === "completed");
  const company = funding.company.name;
  return {
    title: company,
    headline:
      completed.length === 0
        ? fill(words, "noFunding", { company })
        : fill(words, "roundsList", {
            company,
            count: String(completed.length),
            rounds: formatList(
              completed.map((r) => roundLine(r, words)),
              words,
            ),
          }),
    evidence: funding.rounds.map((r) =>
      figureEvidence(roundLabel(r, words), r.amount, moneyText(words), words),
    ),
    notes: [],
    sources: funding.sources,
    asOf: funding.asOf,
    answer: funding,
  };
}

/** The rounds a stage or year names; reported talks only when no completed round matches. */
function matching(rc: ReplyContext, funding: CompanyFundingAnswer): RoundView[] {
  const { stage, year } = rc.understanding.filters;
  const fits = (r: RoundView) =>
    (stage === undefined || r.stage === stage) && (year === undefined || r.date.startsWith(String(year)));
  const completed = funding.rounds.filter((r) => r.status === "completed" && fits(r));
  return completed.length > 0 ? completed : funding.rounds.filter(fits);
}

function filterText(rc: ReplyContext): string {
  const { stage, year, earliest } = rc.understanding.filters;
  return [
    earliest === true ? rc.words.answers.labels.firstRound : "",
    stage === undefined ? "" : stageName(stage, rc.words),
    year === undefined ? "" : String(year),
  ]
    .filter(Boolean)
    .join(rc.words.list.separator);
}

/** One company's money question narrowed to a stage, a year, or its first round. */
export function filteredRoundReply(rc: ReplyContext, funding: CompanyFundingAnswer): Draft {
  const { words, understanding } = rc;
  const company = funding.company.name;
  const base = {
    title: company,
    sources: funding.sources,
    asOf: funding.asOf,
    answer: funding,
    notes: [] as string[],
  };
  const matched = matching(rc, funding);
  // "Its first round": the earliest of those that match, and only it.
  const rounds = understanding.filters.earliest === true ? matched.slice(0, 1) : matched;
  const round = rounds.at(-1);
  if (round === undefined)
    return {
      ...base,
      headline: fill(words, "noMatchingRound", { company, filter: filterText(rc) }),
      evidence: [{ label: filterText(rc), text: words.figures.notInData, sources: [] }],
    };
  const evidence: Evidence[] = rounds.flatMap((r) => roundEvidence(r, words));
  const { metric, intent, filters } = understanding;
  if (intent === "investors" && filters.lead === true)
    return { ...base, headline: ledSentence(round, company, words), evidence };
  if (intent === "investors") {
    const investors = [...round.leads, ...round.others].map((i) =>
      i.lead ? `${i.name} (${words.answers.labels.lead})` : i.name,
    );
    const headline =
      investors.length === 0
        ? fill(words, "noInvestors", { company })
        : `${roundLine(round, words, true)}. ${fill(words, "investors", { company, investors: formatList(investors, words) })}`;
    return { ...base, headline, evidence };
  }
  if (metric === "valuation") {
    const value = primary(round.valuation);
    const names = { company, round: stageName(round.stage, words), date: formatDate(round.date, words) };
    const headline =
      value === undefined || value === "undisclosed"
        ? fill(words, "valuationUndisclosed", names)
        : fill(words, "valuation", { ...names, amount: formatMoney(value, words) });
    return {
      ...base,
      headline,
      evidence,
      notes: disputeNote(rc, words.answers.metricNames.valuation, round.valuation, valueText(words)),
    };
  }
  if (metric === "total-raised" && filters.year !== undefined && rounds.length > 0) {
    const amounts = rounds.map((r) => {
      const m = primary(r.amount);
      return m === "undisclosed" ? undefined : m;
    });
    const currencies = new Set(amounts.map((m) => m?.currency));
    const sum =
      amounts.every((m) => m !== undefined) && currencies.size === 1
        ? formatMoney(
            {
              amount: amounts.reduce((n, m) => n + (m?.amount ?? 0), 0),
              currency: amounts[0]?.currency ?? "USD",
            },
            words,
          )
        : formatList(
            amounts.map((m) => (m === undefined ? words.figures.undisclosed : formatMoney(m, words))),
            words,
          );
    const headline = fill(words, "raisedInYear", {
      company,
      amount: sum,
      year: String(filters.year),
      rounds: formatList(
        rounds.map((r) => roundLine(r, words)),
        words,
      ),
    });
    return { ...base, headline, evidence };
  }
  const money = primary(round.amount);
  const key = metric === "round-date" ? "roundDate" : "roundOf";
  const headline = fill(words, key, {
    company,
    round: stageName(round.stage, words),
    amount: money === undefined ? words.figures.undisclosed : formatMoney(money, words),
    date: formatDate(round.date, words),
    when: formatWhen(round.date, words),
  });
  return {
    ...base,
    headline,
    evidence,
    // The round asked about, by name: a stage's or the first round need not be the latest.
    notes: disputeNote(
      rc,
      `${stageName(round.stage, words)} (${formatDate(round.date, words)})`,
      round.amount,
      moneyText(words),
    ),
  };
}
