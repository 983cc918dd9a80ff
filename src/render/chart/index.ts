// An answer as a PNG chart: /funding (rounds over time, rankings) and /compare (amounts side by
// side). answer → chart model (pure: ./model.ts) → drawing (./draw.ts). Other answers have no chart.
// A chart is in the reader's language, like the reply it is attached to: English, French or Arabic
// (laid out right to left, ./page.ts).
import type { Answer } from "../../answers/types.js";
import type { FxRate } from "../../data/schema.js";
import type { Language } from "../../i18n/index.js";
import { altText } from "./alt.js";
import { comparisonChartModel } from "./compare.js";
import { drawChart, drawChartAsync } from "./draw.js";
import { fundingChartModel } from "./funding.js";
import { type ChartModel, hasBars } from "./model.js";
import { rankingChartModel } from "./ranking.js";

export { type ChartedMessage, withChart } from "./discord.js";
export { missingGlyphs } from "./fonts.js";
export type { ChartBar, ChartGroup, ChartModel, ChartNote } from "./model.js";

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

/** The PNG chart for an answer (the same bytes for the same answer), or undefined when it has none. */
export function chartFor(answer: Answer, options: ChartOptions): Chart | undefined {
  const model = chartModel(answer, options);
  if (model === undefined) return undefined;
  return { name: model.name, png: drawChart(model), alt: altText(model) };
}

/** A chart model drawn, its PNG encoded off the event loop: what the bot uses while serving others. */
export async function drawnChart(model: ChartModel): Promise<Chart> {
  return { name: model.name, png: await drawChartAsync(model), alt: altText(model) };
}

/** The chart for an answer, drawn as the bot draws it (see `drawnChart`). */
export async function renderChart(answer: Answer, options: ChartOptions): Promise<Chart | undefined> {
  const model = chartModel(answer, options);
  return model === undefined ? undefined : drawnChart(model);
}
