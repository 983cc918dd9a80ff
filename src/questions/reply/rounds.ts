// A company's rounds when the question names which: "Mistral's Series C", "H's seed valuation",
// "how much did Mistral raise in 2023", "who led Mistral's Series C", and the whole history
// ("how many rounds has Mistral raised?"). Read off /funding's answer, whose sources it keeps.
import type { CompanyFundingAnswer, RoundView } from "../../answers/types.js";
import { fill, formatDate, formatList, formatMoney, formatWhen, joinColon } from "../format.js";
import type { Lexicon } from "../lexicon/types.js";
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

const valueText = (lex: Lexicon) => (v: "undisclosed" | { amount: number; currency: "USD" | "EUR" }) =>
  v === "undisclosed" ? lex.labels.undisclosed : formatMoney(v, lex);

/** "seed round (May 2024): USD 220 M"; `opening` a sentence, the name is the capitalised label. */
function roundLine(round: RoundView, lex: Lexicon, opening = false): string {
  const money = primary(round.amount);
  const amount = money === undefined ? lex.labels.undisclosed : formatMoney(money, lex);
  const name = opening
    ? roundLabel(round, lex)
    : `${stageName(round.stage, lex)} (${formatDate(round.date, lex)})`;
  return joinColon(lex, name, amount);
}

/** Every completed round, oldest first. */
export function roundsReply(rc: ReplyContext, funding: CompanyFundingAnswer): Draft {
  const { lex } = rc;
  const completed = funding.rounds.filter((r) => r.status === "completed");
  const company = funding.company.name;
  return {
    title: company,
    headline:
      completed.length === 0
        ? fill(lex, "noFunding", { company })
        : fill(lex, "roundsList", {
            company,
            count: String(completed.length),
            rounds: formatList(
              completed.map((r) => roundLine(r, lex)),
              lex,
            ),
          }),
    evidence: funding.rounds.map((r) => figureEvidence(roundLabel(r, lex), r.amount, moneyText(lex), lex)),
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
  const { stage, year } = rc.understanding.filters;
  return [stage === undefined ? "" : stageName(stage, rc.lex), year === undefined ? "" : String(year)]
    .filter(Boolean)
    .join(rc.lex.list.separator);
}

/** One company's money question narrowed to a stage or a year. */
export function filteredRoundReply(rc: ReplyContext, funding: CompanyFundingAnswer): Draft {
  const { lex, understanding } = rc;
  const company = funding.company.name;
  const base = {
    title: company,
    sources: funding.sources,
    asOf: funding.asOf,
    answer: funding,
    notes: [] as string[],
  };
  const rounds = matching(rc, funding);
  const round = rounds.at(-1);
  if (round === undefined)
    return {
      ...base,
      headline: fill(lex, "noMatchingRound", { company, filter: filterText(rc) }),
      evidence: [{ label: filterText(rc), text: lex.labels.notInData, sources: [] }],
    };
  const evidence: Evidence[] = rounds.flatMap((r) => roundEvidence(r, lex));
  const { metric, intent, filters } = understanding;
  if (intent === "investors") {
    const investors = [...round.leads, ...round.others].map((i) =>
      i.lead ? `${i.name} (${lex.labels.lead})` : i.name,
    );
    const headline =
      investors.length === 0
        ? fill(lex, "noInvestors", { company })
        : `${roundLine(round, lex, true)}. ${fill(lex, "investors", { company, investors: formatList(investors, lex) })}`;
    return { ...base, headline, evidence };
  }
  if (metric === "valuation") {
    const value = primary(round.valuation);
    const names = { company, round: stageName(round.stage, lex), date: formatDate(round.date, lex) };
    const headline =
      value === undefined || value === "undisclosed"
        ? fill(lex, "valuationUndisclosed", names)
        : fill(lex, "valuation", { ...names, amount: formatMoney(value, lex) });
    return {
      ...base,
      headline,
      evidence,
      notes: disputeNote(rc, lex.metricNames.valuation, round.valuation, valueText(lex)),
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
            lex,
          )
        : formatList(
            amounts.map((m) => (m === undefined ? lex.labels.undisclosed : formatMoney(m, lex))),
            lex,
          );
    const headline = fill(lex, "raisedInYear", {
      company,
      amount: sum,
      year: String(filters.year),
      rounds: formatList(
        rounds.map((r) => roundLine(r, lex)),
        lex,
      ),
    });
    return { ...base, headline, evidence };
  }
  const money = primary(round.amount);
  const key = metric === "round-date" ? "roundDate" : "roundOf";
  const headline = fill(lex, key, {
    company,
    round: stageName(round.stage, lex),
    amount: money === undefined ? lex.labels.undisclosed : formatMoney(money, lex),
    date: formatDate(round.date, lex),
    when: formatWhen(round.date, lex),
  });
  return {
    ...base,
    headline,
    evidence,
    notes: disputeNote(rc, lex.metricNames["latest-round"], round.amount, moneyText(lex)),
  };
}
