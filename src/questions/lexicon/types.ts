// The shape of one language's table. Everything the engine knows about a language lives in such a
// table: adding a language, a metric or a way of asking means adding rows, not code.
//
// A pattern is written naturally and normalised when the table is compiled (accents, case, Arabic
// spelling variants). Inside a pattern:
//   - words separated by spaces must follow each other: "who founded";
//   - " + " joins parts that may appear anywhere, in any order: "when + founded";
//   - a trailing "*" matches any ending: "invest*" (investor, investors, invested).
// The more words a pattern has, the more specific it is: "last round" beats "round*". A list of
// patterns is one string, the patterns separated by "|".
import type { Category, Stage } from "../../data/schema.js";
import type { Intent, Language, QuestionMetric } from "../types.js";

export interface AskRow {
  pattern: string;
  intent?: Intent;
  metric?: QuestionMetric;
  /**
   * A question's frame ("what is", "who is", "tell me about") rather than its point: any specific
   * row beats it, so "what is H worth?" asks a valuation and "who is the founder of Dust?" founders.
   */
  weak?: boolean;
}

export type EcosystemTopicName =
  | "state-plan"
  | "national-strategy"
  | "national-funding"
  | "talent"
  | "government"
  | "research"
  | "international"
  | "ranking"
  | "census";

/** The sentences the engine writes. `{name}` is replaced by a value; every language has every key. */
export type TemplateKey =
  | "founders"
  | "otherPeople"
  | "noFounders"
  | "personFounded"
  | "personWorksAt"
  | "personInvested"
  | "personKnown"
  | "investorPortfolio"
  | "totalReported"
  | "totalPlus"
  | "totalSum"
  | "noFunding"
  | "latestRound"
  | "ledBy"
  | "talks"
  | "roundDate"
  | "valuation"
  | "valuationUndisclosed"
  | "noValuation"
  | "valuationTalks"
  | "founded"
  | "noFounded"
  | "headquarters"
  | "noHeadquarters"
  | "metric"
  | "noMetric"
  | "metricNote"
  | "noNotes"
  | "compareFloor"
  | "investors"
  | "noInvestors"
  | "describe"
  | "product"
  | "products"
  | "noProducts"
  | "category"
  | "noCategory"
  | "rankingTotal"
  | "rankingRound"
  | "rankingValuation"
  | "rankingRecent"
  | "rankingEmpty"
  | "compareTotal"
  | "compareRound"
  | "compareValuation"
  | "compareFounded"
  | "compareMetric"
  | "compareTie"
  | "compareNoLeader"
  | "missingUndisclosed"
  | "missingNoData"
  | "compareDepends"
  | "forCompany"
  | "sourcesDiffer"
  | "converted"
  | "ecosystem"
  | "didYouMean"
  | "helpEmpty"
  | "helpUnrelated"
  | "helpUnknown"
  | "helpUnknownNamed"
  | "readAsName"
  | "helpAsked"
  | "reported"
  | "otherUnknown"
  | "rankingFounded"
  | "compareLimit"
  | "roundsList"
  | "noMatchingRound"
  | "raisedInYear"
  | "roundOf"
  | "allCompanies"
  | "productLaunched";

export type LabelKey =
  | "headquarters"
  | "totalRaised"
  | "latestRound"
  | "biggestRound"
  | "valuation"
  | "founded"
  | "founders"
  | "people"
  | "investors"
  | "description"
  | "products"
  | "background"
  | "companies"
  | "rate"
  | "round"
  | "since"
  | "rank"
  | "undisclosed"
  | "notInData"
  | "vs"
  | "or"
  | "and"
  | "asOf"
  | "sources"
  | "examples"
  | "commands"
  | "ranking"
  | "comparison"
  | "ledBy"
  | "lead"
  | "summary"
  | "evidence"
  | "dataAsOf"
  | "newestShown"
  | "didYouMean";

export interface MoneyWords {
  million: string;
  billion: string;
  /** "USD 640 M" (currency first) or "640 M USD" (amount first). */
  currencyFirst: boolean;
  decimal: string;
  currency: { USD: string; EUR: string };
  /** Put before a converted, approximate amount. */
  about: string;
  /** Put before a floor: "more than". */
  atLeast: string;
}

export interface Lexicon {
  language: Language;
  /**
   * Words that are never names (articles, question words, verbs of asking), separated by spaces or
   * new lines. With the patterns' words they also tell the languages apart.
   */
  stopWords: string;
  /**
   * Everyday words that are also the name of a company in the data ("dust", "beside", "doctrine"):
   * read as the company only with a sign it is meant (a question about a company, a capital
   * letter mid-sentence, or the name alone), so "is there dust on the moon?" stays a sentence.
   */
  everydayNames: string;
  /** Words that join several names: "or", "and", "vs". */
  connectors: string;
  /** Letters glued to the front of the next word (Arabic "و", "ب", "ال"), tried off when a name is sought. */
  gluedPrefixes: readonly string[];
  /**
   * Letters to Latin ones, for names the data has no spelling of in this script: "داست" is looked
   * up as "dast" and found as Dust, one letter off. Only used for the search's typo tier.
   */
  romanize?: Readonly<Record<string, string>>;
  /** What is asked: intent and/or metric. The most specific pattern wins. */
  asks: readonly AskRow[];
  /** "more", "higher", "vs": several companies measured against each other. */
  compare: string;
  /** "the most", "largest", "top": a ranking when no company is named. */
  superlative: string;
  /** "latest", "recent": newest first. */
  recent: string;
  /** "first", "oldest", "earliest": the earliest wins. */
  earliest: string;
  categories: readonly { category: Category; patterns: string }[];
  stages: readonly { stage: Stage; patterns: string }[];
  /** Words that point to an ecosystem topic when no dataset keyword matched. */
  topics: readonly { topic: EcosystemTopicName; patterns: string }[];
  /** The twelve month names, separated by "|". */
  months: string;
  /** How a list is written: "A, B and C"; Arabic glues "و" to the last name. */
  list: { separator: string; last: string /** "{count} more", closing a list that was cut. */; more: string };
  datePrepositions: { day: string; month: string; year: string };
  money: MoneyWords;
  stageNames: Readonly<Record<Stage, string>>;
  categoryNames: Readonly<Record<Category, string>>;
  metricNames: Readonly<Record<QuestionMetric, string>>;
  templates: Readonly<Record<TemplateKey, string>>;
  labels: Readonly<Record<LabelKey, string>>;
  /** Example questions for the help reply, in this language. */
  examples: readonly string[];
  /** What each slash command does, in this language. */
  commands: Readonly<Record<"startup" | "funding" | "compare" | "ask" | "about", string>>;
}
