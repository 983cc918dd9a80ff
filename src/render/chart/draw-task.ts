// A chart drawn on a worker thread (the bot's chart pool, src/bot/chart-pool.ts): the whole drawing,
// not only the PNG encoding, so the main thread only answers and sends. Receives a chart model
// (plain data), returns the PNG.
import { drawChart } from "./draw.js";
import type { ChartModel } from "./model.js";

export default function drawTask(model: ChartModel): Buffer {
  return drawChart(model);
}
