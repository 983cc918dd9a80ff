// The structured answers the bot gives. Each one carries its numbered sources and its as-of dates;
// every figure in it carries the numbers of the sources that state it. Renderers (Discord, terminal)
// only ever read these shapes.
import type {
  Category,
  CompanyStatus,
  Currency,
  Money,
  NoteTopic,
  PartialDate,
  Place,
  Role,
  Stage,
  Undisclosed,
  Valuation,
} from "../data/schema.js";
import type { AboutAnswer } from "./about.js";

export type { AboutAnswer };

// ---------- citations ----------

/** One entry of an answer's numbered source list. A seed citation gets one entry per seed fact. */
export interface NumberedSource {
  n: number;
  sourceId: string;
  publisher: string;
  title: string;
  /** Undefined for a page that gives no date. */
  date?: PartialDate | undefined;
  url?: string | undefined;
  via?: string | undefined;
  /** Set for the seed article: the FACTS.md fact id and the article's lines. */
  seed?: { fact: string; lines: number[] } | undefined;
  /** What the source says where it adds context to the value (e.g. "€600M ($643.7M)"). */
  says: string[];
}

export interface AsOf {
  /** The newest as-of date among the facts the answer shows. */
  shown?: PartialDate | undefined;
  /** The dataset's own as-of date. */
  data: PartialDate;
}

/** Fields every answer has. */
export interface Sourced {
  sources: NumberedSource[];
  asOf: AsOf;
}

/** One source's version of a figure, with the numbers of the sources that state it. */
export interface CitedClaim<T> {
  value: T;
  asOf: PartialDate;
  sources: number[];
  note?: string | undefined;
}

/**
 * A figure as the data states it: one claim when sources agree, several when they differ (then
 * `disputed` says how). `claims[0]` is the primary (seed or first) claim, used when one value is needed.
 */
export interface Figure<T> {
  claims: CitedClaim<T>[];
  disputed?: string | undefined;
}

// ---------- money ----------

/** An exchange rate the dataset states, as used by an answer. */
export interface FxRateUsed {
  from: Currency;
  to: Currency;
  /** 1 `from` = `rate` `to` (already inverted when the dataset states the opposite direction). */
  rate: number;
  /** True when the dataset states the rate the other way round and it was inverted. */
  inverted: boolean;
  asOf: PartialDate;
  note?: string | undefined;
  sources: number[];
}

/** A money figure brought into a common currency so it can be ranked or compared. */
export interface ComparableMoney {
  /** The amount in the common currency. */
  value: Money;
  /** The figures that had to be converted to get there (empty when none). */
  converted: { from: Money; to: Money; rate: FxRateUsed }[];
  /** True when a figure it rests on is disputed (the primary claim was used). */
  disputed: boolean;
}

// ---------- views of the data ----------

export interface CompanyRef {
  id: string;
  name: string;
}

export interface InvestorRef {
  id: string;
  name: string;
  lead: boolean;
  sources: number[];
  note?: string | undefined;
}

export interface RoundView {
  id: string;
  companyId: string;
  date: PartialDate;
  stage: Stage;
  /** "reported" rounds are talks or leaks: shown, never counted in totals or rankings. */
  status: "completed" | "reported";
  /** "undisclosed" when the company did not say how much it raised. */
  amount: Figure<Money | Undisclosed>;
  /** Absent when the data has no valuation for the round ("not in the data"). */
  valuation?: Figure<Valuation | Undisclosed> | undefined;
  totalRaisedAfter?: Figure<Money> | undefined;
  leads: InvestorRef[];
  others: InvestorRef[];
  sources: number[];
  note?: string | undefined;
}

/** How a company's total raised is known. */
export type TotalBasis =
  /** A source reports the total after the latest round. */
  | "reported"
  /** A source reports a total after an earlier round; completed rounds since then are listed. */
  | "reported-plus-later-rounds"
  /** No total is reported: the completed rounds on record, added up. */
  | "sum-of-rounds"
  /** No completed round and no total in the data. */
  | "none";

export interface TotalRaisedView {
  basis: TotalBasis;
  /** The latest reported total and the round it was reported after. */
  reported?:
    | { figure: Figure<Money>; afterRound: { id: string; stage: Stage; date: PartialDate } }
    | undefined;
  /** Completed rounds after the reported total (or every completed round for "sum-of-rounds"). */
  sinceThen: RoundView[];
  /** The total as one comparable amount (reported total + rounds since), when there is one. */
  comparable?: ComparableMoney | undefined;
  /** Completed rounds counted in `sinceThen` whose amount was not disclosed (left out of the sum). */
  undisclosedRounds: number;
}

export interface ValuationView {
  /** The latest completed round that states a valuation (or says it is undisclosed). */
  latest?:
    | { round: { id: string; stage: Stage; date: PartialDate }; figure: Figure<Valuation | Undisclosed> }
    | undefined;
  /** Valuations from reported (not completed) rounds newer than that, e.g. talks. */
  reported: {
    round: { id: string; stage: Stage; date: PartialDate };
    figure: Figure<Valuation | Undisclosed>;
  }[];
}

/** A person at a company: a founder or an officer, with the positions they hold or held. */
export interface PersonView {
  id: string;
  name: string;
  founder: boolean;
  /** Positions held (CEO, CTO…), current unless `until` is set. */
  roles: Role[];
  since?: PartialDate | undefined;
  /** When the person left the position (or the company, for a founder with no role). */
  until?: PartialDate | undefined;
  note?: string | undefined;
  background?: Figure<string> | undefined;
  sources: number[];
}

export interface ProductView {
  id: string;
  name: string;
  description: Figure<string>;
  launched?: Figure<PartialDate> | undefined;
}

export interface MetricView {
  kind: string;
  label: string;
  /** A currency code for money, else a unit word ("visits", "%", "people"). */
  unit: string;
  bound: "exact" | "at-least" | "about";
  figure: Figure<number>;
}

export interface NoteView {
  text: string;
  asOf: PartialDate;
  sources: number[];
  topics: NoteTopic[];
}

/** A figure whose sources differ, named for the reader. */
export interface DisputeView {
  /** The figure: "valuation", "founded", "Arthur Mensch's background", ... */
  what: string;
  /** The round it belongs to, when it is a round's figure. */
  round?: { id: string; stage: Stage; date: PartialDate } | undefined;
  disputed: string;
  sources: number[];
}

// ---------- answers ----------

/** A company's card: who they are, what they make, what they raised. */
export interface CompanyProfileAnswer extends Sourced {
  kind: "company-profile";
  company: CompanyRef & { domain?: string | undefined; aliases: string[] };
  description: Figure<string>;
  categories: Category[];
  founded?: Figure<PartialDate> | undefined;
  hq?: Figure<Place> | undefined;
  /** Acquired, listed, merged or closed; absent for an independent private company. */
  status?: Figure<CompanyStatus> | undefined;
  founders: PersonView[];
  /** People in other roles (a later CEO, a co-founder who left). */
  people: PersonView[];
  products: ProductView[];
  /** The latest completed round. */
  latestRound?: RoundView | undefined;
  /** Reported (not completed) rounds newer than the latest completed one. */
  reportedRounds: RoundView[];
  roundCount: number;
  totalRaised: TotalRaisedView;
  valuation: ValuationView;
  metrics: MetricView[];
  /** Newest first. */
  notes: NoteView[];
  disputes: DisputeView[];
}

export interface FundingFilter {
  stage?: Stage | undefined;
  year?: number | undefined;
  /** Every round of the company in the data, completed or reported. */
  roundsOnRecord: number;
}

/** One company's funding history, oldest round first. */
export interface CompanyFundingAnswer extends Sourced {
  kind: "company-funding";
  company: CompanyRef;
  /** The rounds shown: all of them, or those the filter keeps. */
  rounds: RoundView[];
  /** `/funding company: stage: year:`: which rounds were asked for, out of how many on record. */
  filter?: FundingFilter | undefined;
  totalRaised: TotalRaisedView;
  disputes: DisputeView[];
}

export interface RankingEntry {
  rank: number;
  company: CompanyRef;
  /** For a ranking of rounds: the round. */
  round?: RoundView | undefined;
  /** For a ranking of companies by total raised (no filter). */
  total?: TotalRaisedView | undefined;
  /** For a ranking of companies with a stage/year filter: the matching rounds, added up. */
  rounds?: RoundView[] | undefined;
  /** The amount the ranking orders by, in the common currency. */
  amount: ComparableMoney;
}

/** A national figure (ecosystem facts): totals raised by French AI startups, plans. */
export interface NationalFigureView {
  factId: string;
  title: string;
  label: string;
  value: Money;
  bound: "exact" | "at-least" | "about";
  asOf: PartialDate;
  sources: number[];
  disputed?: string | undefined;
  /** The value in the ranking's currency, when it had to be converted. */
  converted?: { to: Money; rate: FxRateUsed } | undefined;
}

export interface FundingRankingAnswer extends Sourced {
  kind: "funding-ranking";
  by: "round" | "company";
  filter: {
    stage?: Stage | undefined;
    year?: number | undefined;
    /** Only the rounds this investor took part in (`led`: only those it led). */
    investor?: { id: string; name: string; led: boolean } | undefined;
  };
  /** The currency amounts were compared in. */
  currency: Currency;
  /** Best first; ties share a rank. */
  entries: RankingEntry[];
  /** How many entries matched before `limit` cut the list. */
  matched: number;
  /** Which slice of the matches `entries` is. */
  page: { offset: number; limit: number };
  /** Reported (not completed) rounds that match the filter: shown apart, never ranked. */
  reportedRounds: { company: CompanyRef; round: RoundView }[];
  /** Companies whose amount is unknown, so they could not be ranked. */
  unranked: CompanyRef[];
  national: NationalFigureView[];
  /** Every exchange rate used, once. */
  rates: FxRateUsed[];
}

export type ComparisonCell =
  | {
      kind: "money";
      /** Claims that state an amount come first; a source saying "undisclosed" may follow. */
      figure: Figure<Money | Valuation | Undisclosed>;
      comparable?: ComparableMoney | undefined;
      /** The round the figure comes from (a valuation's round). */
      round?: { id: string; stage: Stage; date: PartialDate } | undefined;
    }
  | { kind: "total"; total: TotalRaisedView }
  | { kind: "round"; round: RoundView; comparable?: ComparableMoney | undefined }
  | { kind: "date"; figure: Figure<PartialDate> }
  | { kind: "text"; figure: Figure<string> }
  | { kind: "people"; people: PersonView[] }
  | { kind: "categories"; categories: Category[] }
  | { kind: "number"; metric: MetricView }
  /** A money figure the data doesn't have: never compared as zero. */
  | { kind: "undisclosed" }
  /** A non-money fact the data doesn't have (a founding date, founders). */
  | { kind: "unknown" };

export interface ComparisonRow {
  key: string;
  label: string;
  /** One cell per compared company, in the order of `companies`. */
  cells: ComparisonCell[];
  /** How a leader is picked, when the metric has one. */
  rule?: "highest" | "earliest" | undefined;
  /** The leading company ids (several on a tie); absent when no leader can be named. */
  leader?: string[] | undefined;
  /** Why no leader was named, or a caveat on the leader; renderers put it in the reader's words. */
  note?: ComparisonNote | undefined;
  /** True when a figure the leader rests on is disputed. */
  disputed: boolean;
  /** True when a figure had to be converted to compare. */
  converted: boolean;
}

/**
 * Why a comparison row names no leader, or a caveat on the one it names: a figure undisclosed for
 * some company, sources that disagree on who leads, a founding date not in the data, founding dates
 * too close to order, a trailing "more than" floor (which may be the true leader), approximations,
 * a pre-money valuation next to post-money ones.
 */
export type ComparisonNote =
  | "valuation-basis"
  | "undisclosed"
  | "depends-on-source"
  | "no-founding-date"
  | "same-period"
  | "trailing-floor"
  | "approximate";

export interface ComparisonAnswer extends Sourced {
  kind: "comparison";
  companies: CompanyRef[];
  currency: Currency;
  rows: ComparisonRow[];
  rates: FxRateUsed[];
}

/** Nothing in the data matches the name the user gave. */
export interface NotFoundAnswer extends Sourced {
  kind: "not-found";
  query: string;
  what: "company";
  /** How much the data holds, so "not in my data yet" says out of how many. */
  known: { companies: number };
  /** The closest names, best first (may be empty). */
  suggestions: CompanyRef[];
  /** A company the data knows is not French (so not in the landscape), with where it is based. */
  abroad?: { name: string; hq: Figure<Place> } | undefined;
}

/** The name fits several entities equally well: "did you mean ...". */
export interface AmbiguousAnswer extends Sourced {
  kind: "ambiguous";
  query: string;
  what: "company";
  candidates: CompanyRef[];
}

/** The request itself is wrong (same company twice, too few or too many names). */
export interface InvalidRequestAnswer extends Sourced {
  kind: "invalid-request";
  reason: "same-company" | "too-few" | "too-many";
  /** The company named twice, for "same-company". */
  company?: CompanyRef | undefined;
  /** What the user passed. */
  queries: string[];
  limits?: { min: number; max: number } | undefined;
}

export type Answer =
  | AboutAnswer
  | CompanyProfileAnswer
  | CompanyFundingAnswer
  | FundingRankingAnswer
  | ComparisonAnswer
  | NotFoundAnswer
  | AmbiguousAnswer
  | InvalidRequestAnswer;

export type AnswerKind = Answer["kind"];
