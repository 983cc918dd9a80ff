// The real dataset and search index, loaded once for every story test.
import type { AnswerContext } from "../../src/answers/context.js";
import { loadLandscape } from "../../src/data/load.js";
import { SearchIndex } from "../../src/search/index.js";

let cached: AnswerContext | undefined;

export function realContext(): AnswerContext {
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
