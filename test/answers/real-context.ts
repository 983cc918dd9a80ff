// The real dataset and search index, loaded once for every story test.
import type { AppContext } from "../../src/app.js";
import { loadLandscape } from "../../src/data/load.js";
import { SearchIndex } from "../../src/search/index.js";

let cached: AppContext | undefined;

export function realContext(): AppContext {
  if (cached === undefined) {
    const data = loadLandscape();
    cached = { data, search: SearchIndex.fromLandscape(data) };
  }
  return cached;
}

/** Narrows an answer to the kind a story expects, failing with what it got instead. */
export function expectKind<A extends { kind: string }, K extends A["kind"]>(
  answer: A,
  kind: K,
): Extract<A, { kind: K }> {
  if (answer.kind !== kind)
    throw new Error(`expected a ${kind} answer, got ${answer.kind}: ${JSON.stringify(answer).slice(0, 300)}`);
  return answer as Extract<A, { kind: K }>;
}

/**
 * Pairs to compare so that every company is compared with several others, its neighbours in the
 * data and the best-documented company: a sample that grows with the data (3 per company), where
 * every pair would grow with its square (15,000 pairs at 174 companies).
 */
export function comparisonPairs<C extends { id: string; rounds: readonly unknown[] }>(
  companies: readonly C[],
): [C, C][] {
  const richest = [...companies].sort((a, b) => b.rounds.length - a.rounds.length)[0];
  const pairs: [C, C][] = [];
  companies.forEach((company, i) => {
    for (const other of [
      companies[(i + 1) % companies.length],
      companies[(i + 7) % companies.length],
      richest,
    ])
      if (other !== undefined && other.id !== company.id) pairs.push([company, other]);
  });
  return pairs;
}
