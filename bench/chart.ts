// Bench section "chart": the PNG charts, drawn N times from the real dataset. A 10-row ranking
// (every company's total) and a 10-column funding history (Mistral AI's rounds, repeated to ten),
// answer to PNG, plus the chart model alone. Target: p99 < 150 ms per chart on this machine.
import { companyFunding, fundingRanking } from "../src/answers/index.js";
import type { Answer, CompanyFundingAnswer } from "../src/answers/types.js";
import { loadLandscape } from "../src/data/load.js";
import { chartFor, chartModel } from "../src/render/chart/index.js";
import { SearchIndex } from "../src/search/index.js";
import { formatBytes, formatMs, median, percentile, table, timeEach } from "./stats.js";

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

export function runChartBench(runs = RUNS): void {
  const data = loadLandscape();
  const ctx = { data, search: SearchIndex.fromLandscape(data) };
  const funding = companyFunding(ctx, "Mistral AI");
  if (funding.kind !== "company-funding") throw new Error("no funding answer for Mistral AI");
  const cases: [string, Answer][] = [
    ["ranking, 10 rows", fundingRanking(ctx, { by: "company", limit: 10 })],
    ["funding, 10 columns", tenRounds(funding)],
  ];
  const options = { rates: data.fxRates };
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
}
