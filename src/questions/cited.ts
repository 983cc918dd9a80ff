// The sources an answer's own lines cite: its evidence's numbers and the "[n]" marks in its texts.
// A reply built on a /startup card numbers every source of the card; a renderer that shows only
// the evidence lists only these.
import type { NumberedSource } from "../answers/types.js";
import type { AnsweredQuestion } from "./types.js";

const MARKS = /\[(\d+(?:, \d+)*)\]/g;

export function citedSources(qa: AnsweredQuestion): NumberedSource[] {
  const cited = new Set<number>(qa.evidence.flatMap((e) => e.sources));
  for (const text of [qa.headline, ...qa.notes, ...qa.evidence.map((e) => e.text)])
    for (const match of text.matchAll(MARKS))
      for (const n of (match[1] ?? "").split(", ")) cited.add(Number(n));
  return qa.sources.filter((s) => cited.has(s.n));
}
