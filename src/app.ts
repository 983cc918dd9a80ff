// What the bot and the console share: the dataset, validated, and the search index built over it.
import type { AnswerContext } from "./answers/context.js";
import { fundingRanking } from "./answers/ranking.js";
import { loadLandscape } from "./data/load.js";
import { answerQuestion } from "./questions/answer.js";
import { SearchIndex } from "./search/index.js";

export interface AppContext extends AnswerContext {
  search: SearchIndex;
}

export function loadApp(dataPath?: string): AppContext {
  const data = loadLandscape(dataPath);
  return { data, search: SearchIndex.fromLandscape(data) };
}

/** Questions whose answers build the per-dataset orderings and lookups that answers reuse. */
const WARM_UP = [
  "which startup raised the most?",
  "largest valuation",
  "latest rounds",
  "which companies do image generation?",
  "who founded the most valuable company?",
];

/**
 * Builds the lazy per-dataset caches (name table, rankings, orderings) before the first user asks,
 * so nobody waits for them: at 10,000 companies they take a few hundred milliseconds in all.
 */
export function warmUp(ctx: AppContext): void {
  for (const question of WARM_UP) answerQuestion(question, { ...ctx, locale: "en-US" });
  fundingRanking(ctx, { by: "round" });
  fundingRanking(ctx, { by: "company" });
}
