// The shape of one language's table: everything the engine reads in a language (how people ask,
// name categories and stages, join names). What the bot writes back is in src/i18n. Adding a
// language, a metric or a way of asking means adding rows, not code.
//
// A pattern is written naturally and normalised when the table is compiled (accents, case, Arabic
// spelling variants). Inside a pattern:
//   - words separated by spaces must follow each other: "who founded";
//   - " + " joins parts that may appear anywhere, in any order: "when + founded";
//   - a trailing "*" matches any ending: "invest*" (investor, investors, invested).
// The more words a pattern has, the more specific it is: "last round" beats "round*". A list of
// patterns is one string, the patterns separated by "|".
import type { Category, Role, Stage } from "../../data/schema.js";
import type { Intent, Language, QuestionMetric } from "../types.js";

export interface AskRow {
  pattern: string;
  intent?: Intent;
  metric?: QuestionMetric;
  /** For the "role" intent: which position ("who is Mistral's CEO?"). */
  role?: Role;
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

export interface Lexicon {
  language: Language;
  /**
   * Words that are never names (articles, question words, verbs of asking), separated by spaces or
   * new lines. With the patterns' words they also tell the languages apart.
   */
  stopWords: string;
  /**
   * Everyday words that are also the name of a company in the data ("dust", "beside", "doctrine"),
   * or a word of one ("moon" of the investor A-moon): read as the company only with a sign it is
   * meant (a question about a company, a capital letter mid-sentence, or the name alone), and
   * never as a typo of another name, so "is there dust on the moon?" stays a sentence.
   */
  everydayNames: string;
  /** Words that join several names: "or", "and", "vs". */
  connectors: string;
  /**
   * Words a name follows ("the biggest round of Zzyx", "backed by Zzyx", "la levée de Zzyx"): a
   * word no table knows, right after one, is asked about as a name, even in a ranking.
   */
  namesFollow: string;
  /** Words a place follows ("in Lyon", "à Grenoble", "في ليون"): a city named after one is where. */
  placesFollow: string;
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
  /** Words that change how a question is read, each a "|"-separated list (see `Signal`). */
  signals: Readonly<Record<Signal, string>>;
  /** Endings that are pronouns glued to a word (Arabic "أسسها": founded it): a pointer too. */
  pointerEndings?: readonly string[];
}

/**
 * What a question's words may signal besides what it asks:
 *   - least: the other end of a ranking ("the least", "smallest");
 *   - youngest: founded most recently;
 *   - pointer: a word standing for a name said before ("it", "them", "l'", "ها");
 *   - followOn: an opening that carries on the last question ("and …?", "what about …?");
 *   - greeting, thanks: a hello or a thank-you, not a question;
 *   - yesNo: the opening of a yes/no question ("is", "est-ce", "هل");
 *   - french: the words that ask whether something is French;
 *   - companyWord: "startup", "company": what a ranking with no figure named ranks;
 *   - lead: who led a round ("led", "lead investor", "mené", "chef de file", "قاد");
 *   - earliest: a company's first round, not its latest ("first round", "première levée", "الأولى").
 */
export type Signal =
  | "least"
  | "youngest"
  | "pointer"
  | "followOn"
  | "greeting"
  | "thanks"
  | "yesNo"
  | "french"
  | "companyWord"
  | "lead"
  | "earliest";
