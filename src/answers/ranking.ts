// Who raised the most: rounds (or companies by total) ranked by amount, after converting every
// amount into one currency with the dataset's own rate, plus the national totals for context.
import type { Company, Landscape, Money, Round, Stage } from "../data/schema.js";
import { completedRounds, roundsOldestFirst, totalRaised } from "./company-facts.js";
import type { AnswerContext } from "./context.js";
import { compareDates, yearOf } from "./dates.js";
import { COMMON_CURRENCY, convert, RateLedger } from "./money.js";
import { SourceBook } from "./sources.js";
import type { CompanyRef, FundingRankingAnswer, NationalFigureView, RankingEntry } from "./types.js";
import { companyRef, roundView, totalRaisedView } from "./views.js";

export interface RankingQuery {
  by: "round" | "company";
  stage?: Stage | undefined;
  year?: number | undefined;
  /** How many entries to show (10 by default). */
  limit?: number | undefined;
  /** How many entries to skip: the page a Previous/Next button asks for. */
  offset?: number | undefined;
}

const DEFAULT_LIMIT = 10;
const MAX_NATIONAL = 6;
/** Ecosystem topics whose money figures are national totals. */
const NATIONAL_TOPICS = new Set(["national-funding", "census"]);

function matches(round: Round, query: RankingQuery): boolean {
  return (
    (query.stage === undefined || round.stage === query.stage) &&
    (query.year === undefined || yearOf(round.date) === query.year)
  );
}

/** The primary claim's amount in the common currency, for ordering only (nothing cited yet). */
function orderingAmount(data: Landscape, amounts: readonly (Money | undefined)[]): number | undefined {
  let total = 0;
  for (const money of amounts) {
    if (money === undefined) return undefined;
    const c = convert(money, COMMON_CURRENCY, data.fxRates);
    if (c === undefined) return undefined;
    total += c.money.amount;
  }
  return amounts.length === 0 ? undefined : total;
}

interface Candidate {
  company: Company;
  rounds: Round[];
  /** Ranks companies by their total, not by the matching rounds. */
  byTotal: boolean;
  amount: number;
}

function roundCandidates(data: Landscape, query: RankingQuery): Candidate[] {
  return data.companies.flatMap((company) =>
    completedRounds(company)
      .filter((r) => matches(r, query))
      .flatMap((round): Candidate[] => {
        const amount = orderingAmount(data, [round.amount.claims[0]?.value]);
        return amount === undefined ? [] : [{ company, rounds: [round], byTotal: false, amount }];
      }),
  );
}

function companyCandidates(data: Landscape, query: RankingQuery, unranked: CompanyRef[]): Candidate[] {
  const filtered = query.stage !== undefined || query.year !== undefined;
  return data.companies.flatMap((company): Candidate[] => {
    if (filtered) {
      const rounds = completedRounds(company).filter((r) => matches(r, query));
      if (rounds.length === 0) return [];
      const amount = orderingAmount(
        data,
        rounds.map((r) => r.amount.claims[0]?.value),
      );
      if (amount === undefined) unranked.push(companyRef(company));
      return amount === undefined ? [] : [{ company, rounds, byTotal: false, amount }];
    }
    const total = totalRaised(company);
    const amount = orderingAmount(data, [
      ...(total.reported !== undefined ? [total.reported.fact.claims[0]?.value] : []),
      ...total.sinceThen.map((r) => r.amount.claims[0]?.value),
    ]);
    if (amount === undefined) unranked.push(companyRef(company));
    return amount === undefined ? [] : [{ company, rounds: [], byTotal: true, amount }];
  });
}

function nationalFigures(
  book: SourceBook,
  rates: RateLedger,
  data: Landscape,
  year?: number,
): NationalFigureView[] {
  const figures = data.ecosystem
    .filter((fact) => NATIONAL_TOPICS.has(fact.topic))
    .flatMap((fact) =>
      fact.figures.flatMap((figure) =>
        "currency" in figure.value ? [{ fact, figure, value: figure.value as Money }] : [],
      ),
    )
    .sort(
      (a, b) =>
        Number(year !== undefined && yearOf(b.figure.asOf) === year) -
          Number(year !== undefined && yearOf(a.figure.asOf) === year) ||
        compareDates(b.figure.asOf, a.figure.asOf),
    )
    .slice(0, MAX_NATIONAL);
  return figures.map(({ fact, figure, value }) => {
    const sum = rates.sum([value]);
    const converted = sum?.converted[0];
    return {
      factId: fact.id,
      title: fact.title,
      label: figure.label,
      value,
      bound: figure.bound,
      asOf: figure.asOf,
      sources: book.cite(figure.cite, figure.asOf),
      ...(fact.disputed !== undefined ? { disputed: fact.disputed } : {}),
      ...(converted !== undefined ? { converted: { to: converted.to, rate: converted.rate } } : {}),
    };
  });
}

/**
 * The ordered candidates for a query, worked out once per dataset: the landscape never changes while
 * the bot runs, and ordering thousands of companies on every ranking question or page would not do.
 */
const candidateCache = new WeakMap<
  Landscape,
  Map<string, { candidates: Candidate[]; unranked: CompanyRef[] }>
>();

function sortedCandidates(data: Landscape, query: RankingQuery) {
  let cache = candidateCache.get(data);
  if (cache === undefined) {
    cache = new Map();
    candidateCache.set(data, cache);
  }
  const key = `${query.by}|${query.stage ?? ""}|${query.year ?? ""}`;
  let entry = cache.get(key);
  if (entry === undefined) {
    const unranked: CompanyRef[] = [];
    const candidates =
      query.by === "round" ? roundCandidates(data, query) : companyCandidates(data, query, unranked);
    candidates.sort((a, b) => b.amount - a.amount || a.company.name.localeCompare(b.company.name));
    entry = { candidates, unranked };
    // Bounded: stages x years x 2 is small, but a self-hoster's odd data shouldn't grow it forever.
    if (cache.size < 500) cache.set(key, entry);
  }
  return { candidates: entry.candidates, unranked: [...entry.unranked] };
}

export function fundingRanking(ctx: AnswerContext, query: RankingQuery): FundingRankingAnswer {
  const { data } = ctx;
  const book = new SourceBook(data);
  const rates = new RateLedger(data.fxRates, book);
  const { candidates, unranked } = sortedCandidates(data, query);
  const limit = Math.max(1, query.limit ?? DEFAULT_LIMIT);
  const offset = Math.min(Math.max(0, query.offset ?? 0), Math.max(0, candidates.length - 1));
  // Ranks count from the top of the whole list, so page 2 starts at 11; ties share a rank.
  const ranks: number[] = [];
  candidates.forEach((c, i) => {
    ranks.push(i > 0 && candidates[i - 1]?.amount === c.amount ? (ranks[i - 1] ?? i + 1) : i + 1);
  });
  const shown = candidates.slice(offset, offset + limit);

  const entries: RankingEntry[] = [];
  shown.forEach((c, i) => {
    const rank = ranks[offset + i] ?? offset + i + 1;
    const company = companyRef(c.company);
    if (c.byTotal) {
      const total = totalRaisedView(book, rates, data, c.company.id, totalRaised(c.company));
      if (total.comparable !== undefined) entries.push({ rank, company, total, amount: total.comparable });
      return;
    }
    const rounds = c.rounds.map((r) => roundView(book, data, c.company.id, r));
    const sum = rates.sum(rounds.map((r) => r.amount.claims[0]?.value).filter((m) => m !== undefined));
    if (sum === undefined) return;
    const amount = { ...sum, disputed: rounds.some((r) => r.amount.disputed !== undefined) };
    entries.push(
      query.by === "round" ? { rank, company, round: rounds[0], amount } : { rank, company, rounds, amount },
    );
  });

  const reportedRounds = data.companies.flatMap((company) =>
    roundsOldestFirst(company)
      .filter((r) => r.status === "reported" && matches(r, query))
      .map((r) => ({ company: companyRef(company), round: roundView(book, data, company.id, r) })),
  );
  const national = nationalFigures(book, rates, data, query.year);

  return {
    kind: "funding-ranking",
    by: query.by,
    filter: { stage: query.stage, year: query.year },
    currency: rates.currency,
    entries,
    matched: candidates.length,
    page: { offset, limit },
    reportedRounds,
    unranked,
    national,
    rates: rates.used(),
    ...book.done(),
  };
}
