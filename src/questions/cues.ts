// Step 4a: what the words around the names say. Every table's patterns are matched against the
// words no name took; the most specific ask wins (more words beat fewer; on a tie, the question's
// own language, then the row written first). The result only lists what was seen: the intent is
// decided from it and the names in ./intent.ts.
import type { Category, Role, Stage } from "../data/schema.js";
import { COMPILED, LANGUAGES, matchPattern, type Pattern, type Signal } from "./lexicon/index.js";
import type { Token } from "./prepare.js";
import type { Intent, Language, QuestionMetric } from "./types.js";

export interface Cues {
  ask?:
    | {
        intent?: Intent | undefined;
        metric?: QuestionMetric | undefined;
        role?: Role | undefined;
        source: string;
        /** Only a question's frame ("what is", "who is"), not its point. */
        weak: boolean;
      }
    | undefined;
  compare: boolean;
  superlative: boolean;
  recent: boolean;
  earliest: boolean;
  category?: Category | undefined;
  /** The words that named the category ("foundation models"): not ecosystem keywords then. */
  categoryWords: number[];
  stage?: Stage | undefined;
  topic?: string | undefined;
  year?: number | undefined;
  /** "Top 3", "the 5 largest": a small number that is not a year. */
  top?: number | undefined;
  /** The signals the words give (see lexicon/types.ts `Signal`). */
  signals: ReadonlySet<Signal>;
  /** Every pattern that matched, for logs and tests. */
  seen: string[];
  /** The words some pattern matched: the question's own words, never a name it asks about. */
  covered: ReadonlySet<number>;
}

/** Signals that only count as a question's first words ("and Dust?", "is it French?"). */
const OPENING: ReadonlySet<Signal> = new Set<Signal>(["followOn", "yesNo"]);
/** A ranking lists at most this many. */
const TOP_MAX = 20;

const YEAR = /^(19[89]\d|20[0-4]\d)$/;

interface Scored<T> {
  value: T;
  source: string;
  score: number;
  /** The words the pattern covered. */
  covered: number[];
}

interface Row<T> {
  value: T;
  pattern: Pattern;
  weak?: boolean;
}

/** A table's rows in every language, read off the compiled lexicons once (they never change). */
function table<T>(rowsOf: (lang: Language) => readonly Row<T>[]): (lang: Language) => readonly Row<T>[] {
  const rows = new Map(LANGUAGES.map((lang) => [lang, rowsOf(lang)]));
  return (lang) => rows.get(lang) ?? [];
}

const ASKS = table((l) =>
  COMPILED[l].asks.map((row) => ({
    value: {
      intent: row.intent as Intent | undefined,
      metric: row.metric as QuestionMetric | undefined,
      role: row.role as Role | undefined,
      weak: row.weak === true,
    },
    pattern: row.pattern,
    weak: row.weak,
  })),
);
const CATEGORIES = table((l) =>
  COMPILED[l].categories.map((row) => ({ value: row.category as Category, pattern: row.pattern })),
);
const STAGES = table((l) =>
  COMPILED[l].stages.map((row) => ({ value: row.stage as Stage, pattern: row.pattern })),
);
const TOPICS = table((l) => COMPILED[l].topics.map((row) => ({ value: row.topic, pattern: row.pattern })));

/** The best row of a table across languages: most words, then the question's language, then order. */
function best<T>(
  language: Language,
  tokens: readonly Token[],
  free: (i: number) => boolean,
  rowsOf: (lang: Language) => readonly Row<T>[],
  seen: string[],
  touched: Set<number>,
): Scored<T> | undefined {
  let winner: Scored<T> | undefined;
  for (const lang of LANGUAGES) {
    const rows = rowsOf(lang);
    rows.forEach((row, order) => {
      const covered = matchPattern(row.pattern, tokens, free);
      if (covered === undefined) return;
      seen.push(`${lang}:${row.pattern.source}`);
      for (const i of covered) touched.add(i);
      const words = row.weak === true ? row.pattern.size / 5 : row.pattern.size;
      const score = words * 10 + (lang === language ? 5 : 0) - order / (rows.length + 1);
      if (winner === undefined || score > winner.score)
        winner = { value: row.value, source: row.pattern.source, score, covered };
    });
  }
  return winner;
}

function any(
  tokens: readonly Token[],
  free: (i: number) => boolean,
  patternsOf: (lang: Language) => readonly Pattern[],
  seen: string[],
  touched: Set<number>,
): boolean {
  let found = false;
  for (const lang of LANGUAGES) {
    for (const pattern of patternsOf(lang)) {
      const covered = matchPattern(pattern, tokens, free);
      if (covered !== undefined) {
        seen.push(`${lang}:${pattern.source}`);
        for (const i of covered) touched.add(i);
        found = true;
      }
    }
  }
  return found;
}

/**
 * The signals in the question's words. An opening signal counts at the first word only, or when
 * it is two words or more ("est-elle", "what about"); a pointer may also be a pronoun glued to a
 * word's end (Arabic "أسسها", founded it).
 */
function readSignals(
  tokens: readonly Token[],
  free: (i: number) => boolean,
  seen: string[],
  touched: Set<number>,
): Set<Signal> {
  const signals = new Set<Signal>();
  for (const lang of LANGUAGES) {
    const { signals: table, lexicon } = COMPILED[lang];
    for (const [signal, patterns] of Object.entries(table) as [Signal, readonly Pattern[]][])
      for (const pattern of patterns) {
        const covered = matchPattern(pattern, tokens, free);
        if (covered === undefined) continue;
        if (OPENING.has(signal) && pattern.size < 2 && covered[0] !== 0) continue;
        for (const i of covered) touched.add(i);
        signals.add(signal);
        seen.push(`${lang}:${signal}:${pattern.source}`);
      }
    const endings = lexicon.pointerEndings ?? [];
    if (
      endings.length > 0 &&
      tokens.some((t, i) => free(i) && t.norm.length >= 4 && endings.some((e) => t.norm.endsWith(e)))
    ) {
      signals.add("pointer");
      seen.push(`${lang}:pointer:ending`);
    }
  }
  return signals;
}

export function readCues(tokens: readonly Token[], used: readonly boolean[], language: Language): Cues {
  const free = (i: number) => !used[i];
  const seen: string[] = [];
  const touched = new Set<number>();
  const ask = best(language, tokens, free, ASKS, seen, touched);
  const category = best(language, tokens, free, CATEGORIES, seen, touched);
  const stage = best(language, tokens, free, STAGES, seen, touched);
  const topic = best(language, tokens, free, TOPICS, seen, touched);
  const year = tokens.find((t, i) => free(i) && YEAR.test(t.norm));
  const small = tokens.find((t, i) => free(i) && /^\d{1,2}$/.test(t.norm) && Number(t.norm) >= 1);
  return {
    ask: ask === undefined ? undefined : { ...ask.value, source: ask.source },
    compare: any(tokens, free, (l) => COMPILED[l].compare, seen, touched),
    superlative: any(tokens, free, (l) => COMPILED[l].superlative, seen, touched),
    recent: any(tokens, free, (l) => COMPILED[l].recent, seen, touched),
    earliest: any(tokens, free, (l) => COMPILED[l].earliest, seen, touched),
    category: category?.value,
    categoryWords: category?.covered ?? [],
    stage: stage?.value,
    topic: topic?.value,
    year: year === undefined ? undefined : Number(year.norm),
    top: small === undefined ? undefined : Math.min(Number(small.norm), TOP_MAX),
    signals: readSignals(tokens, free, seen, touched),
    seen,
    covered: touched,
  };
}
