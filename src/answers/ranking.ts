// Who raised the most: rounds (or companies by total) ranked by amount, after converting every
// amount into one currency with the dataset's own rate, plus the national totals for context.
import type {
  Category,
  Company,
  EcosystemFact,
  Fact,
  Landscape,
  Money,
  PartialDate,
  Round,
  Stage,
  Undisclosed,
} from "../data/schema.js";
import { completedRounds, roundsOldestFirst, totalRaised } from "./company-facts.js";
import type { AnswerContext } from "./context.js";
import { compareDates, yearOf } from "./dates.js";
import { investorWithId } from "./lookup.js";
import { COMMON_CURRENCY, convert, isMoney, RateLedger } from "./money.js";
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
  /** Smallest first ("who raised the least?"); largest first otherwise. */
  ascending?: boolean | undefined;
  /** Only rounds this investor (id) took part in: "the biggest rounds Lightspeed backed". */
  investor?: string | undefined;
  /** With `investor`: only the rounds it led ("top 3 rounds led by Bpifrance"). */
  investorLed?: boolean | undefined;
}

const DEFAULT_LIMIT = 10;
const MAX_NATIONAL = 6;
/** Ecosystem topics whose money figures are national totals. */
const NATIONAL_TOPICS = new Set(["national-funding", "census"]);

function matches(round: Round, query: RankingQuery): boolean {
  return (
    (query.stage === undefined || round.stage === query.stage) &&
    (query.year === undefined || yearOf(round.date) === query.year) &&
    (query.investor === undefined ||
      round.investors.some((i) => i.investor === query.investor && (query.investorLed !== true || i.lead)))
  );
}

/** A fact's primary amount and its date, as rankings convert it. */
type Dated = { money: Money | Undisclosed; date: PartialDate } | undefined;
const primaryOf = (fact: Fact<Money | Undisclosed>): Dated => {
  const claim = fact.claims[0];
  return claim === undefined ? undefined : { money: claim.value, date: claim.asOf };
};

/**
 * The amounts added up in the common currency, each at its own month's rate; undefined when one is
 * missing or can't be converted. Undisclosed amounts are left out of a sum (`skipUndisclosed`), or
 * make it unknown.
 */
function orderingAmount(
  data: Landscape,
  amounts: readonly Dated[],
  skipUndisclosed = false,
): number | undefined {
  let total = 0;
  let counted = 0;
  for (const dated of amounts) {
    if (dated === undefined) return undefined;
    if (!isMoney(dated.money)) {
      if (skipUndisclosed) continue;
      return undefined;
    }
    const c = convert(dated.money, COMMON_CURRENCY, data.fxRates, dated.date);
    if (c === undefined) return undefined;
    total += c.money.amount;
    counted++;
  }
  return counted === 0 ? undefined : total;
}

interface Candidate {
  company: Company;
  rounds: Round[];
  /** Ranks companies by their total, not by the matching rounds. */
  byTotal: boolean;
  amount: number;
  /** From the top of the whole list; ties share a rank (set once the list is sorted). */
  rank: number;
}

function roundCandidates(data: Landscape, query: RankingQuery): Candidate[] {
  return data.companies.flatMap((company) =>
    completedRounds(company)
      .filter((r) => matches(r, query))
      .flatMap((round): Candidate[] => {
        const amount = orderingAmount(data, [primaryOf(round.amount)]);
        return amount === undefined ? [] : [{ company, rounds: [round], byTotal: false, amount, rank: 0 }];
      }),
  );
}

function companyCandidates(data: Landscape, query: RankingQuery, unranked: CompanyRef[]): Candidate[] {
  const filtered = query.stage !== undefined || query.year !== undefined || query.investor !== undefined;
  return data.companies.flatMap((company): Candidate[] => {
    if (filtered) {
      const rounds = completedRounds(company).filter((r) => matches(r, query));
      if (rounds.length === 0) return [];
      const amount = orderingAmount(
        data,
        rounds.map((r) => primaryOf(r.amount)),
        true,
      );
      if (amount === undefined) unranked.push(companyRef(company));
      return amount === undefined ? [] : [{ company, rounds, byTotal: false, amount, rank: 0 }];
    }
    const total = totalRaised(company);
    const amount = orderingAmount(
      data,
      [
        ...(total.reported !== undefined ? [primaryOf(total.reported.fact)] : []),
        ...total.sinceThen.map((r) => primaryOf(r.amount)),
      ],
      true,
    );
    if (amount === undefined) unranked.push(companyRef(company));
    return amount === undefined ? [] : [{ company, rounds: [], byTotal: true, amount, rank: 0 }];
  });
}

function nationalFigures(
  book: SourceBook,
  rates: RateLedger,
  data: Landscape,
  year?: number,
): NationalFigureView[] {
  const figures = [...nationalMoney(data)]
    .sort(
      (a, b) =>
        Number(year !== undefined && yearOf(b.figure.asOf) === year) -
          Number(year !== undefined && yearOf(a.figure.asOf) === year) ||
        compareDates(b.figure.asOf, a.figure.asOf),
    )
    .slice(0, MAX_NATIONAL);
  return figures.map(({ fact, figure, value }) => {
    const sum = rates.sum([{ money: value, date: figure.asOf }]);
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

/** The ordered candidates for one query, with their ranks and the companies that couldn't be ranked. */
interface CandidateList {
  candidates: Candidate[];
  unranked: CompanyRef[];
  /** The candidates of one category, in the same order (built when a question asks). */
  byCategory: Map<Category, Candidate[]>;
}

interface RankingIndex {
  lists: Map<string, CandidateList>;
  /** Reported (not completed) rounds, company by company in the data's order, oldest first. */
  reported?: { company: Company; round: Round }[];
  /** The ecosystem's national money figures, in the data's order. */
  national?: NationalFigure[];
}

interface NationalFigure {
  fact: EcosystemFact;
  figure: EcosystemFact["figures"][number];
  value: Money;
}

/**
 * What rankings need, worked out once per dataset: the landscape never changes while the bot runs,
 * and ordering (or even walking) thousands of companies on every ranking question or page would
 * not do. Built lazily, query by query, so start-up stays fast.
 */
const rankingIndexes = new WeakMap<Landscape, RankingIndex>();

function rankingIndex(data: Landscape): RankingIndex {
  let index = rankingIndexes.get(data);
  if (index === undefined) {
    index = { lists: new Map() };
    rankingIndexes.set(data, index);
  }
  return index;
}

function candidateList(data: Landscape, query: RankingQuery): CandidateList {
  const { lists } = rankingIndex(data);
  // Every filter the list depends on is in its key (`matches`): a list cached for one is never another's.
  const key = `${query.by}|${query.stage ?? ""}|${query.year ?? ""}|${query.investor ?? ""}|${query.investorLed === true ? "led" : ""}`;
  let list = lists.get(key);
  if (list === undefined) {
    const unranked: CompanyRef[] = [];
    const candidates =
      query.by === "round" ? roundCandidates(data, query) : companyCandidates(data, query, unranked);
    candidates.sort((a, b) => b.amount - a.amount || a.company.name.localeCompare(b.company.name));
    candidates.forEach((c, i) => {
      const previous = candidates[i - 1];
      c.rank = previous !== undefined && previous.amount === c.amount ? previous.rank : i + 1;
    });
    list = { candidates, unranked, byCategory: new Map() };
    // Bounded: stages x years x investors x 2 stays small, but odd data shouldn't grow it forever.
    if (lists.size < 500) lists.set(key, list);
  }
  return list;
}

function inCategory(list: CandidateList, category: Category | undefined): Candidate[] {
  if (category === undefined) return list.candidates;
  let candidates = list.byCategory.get(category);
  if (candidates === undefined) {
    candidates = list.candidates.filter((c) => c.company.categories.includes(category));
    list.byCategory.set(category, candidates);
  }
  return candidates;
}

/** The candidates a question's top is drawn from: its category's, then only the companies it keeps. */
function narrowed(list: CandidateList, top: CategoryTop): Candidate[] {
  const inIt = inCategory(list, top.category);
  const { companies } = top;
  return companies === undefined ? inIt : inIt.filter((c) => companies.has(c.company.id));
}

function reportedRounds(data: Landscape): { company: Company; round: Round }[] {
  const index = rankingIndex(data);
  index.reported ??= data.companies.flatMap((company) =>
    company.rounds.some((r) => r.status === "reported")
      ? roundsOldestFirst(company)
          .filter((r) => r.status === "reported")
          .map((round) => ({ company, round }))
      : [],
  );
  return index.reported;
}

function nationalMoney(data: Landscape): NationalFigure[] {
  const index = rankingIndex(data);
  index.national ??= data.ecosystem
    .filter((fact) => NATIONAL_TOPICS.has(fact.topic))
    .flatMap((fact) =>
      fact.figures.flatMap((figure) =>
        "currency" in figure.value ? [{ fact, figure, value: figure.value as Money }] : [],
      ),
    );
  return index.national;
}

/** The top entries among one category's companies, for a question that names it. */
export interface CategoryTop {
  category?: Category | undefined;
  /** Only these companies (by id): those based in the city a question names. */
  companies?: ReadonlySet<string> | undefined;
  count: number;
}

/**
 * A ranking page, as /funding shows it; with `top`, also the best `top.count` entries among the
 * companies of a category, cited in the same source book (right after the page's own entries), so
 * that a question can name them under the page.
 */
export function fundingRankingWithTop(
  ctx: AnswerContext,
  query: RankingQuery,
  top?: CategoryTop,
): { answer: FundingRankingAnswer; top: RankingEntry[] } {
  const { data } = ctx;
  const book = new SourceBook(data);
  const rates = new RateLedger(data.fxRates, book);
  const list = candidateList(data, query);
  const candidates = query.ascending === true ? [...list.candidates].reverse() : list.candidates;
  const limit = Math.max(1, query.limit ?? DEFAULT_LIMIT);
  const offset = Math.min(Math.max(0, query.offset ?? 0), Math.max(0, candidates.length - 1));
  const shown = candidates.slice(offset, offset + limit);

  // Built once per candidate: an entry both on the page and in the category's top is the same.
  const built = new Map<Candidate, RankingEntry | undefined>();
  const entryOf = (c: Candidate): RankingEntry | undefined => {
    if (built.has(c)) return built.get(c);
    const entry = buildEntry(book, rates, data, query, c);
    built.set(c, entry);
    return entry;
  };
  const entries = shown.map(entryOf).filter((e) => e !== undefined);
  const topEntries: RankingEntry[] = [];
  if (top !== undefined) {
    const inTop = query.ascending === true ? [...narrowed(list, top)].reverse() : narrowed(list, top);
    for (const c of inTop) {
      if (topEntries.length >= top.count) break;
      const entry = entryOf(c);
      if (entry !== undefined) topEntries.push(entry);
    }
  }

  const reported = reportedRounds(data)
    .filter(({ round }) => matches(round, query))
    .map(({ company, round }) => ({
      company: companyRef(company),
      round: roundView(book, data, company.id, round),
    }));
  // An investor's rounds are not the nation's: no national total beside them.
  const national = query.investor === undefined ? nationalFigures(book, rates, data, query.year) : [];
  const investor = query.investor === undefined ? undefined : investorWithId(data, query.investor);

  return {
    answer: {
      kind: "funding-ranking",
      by: query.by,
      filter: {
        stage: query.stage,
        year: query.year,
        ...(investor === undefined
          ? {}
          : { investor: { id: investor.id, name: investor.name, led: query.investorLed === true } }),
      },
      currency: rates.currency,
      entries,
      matched: candidates.length,
      page: { offset, limit },
      reportedRounds: reported,
      unranked: [...list.unranked],
      national,
      rates: rates.used(),
      ...book.done(),
    },
    top: topEntries,
  };
}

function buildEntry(
  book: SourceBook,
  rates: RateLedger,
  data: Landscape,
  query: RankingQuery,
  c: Candidate,
): RankingEntry | undefined {
  const { rank } = c;
  const company = companyRef(c.company);
  if (c.byTotal) {
    const total = totalRaisedView(book, rates, data, c.company.id, totalRaised(c.company));
    return total.comparable === undefined ? undefined : { rank, company, total, amount: total.comparable };
  }
  const rounds = c.rounds.map((r) => roundView(book, data, c.company.id, r));
  const sum = rates.sum(
    rounds.flatMap((r) => {
      const claim = r.amount.claims[0];
      return claim !== undefined && isMoney(claim.value) ? [{ money: claim.value, date: claim.asOf }] : [];
    }),
  );
  if (sum === undefined) return undefined;
  const amount = { ...sum, disputed: rounds.some((r) => r.amount.disputed !== undefined) };
  return query.by === "round"
    ? { rank, company, round: rounds[0], amount }
    : { rank, company, rounds, amount };
}

export function fundingRanking(ctx: AnswerContext, query: RankingQuery): FundingRankingAnswer {
  return fundingRankingWithTop(ctx, query).answer;
}
