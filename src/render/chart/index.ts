// An answer as a PNG chart: /funding (rounds over time, rankings) and /compare (amounts side by
// side). answer → chart model (pure: ./model.ts) → drawing (./draw.ts). Other answers have no chart.
// A chart is in the reader's language, like the reply it is attached to: English, French or Arabic
// (laid out right to left, ./page.ts).
import type { Answer } from "../../answers/types.js";
import { altText } from "./alt.js";
import { type Chart, type ChartOptions, chartModel } from "./chart-model.js";
import { drawChart, drawChartAsync } from "./draw.js";

export { type Chart, type ChartOptions, chartModel } from "./chart-model.js";
export { type ChartedMessage, withChart } from "./discord.js";
export { missingGlyphs } from "./fonts.js";
export type { ChartBar, ChartGroup, ChartModel, ChartNote } from "./model.js";

/** The PNG chart for an answer (the same bytes for the same answer), or undefined when it has none. */
export function chartFor(answer: Answer, options: ChartOptions): Chart | undefined {
  const model = chartModel(answer, options);
  if (model === undefined) return undefined;
  return { name: model.name, png: drawChart(model), alt: altText(model) };
}

/** The same chart, its PNG encoded off the event loop (on libuv's thread pool). */
export async function renderChart(answer: Answer, options: ChartOptions): Promise<Chart | undefined> {
  const model = chartModel(answer, options);
  if (model === undefined) return undefined;
  return { name: model.name, png: await drawChartAsync(model), alt: altText(model) };
}
