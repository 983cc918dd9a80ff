// What the bot and the console share: the dataset, validated, and the search index built over it.
import { type AnswerContext, inLanguage } from "./answers/context.js";
import { fundingRanking } from "./answers/ranking.js";
import { loadLandscape } from "./data/load.js";
import { loadTranslations } from "./data/translations.js";
import { LANGUAGES, type Language } from "./i18n/language.js";
import { answerQuestion } from "./questions/answer.js";
import { SearchIndex } from "./search/index.js";

export interface AppContext extends AnswerContext {
  search: SearchIndex;
}

export function loadApp(dataPath?: string): AppContext {
  const data = loadLandscape(dataPath);
  loadTranslations();
  return { data, search: SearchIndex.fromLandscape(data) };
}

/** Questions whose answers build the per-dataset orderings and lookups that answers reuse. */
const WARM_UP: Readonly<Record<Language, readonly string[]>> = {
  en: [
    "which startup raised the most?",
    "largest valuation",
    "latest rounds",
    "which companies do image generation?",
    "who founded the most valuable company?",
  ],
  // Each language's replies read a translated copy of the dataset, with caches of its own.
  fr: ["quelle startup a levé le plus ?", "quelles sont les dernières levées ?"],
  ar: ["أي شركة جمعت أكثر؟", "ما هي آخر جولات التمويل؟"],
};

/**
 * Builds the lazy per-dataset caches (name table, rankings, orderings) before the first user asks,
 * so nobody waits for them: at 10,000 companies they take a few hundred milliseconds in all.
 */
export function warmUp(ctx: AppContext): void {
  for (const language of LANGUAGES) {
    for (const question of WARM_UP[language]) answerQuestion(question, { ...ctx, locale: "en-US" });
    const local = inLanguage(ctx, language);
    fundingRanking(local, { by: "round" });
    fundingRanking(local, { by: "company" });
  }
}
