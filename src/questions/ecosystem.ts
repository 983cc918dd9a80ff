// Which fact about France as a whole a question points at. Ecosystem facts carry `keywords` in the
// data ("polytechnique", "stargate", "109"); unlike names they don't take the words they match
// ("funding" still says what is asked). A keyword several facts share tells less than one only a
// fact has, so each counts 1 / (number of facts with it), times its length in words; keywords made
// only of stop words ("combien", "how many") are left to the lexicon's topic rows, which add 1 to
// every fact of their topic. Ties go to the newest fact.
import type { Landscape } from "../data/schema.js";
import { normalize } from "../search/normalize.js";
import { isStopWord } from "./lexicon/index.js";
import type { Token } from "./prepare.js";

export interface EcosystemMatch {
  id: string;
  title: string;
  score: number;
  /** The keywords found, normalised. */
  matched: string[];
}

interface KeywordIndex {
  byKey: Map<string, string[]>;
  longest: number;
}

const indexes = new WeakMap<Landscape, KeywordIndex>();
/** The words of a question's frame in the three languages: never a sign of a particular fact. */
const QUESTION_FRAME = new Set(
  "how many much what which who when where is are was did do does the a of in combien quel quelle quels quelles qui quand ou est sont a de la le les des en كم ما من متى اين هل".split(
    " ",
  ),
);
/** A match at least this strong names the fact even when other readings are possible. */
export const STRONG_MATCH = 1;
/** Below this a match is noise: one keyword three facts share ("raised"). */
export const WEAK_MATCH = 0.5;

function keywordIndex(data: Landscape): KeywordIndex {
  const known = indexes.get(data);
  if (known !== undefined) return known;
  const byKey = new Map<string, string[]>();
  let longest = 1;
  for (const fact of data.ecosystem) {
    for (const keyword of fact.keywords) {
      const key = normalize(keyword);
      const words = key.split(" ");
      // A question's frame ("how many", "combien") or one stop word says nothing of which fact; a
      // subject of several words that are each stop words ("french ai") does.
      const frame = words.length === 1 ? words.every(isStopWord) : words.every((w) => QUESTION_FRAME.has(w));
      if (key === "" || frame) continue;
      longest = Math.max(longest, words.length);
      const ids = byKey.get(key) ?? [];
      if (!ids.includes(fact.id)) ids.push(fact.id);
      byKey.set(key, ids);
    }
  }
  const index = { byKey, longest };
  indexes.set(data, index);
  return index;
}

/** Ecosystem facts the question points at, best first (only those with a positive score). */
export function matchEcosystem(
  tokens: readonly Token[],
  data: Landscape,
  topic?: string,
  skip: readonly number[] = [],
): EcosystemMatch[] {
  const { byKey, longest } = keywordIndex(data);
  const scores = new Map<string, { score: number; matched: string[] }>();
  const credit = (id: string, points: number, what: string) => {
    const entry = scores.get(id) ?? { score: 0, matched: [] };
    entry.score += points;
    if (!entry.matched.includes(what)) entry.matched.push(what);
    scores.set(id, entry);
  };
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
      if (Array.from({ length: n }, (_, k) => i + k).some((k) => skip.includes(k))) continue;
      const span = tokens.slice(i, i + n);
      const rest = span.slice(1).map((t) => t.norm);
      for (const form of span[0]?.forms ?? []) {
        const key = [form, ...rest].join(" ");
        const ids = byKey.get(key);
        if (ids === undefined || seen.has(key)) continue;
        seen.add(key);
        for (const id of ids) credit(id, n / ids.length, key);
        break;
      }
    }
  }
  if (topic !== undefined)
    for (const fact of data.ecosystem) if (fact.topic === topic) credit(fact.id, 1, `topic:${topic}`);

  // One single-word keyword alone ("paris") is too thin: a fact needs two signs, a keyword of
  // several words, or its topic named by the lexicon.
  const enough = (matched: readonly string[]) =>
    matched.length >= 2 || matched.some((m) => m.includes(" ") || m.startsWith("topic:"));
  const newest = (id: string) => data.ecosystem.find((f) => f.id === id)?.text.claims[0]?.asOf ?? "";
  // A yearly total answers for its year ("in 2025"). Without a year, a figure of no year (an
  // all-time total) answers first; only when none fits does the latest year's total.
  const asked = tokens.map((t) => t.norm).filter((w) => /^(19|20)\d\d$/.test(w));
  const yearOf = (id: string) => data.ecosystem.find((f) => f.id === id)?.year;
  const candidates = [...scores].filter(([, s]) => enough(s.matched));
  let chosen = candidates.filter(([id]) => {
    const year = yearOf(id);
    return year === undefined || asked.includes(String(year));
  });
  if (chosen.length === 0 && asked.length === 0) {
    const latest = Math.max(...candidates.map(([id]) => yearOf(id) ?? 0));
    chosen = candidates.filter(([id]) => yearOf(id) === latest);
  }
  return chosen
    .map(([id, s]) => ({
      id,
      title: data.ecosystem.find((f) => f.id === id)?.title ?? id,
      score: Math.round(s.score * 100) / 100,
      matched: s.matched,
    }))
    .sort((a, b) => b.score - a.score || newest(b.id).localeCompare(newest(a.id)));
}
