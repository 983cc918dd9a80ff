// The language tables, compiled once: every word normalised like the question's words, every
// pattern split into its parts, and the sets that tell "a word of the language" from "a name".
import { messages } from "../../i18n/index.js";
import { normalize } from "../../search/normalize.js";
import type { Language } from "../types.js";
import { ar } from "./ar.js";
import { en } from "./en.js";
import { fr } from "./fr.js";
import type { Lexicon, Signal } from "./types.js";

export type { Lexicon, Signal } from "./types.js";

export const LEXICONS: Readonly<Record<Language, Lexicon>> = { en, fr, ar };
export const LANGUAGES: readonly Language[] = ["en", "fr", "ar"];

/** One word of a pattern: matched whole, or as the start of a word when written with "*". */
export interface Term {
  text: string;
  prefix: boolean;
}

export interface Pattern {
  /** The pattern as written in the table, for logs and tests. */
  source: string;
  /** Parts that may appear anywhere; the words of each part follow each other. */
  parts: Term[][];
  /** How many words it has: the more, the more specific. */
  size: number;
}

/** The words of a question as the matcher sees them. */
export interface MatchToken {
  /** The normalised word, then the same word with glued prefixes taken off (Arabic "و", "ال"). */
  forms: readonly string[];
}

function compileWords(text: string): Term[] {
  return text
    .trim()
    .split(/\s+/)
    .flatMap((word) => {
      const prefix = word.endsWith("*");
      const words = normalize(prefix ? word.slice(0, -1) : word)
        .split(" ")
        .filter(Boolean);
      return words.map((w, i) => ({ text: w, prefix: prefix && i === words.length - 1 }));
    });
}

/** A "|"-separated list of patterns (or words) as its items. */
export function items(list: string): string[] {
  return list
    .split("|")
    .map((item) => item.trim().replace(/\s+/g, " "))
    .filter(Boolean);
}

export function compilePattern(source: string): Pattern {
  const parts = source
    .split(" + ")
    .map(compileWords)
    .filter((p) => p.length > 0);
  return { source, parts, size: parts.reduce((n, p) => n + p.length, 0) };
}

const termMatches = (term: Term, token: MatchToken | undefined): boolean =>
  token?.forms.some((f) => (term.prefix ? f.startsWith(term.text) : f === term.text)) === true;

/** Where a contiguous part starts matching, or -1. `free(i)` says whether token i may be used. */
function findPart(
  part: readonly Term[],
  tokens: readonly MatchToken[],
  free: (i: number) => boolean,
): number {
  for (let i = 0; i + part.length <= tokens.length; i++) {
    let ok = true;
    for (let k = 0; k < part.length && ok; k++) {
      const term = part[k];
      ok = term !== undefined && free(i + k) && termMatches(term, tokens[i + k]);
    }
    if (ok) return i;
  }
  return -1;
}

/** The token indices a pattern covers, or undefined when it doesn't match. */
export function matchPattern(
  pattern: Pattern,
  tokens: readonly MatchToken[],
  free: (i: number) => boolean = () => true,
): number[] | undefined {
  const covered: number[] = [];
  for (const part of pattern.parts) {
    const at = findPart(part, tokens, free);
    if (at < 0) return undefined;
    for (let k = 0; k < part.length; k++) covered.push(at + k);
  }
  return covered;
}

export interface CompiledLexicon {
  lexicon: Lexicon;
  stopWords: ReadonlySet<string>;
  /** See Lexicon.namesFollow. */
  namesFollow: ReadonlySet<string>;
  /** See Lexicon.placesFollow. */
  placesFollow: ReadonlySet<string>;
  /** Every word of every pattern and stop word: words of the language, never names. */
  words: ReadonlySet<string>;
  /** The stems of the patterns' "word*" terms ("invest" of "invest*"). */
  stems: ReadonlySet<string>;
  asks: readonly {
    pattern: Pattern;
    intent?: string | undefined;
    metric?: string | undefined;
    role?: string | undefined;
    weak: boolean;
  }[];
  signals: Readonly<Record<Signal, readonly Pattern[]>>;
  compare: readonly Pattern[];
  superlative: readonly Pattern[];
  recent: readonly Pattern[];
  earliest: readonly Pattern[];
  connectors: readonly Pattern[];
  categories: readonly { category: string; pattern: Pattern }[];
  stages: readonly { stage: string; pattern: Pattern }[];
  topics: readonly { topic: string; pattern: Pattern }[];
}

function compile(lexicon: Lexicon): CompiledLexicon {
  const all: Pattern[] = [];
  const patterns = (list: string) => {
    const compiled = items(list).map(compilePattern);
    all.push(...compiled);
    return compiled;
  };
  const asks = lexicon.asks.map((row) => {
    const [pattern] = patterns(row.pattern);
    return {
      pattern: pattern as Pattern,
      intent: row.intent,
      metric: row.metric,
      role: row.role,
      weak: row.weak === true,
    };
  });
  const rows = <K extends string, T extends { patterns: string } & Record<K, string>>(
    list: readonly T[],
    key: K,
  ) =>
    list.flatMap((row) => patterns(row.patterns).map((pattern) => ({ [key]: row[key], pattern }))) as ({
      pattern: Pattern;
    } & Record<K, string>)[];

  const compiled = {
    lexicon,
    asks,
    compare: patterns(lexicon.compare),
    superlative: patterns(lexicon.superlative),
    recent: patterns(lexicon.recent),
    earliest: patterns(lexicon.earliest),
    connectors: patterns(lexicon.connectors),
    categories: rows(lexicon.categories, "category"),
    stages: rows(lexicon.stages, "stage"),
    topics: rows(lexicon.topics, "topic"),
    signals: Object.fromEntries(
      Object.entries<string>(lexicon.signals).map(([signal, list]) => [signal, patterns(list)]),
    ) as Record<Signal, Pattern[]>,
  };
  const stopWords = new Set(compileWords(lexicon.stopWords).map((t) => t.text));
  const namesFollow = new Set(items(lexicon.namesFollow).map((w) => normalize(w)));
  const placesFollow = new Set(items(lexicon.placesFollow).map((w) => normalize(w)));
  const terms = all.flatMap((p) => p.parts.flat());
  return {
    ...compiled,
    stopWords,
    namesFollow,
    placesFollow,
    // Month names are words too: "June" in "valuation in June 2024" is not an unknown company.
    words: new Set([
      ...stopWords,
      ...terms.map((t) => t.text),
      ...messages(lexicon.language).numbers.months.map(normalize),
    ]),
    stems: new Set(terms.filter((t) => t.prefix && t.text.length >= 4).map((t) => t.text)),
  };
}

/**
 * Endings that make a stem's plain inflections ("investors", "fondées"): such a word is the stem's
 * word, never a mistyped name ("investors" is not the fund InvestorX). Other endings may be names:
 * "photorom" (Photoroom) only starts like "photo*".
 */
const INFLECTIONS = new Set([
  "",
  "s",
  "es",
  "ed",
  "er",
  "ers",
  "or",
  "ors",
  "ing",
  "ings",
  "ment",
  "ments",
  "ion",
  "ions",
  "al",
  "ly",
  "e",
  "ee",
  "ees",
  "eur",
  "eurs",
  "euse",
  "euses",
  "ant",
  "ants",
  "ante",
  "antes",
  "ait",
  "aient",
]);

export const COMPILED: Readonly<Record<Language, CompiledLexicon>> = {
  en: compile(en),
  fr: compile(fr),
  ar: compile(ar),
};

/** Glued prefixes of every language, longest first (only Arabic has any today). */
export const GLUED_PREFIXES: readonly string[] = [
  ...new Set(LANGUAGES.flatMap((l) => LEXICONS[l].gluedPrefixes.map((p) => normalize(p)))),
].sort((a, b) => b.length - a.length);

/**
 * True when the word is written in some language's tables: a question word, never a name. Words
 * that only start like a pattern stem ("photo*") may still be names ("Photoroom" typed "photorom").
 */
export function isLanguageWord(word: string): boolean {
  return LANGUAGES.some((l) => {
    const { words, stems } = COMPILED[l];
    if (words.has(word)) return true;
    for (let end = 4; end <= word.length; end++)
      if (stems.has(word.slice(0, end)) && INFLECTIONS.has(word.slice(end))) return true;
    return false;
  });
}

const EVERYDAY_NAMES: ReadonlySet<string> = new Set(
  LANGUAGES.flatMap((l) => items(LEXICONS[l].everydayNames).map((w) => normalize(w))),
);

/** True when a one-word name is also an everyday word ("dust", "doctrine"): see Lexicon.everydayNames. */
export function isEverydayName(word: string): boolean {
  return EVERYDAY_NAMES.has(word);
}

/** True when a name usually follows the word ("of", "by", "de"): see Lexicon.namesFollow. */
export function isNameFollowed(word: string): boolean {
  return LANGUAGES.some((l) => COMPILED[l].namesFollow.has(word));
}

/**
 * True when a place usually follows the word in the question's language ("in", "à", "في"): see
 * Lexicon.placesFollow. One language only: French "à" is written "a" unaccented, an English article.
 */
export function isPlaceFollowed(word: string, language: Language): boolean {
  return COMPILED[language].placesFollow.has(word);
}

export function isStopWord(word: string): boolean {
  return LANGUAGES.some((l) => COMPILED[l].stopWords.has(word));
}
