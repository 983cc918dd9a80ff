// What the bot and the console share: the dataset, validated, and the search index built over it.
import type { AnswerContext } from "./answers/context.js";
import { loadLandscape } from "./data/load.js";
import { SearchIndex } from "./search/index.js";

export interface AppContext extends AnswerContext {
  search: SearchIndex;
}

export function loadApp(dataPath?: string): AppContext {
  const data = loadLandscape(dataPath);
  return { data, search: SearchIndex.fromLandscape(data) };
}
