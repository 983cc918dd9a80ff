// What every answer function is given. The search side is typed by shape, not by class, so that the
// answers stay testable with any finder that keeps the contract of src/search/types.ts.
import type { Landscape } from "../data/schema.js";
import { localizeLandscape } from "../data/translations.js";
import type { Language } from "../i18n/language.js";
import type { Resolution, SearchHit, SearchOptions } from "../search/types.js";

export interface EntityFinder {
  resolve(query: string, options?: SearchOptions): Resolution;
  search(query: string, options?: SearchOptions): SearchHit[];
}

export interface AnswerContext {
  data: Landscape;
  search: EntityFinder;
}

/** The context with the dataset's own words (descriptions, notes, labels) in `language`. */
export function inLanguage<C extends AnswerContext>(ctx: C, language: Language): C {
  return { ...ctx, data: localizeLandscape(ctx.data, language) };
}
