// Which chart an answer gets, as a model (pure data): /funding (rounds over time, rankings) and
// /compare (amounts side by side); other answers have none. Kept apart from the drawing, so that a
// bot drawing on worker threads never loads the canvas on its main thread.
import type { Answer } from "../../answers/types.js";
import type { FxRate } from "../../data/schema.js";
import type { Language } from "../../i18n/index.js";
import { comparisonChartModel } from "./compare.js";
import { fundingChartModel } from "./funding.js";
import { type ChartModel, hasBars } from "./model.js";
import { rankingChartModel } from "./ranking.js";

export interface ChartOptions {
  /** The chart's language: the reply's, which its audience decided (src/bot/audience.ts). */
  language: Language;
  /**
   * The dataset's exchange rates (`data.fxRates`), for amounts the answer itself never converted
   * (a reported round in another currency). Without them such a bar is labelled but not drawn.
   */
  rates?: readonly FxRate[] | undefined;
}

export interface Chart {
  /** The attachment's file name: the embed shows it as `attachment://<name>`. */
  name: string;
  png: Buffer;
  /** The chart in words, for the attachment's description. */
  alt: string;
}

/** What the chart of an answer shows, or undefined when the answer has no chart. */
export function chartModel(answer: Answer, options: ChartOptions): ChartModel | undefined {
  const { language } = options;
  let model: ChartModel | undefined;
  if (answer.kind === "company-funding") model = fundingChartModel(answer, options.rates, language);
  else if (answer.kind === "funding-ranking") model = rankingChartModel(answer, language);
  else if (answer.kind === "comparison") model = comparisonChartModel(answer, language);
  return model !== undefined && hasBars(model) ? model : undefined;
}
