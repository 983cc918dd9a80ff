// Bench section "chart": the PNG charts, drawn N times from the real dataset. A 10-row ranking
// (every company's total) and a 10-column funding history (Mistral AI's rounds, repeated to ten),
// answer to PNG, plus the chart model alone. Target: p99 < 150 ms per chart on this machine.
// Then how long each chart holds the event loop (no other reply, no heartbeat meanwhile): the bot's
// renderChart, which encodes the PNG on libuv's thread pool, against drawing and encoding in one go
// (chartFor), measured in the same run.
import { companyFunding, fundingRanking } from "../src/answers/index.js";
import type { Answer, CompanyFundingAnswer } from "../src/answers/types.js";
import { loadLandscape } from "../src/data/load.js";
import type { FxRate } from "../src/data/schema.js";
import { chartFor, chartModel, renderChart } from "../src/render/chart/index.js";
import { SearchIndex } from "../src/search/index.js";
import {
  collectGarbage,
  formatBytes,
  formatMs,
  formatRatio,
  median,
  percentile,
  table,
  timeEach,
} from "./stats.js";

const RUNS = 200;
const TARGET_P99_MS = 150;

/** Mistral AI's rounds, repeated with later dates until there are ten. */
function tenRounds(answer: CompanyFundingAnswer): CompanyFundingAnswer {
  const rounds = Array.from({ length: 10 }, (_, i) => {
    const round = answer.rounds[i % answer.rounds.length];
    if (round === undefined) throw new Error("Mistral AI has no rounds in the data");
    return { ...round, id: `${round.id}-${i}`, date: `${2016 + i}-06` };
  });
  return { ...answer, rounds };
}

/** For each run: how long renderChart held the event loop (until it returned), and until the PNG was ready. */
async function timeOffLoop(answer: Answer, options: { rates: FxRate[]; language: "en" }, runs: number) {
  await renderChart(answer, options);
  collectGarbage();
  const blocked: number[] = [];
  const ready: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const pending = renderChart(answer, options);
    blocked.push(performance.now() - start);
    await pending;
    ready.push(performance.now() - start);
  }
  return { blocked, ready };
}

export async function runChartBench(runs = RUNS): Promise<void> {
  const data = loadLandscape();
  const ctx = { data, search: SearchIndex.fromLandscape(data) };
  const funding = companyFunding(ctx, "Mistral AI");
  if (funding.kind !== "company-funding") throw new Error("no funding answer for Mistral AI");
  const cases: [string, Answer][] = [
    ["ranking, 10 rows", fundingRanking(ctx, { by: "company", limit: 10 })],
    ["funding, 10 columns", tenRounds(funding)],
  ];
  const options = { rates: data.fxRates, language: "en" as const };
  const rows: string[][] = [];
  let worst = 0;
  for (const [name, answer] of cases) {
    const bars = chartModel(answer, options)?.groups.reduce((n, g) => n + g.bars.length, 0) ?? 0;
    const model = timeEach([answer], (a) => chartModel(a, options), { rounds: runs, warmUp: 1 });
    const png = timeEach([answer], (a) => chartFor(a, options), { rounds: runs, warmUp: 1 });
    const size = chartFor(answer, options)?.png.length ?? Number.NaN;
    const p99 = percentile(png, 0.99);
    worst = Math.max(worst, p99);
    rows.push([
      `${name} (${bars} bars)`,
      formatMs(median(model)),
      formatMs(median(png)),
      formatMs(p99),
      formatBytes(size),
      p99 < TARGET_P99_MS ? "PASS" : "MISS",
    ]);
  }
  console.log(`${runs} charts each, 800×450+ at scale 2 (1600 px wide)`);
  console.log(
    table(["chart", "model median", "PNG median", "PNG p99", "PNG size", `p99 < ${TARGET_P99_MS} ms`], rows),
  );
  console.log(`worst p99: ${formatMs(worst)} ${worst < TARGET_P99_MS ? "PASS" : "MISS"}`);

  const loop: string[][] = [];
  for (const [name, answer] of cases) {
    const baseline = timeEach([answer], (a) => chartFor(a, options), { rounds: runs, warmUp: 1 });
    const { blocked, ready } = await timeOffLoop(answer, options, runs);
    loop.push([
      name,
      formatMs(median(baseline)),
      formatMs(median(blocked)),
      formatMs(percentile(blocked, 0.99)),
      formatRatio(median(blocked), median(baseline)),
      formatMs(median(ready)),
    ]);
  }
  console.log("\nevent loop held per chart: the bot's renderChart (PNG encoded off the loop) vs chartFor");
  console.log(
    table(
      ["chart", "chartFor median", "renderChart median", "renderChart p99", "ratio", "PNG ready median"],
      loop,
    ),
  );
}
