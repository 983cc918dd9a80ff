// What the question engine understood and what it answers. A question answer always carries how
// the question was read (`understanding`), so tests and logs can show why it answered as it did.
import type {
  Answer,
  CompanyFundingAnswer,
  CompanyProfileAnswer,
  ComparisonAnswer,
  FundingRankingAnswer,
  Sourced,
} from "../answers/types.js";
import type { Category, PartialDate, Role, Stage } from "../data/schema.js";
import type { Language } from "../i18n/language.js";
import type { EntityKind } from "../search/types.js";

export type { Language };

/** The shape of the question: what kind of answer it wants. */
export type Intent =
  /** Just a name, or "tell me about X": the company's card. */
  | "profile"
  /** "Who founded X?", "who runs X?" */
  | "founders"
  /** "Who is P?" (a founder, a notable person, an investor). */
  | "person"
  /** One figure of one company: `metric` says which. */
  | "figure"
  /** "Who invested in X?" */
  | "investors"
  /** "What does X do?", "what is Le Chat?" */
  | "describe"
  /** "Which companies do image generation?" */
  | "category"
  /** "Which raised the most?", "largest valuation", "latest rounds". */
  | "ranking"
  /** Two to four companies, side by side. */
  | "compare"
  /** France as a whole: the 2025 plan, the 2018 strategy, talent, the AI minister. */
  | "ecosystem"
  /** "Who is Mistral's CEO?", "who runs H?": whoever holds a position, now and before. */
  | "role"
  /** "Help", "what can you do?" */
  | "help"
  | "unknown";

/** The figure a question asks about. */
export type QuestionMetric =
  | "total-raised"
  | "latest-round"
  | "biggest-round"
  | "valuation"
  | "founded"
  | "round-date"
  | "revenue"
  | "arr"
  | "users"
  | "visits"
  | "downloads"
  | "employees"
  | "products"
  /** The funding history: every round. */
  | "rounds"
  /** When a product came out. */
  | "launched"
  /** Asked of the dataset's notes, by topic (no figure): "is Hugging Face profitable?". */
  | "headquarters"
  | "profitability"
  | "acquisitions"
  | "business-model"
  /** "Is Mistral French?": where it is based. */
  | "nationality";

/** A name found in the question, and what it was found as. */
export interface FoundEntity {
  kind: EntityKind;
  id: string;
  name: string;
  /** The words of the question that named it, normalised (never the raw user text). */
  matched: string;
  how: "exact" | "prefix" | "fuzzy";
  /** For products: the company that makes it. */
  companyId?: string | undefined;
}

/** A name-like phrase that fits several entities equally well. */
export interface UnclearName {
  matched: string;
  candidates: { kind: EntityKind; id: string; name: string; companyId?: string | undefined }[];
}

export interface QuestionFilters {
  year?: number | undefined;
  stage?: Stage | undefined;
  category?: Category | undefined;
  /** "Startups in Lyon": only the companies based in this city (as the data writes it, in English). */
  city?: string | undefined;
  /** An ecosystem topic named by a keyword ("polytechnique" -> talent). */
  topic?: string | undefined;
  /** A ranking read from its other end: "the least", "the smallest", "the youngest". */
  ascending?: boolean | undefined;
  /** "Top 3", "the 5 largest": how many entries a ranking lists. */
  top?: number | undefined;
  /** "Who led…", "chef de file": an investors question about who led, not everyone who invested. */
  lead?: boolean | undefined;
  /** "Her first round": a company's earliest round rather than its latest. */
  earliest?: boolean | undefined;
  /** "The biggest rounds Lightspeed backed": a ranking of one investor's rounds (its id). */
  investor?: string | undefined;
  /** With `investor`: "led by", only the rounds it led. */
  investorLed?: boolean | undefined;
}

/** The filters a follow-on question ("and Hugging Face?") asks again. */
export type Narrowing = Pick<QuestionFilters, "stage" | "year" | "lead" | "earliest">;

/** What narrowed a ranking or a list, which "and in 2023?" or "and the smallest?" narrows again. */
export type ListFilters = Pick<
  QuestionFilters,
  "year" | "stage" | "category" | "city" | "ascending" | "top" | "investor" | "investorLed"
>;

/** The last ranking or list asked for, as the next question may narrow it ("and in Paris?"). */
export interface ListedSubject {
  intent: "ranking" | "category";
  metric?: QuestionMetric | undefined;
  filters: ListFilters;
}

/** What a question was about, kept a few minutes so that the next one can say "it" or "and X?". */
export interface Subject {
  companyIds: string[];
  intent: Intent;
  metric?: QuestionMetric | undefined;
  role?: Role | undefined;
  /** What narrowed the question ("its Series B", "in 2024", "who led", "first round"): "and X?" keeps it. */
  narrowed?: Narrowing | undefined;
  /**
   * When the last answer was a ranking or a list: what it was. The companies asked about before
   * it stay, so "who founded it?" after a ranking is still about them.
   */
  listed?: ListedSubject | undefined;
  /** Companies asked about just before, newest first: "compare them" after one, then another. */
  earlier?: string[] | undefined;
}

export interface Understanding {
  language: Language;
  intent: Intent;
  metric?: QuestionMetric | undefined;
  /** What the words asked, even when no answer could be built ("who founded <unknown>"). */
  asked?: { intent?: Intent | undefined; metric?: QuestionMetric | undefined } | undefined;
  entities: FoundEntity[];
  /** The companies the answer is about, in the order named (products stand for their maker). */
  companyIds: string[];
  /** For "role": the position asked about. */
  role?: Role | undefined;
  /** Set when the companies came from the last question ("who founded it?", "and Dust?"). */
  followUp?: { companyIds: string[] } | undefined;
  /** A hello or a thank-you with nothing else asked. */
  social?: "greeting" | "thanks" | undefined;
  /** Names that could be several things: "did you mean" material. */
  unclear: UnclearName[];
  /** Capitalised words that look like names but match nothing (normalised). */
  unknownNames: string[];
  /** Everyday words read as a company's name ("dust" → Dust): the answer says it did. */
  readAsNames: { word: string; name: string }[];
  filters: QuestionFilters;
  /** The words compare ("more", "than", "vs", "ou", "أم"). */
  comparing: boolean;
  /** The lexicon patterns that decided the intent and metric, for logs and tests. */
  cues: string[];
  /** True when the text was cut to the engine's length cap. */
  truncated: boolean;
  /** How many words are not stop words: none means there was no question at all ("hi", "@everyone"). */
  contentWords: number;
}

/** One figure behind the answer, written in the question's language, with its numbered sources. */
export interface Evidence {
  label: string;
  text: string;
  sources: number[];
  asOf?: PartialDate | undefined;
  /** Set when sources give different values for this figure. */
  disputed?: boolean | undefined;
}

interface QuestionBase extends Sourced {
  understanding: Understanding;
  /** The answer first, in the question's language: names come from the data, never from the user. */
  headline: string;
}

/** The structured answers a question answer may carry for the renderer to show. */
export type EmbeddedAnswer =
  | CompanyProfileAnswer
  | CompanyFundingAnswer
  | ComparisonAnswer
  | FundingRankingAnswer;

export interface AnsweredQuestion extends QuestionBase {
  kind: "answered";
  /** A short title: the company, "Mistral AI vs Hugging Face", "Ranking". */
  title: string;
  evidence: Evidence[];
  /** Extra sentences: "sources differ ...", "converted at the dataset's rate ...". */
  notes: string[];
  answer?: EmbeddedAnswer | undefined;
}

export interface DidYouMeanQuestion extends QuestionBase {
  kind: "did-you-mean";
  candidates: { kind: EntityKind; id: string; name: string }[];
}

export type HelpReason =
  | "empty"
  | "unrelated"
  | "unknown-entity"
  | "asked-for-help"
  /** "Hi", "bonjour": a hello gets one back. */
  | "greeting"
  /** "Thanks!": a short "you're welcome". */
  | "thanks";

export interface HelpQuestion extends QuestionBase {
  kind: "help";
  reason: HelpReason;
  /** Example questions in the question's language. */
  examples: string[];
  /** The slash commands: "/startup", "/funding", ... */
  commands: { name: string; description: string }[];
}

export type QuestionAnswer = AnsweredQuestion | DidYouMeanQuestion | HelpQuestion;

export const QUESTION_ANSWER_KINDS: readonly QuestionAnswer["kind"][] = ["answered", "did-you-mean", "help"];

/** True for the question engine's answers (their kinds differ from every /command answer's). */
export function isQuestionAnswer(value: { kind: string }): value is QuestionAnswer {
  return (QUESTION_ANSWER_KINDS as readonly string[]).includes(value.kind);
}

/** What the bot replies with: a slash command's answer, or a question's. */
export type Reply = Answer | QuestionAnswer;
