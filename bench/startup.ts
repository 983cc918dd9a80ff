// Bench section "startup": how long the bot takes, once its code is loaded, to read the built-in
// landscape folder, validate it (schema, links, sourcing rules), build the search index and warm
// its caches, beside the floor of reading and parsing the same files with no check at all.
// Target: under a second. Each step is timed over several runs; the median is printed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadApp, warmUp } from "../src/app.js";
import { BUILT_IN_DATA_PATH, loadLandscape } from "../src/data/load.js";
import { SearchIndex } from "../src/search/index.js";
import { formatMs, formatRatio, median, table } from "./stats.js";

const RUNS = 7;

function timed(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Every JSON file of the folder read and parsed, nothing checked: the floor. */
function parseOnly(): void {
  const files = [
    "meta.json",
    "sources.json",
    "people.json",
    "investors.json",
    "ecosystem.json",
    "rates.json",
  ];
  for (const f of files) JSON.parse(readFileSync(join(BUILT_IN_DATA_PATH, f), "utf8"));
  const dir = join(BUILT_IN_DATA_PATH, "companies");
  for (const f of readdirSync(dir)) JSON.parse(readFileSync(join(dir, f), "utf8"));
}

export function runStartupBench(): void {
  const floor = timed(parseOnly);
  const load = timed(() => loadLandscape());
  const data = loadLandscape();
  const index = timed(() => SearchIndex.fromLandscape(data));
  // loadApp: load + translation tables + index; warm-up: the caches the first questions build.
  const app = timed(() => loadApp());
  const warm = timed(() => warmUp(loadApp())) - app;
  const total = app + warm;
  console.log(
    `\n${table(
      ["start-up step", "time", "parse-only floor", "ratio"],
      [
        ["read + validate the landscape", formatMs(load), formatMs(floor), formatRatio(load, floor)],
        ["build the search index", formatMs(index), "", ""],
        ["load, index and translate (loadApp)", formatMs(app), "", ""],
        ["warm-up of the answer caches", formatMs(warm), "", ""],
        ["ready to answer", formatMs(total), "", ""],
      ],
    )}\n(${data.companies.length} companies, ${data.sources.length} sources; median of ${RUNS} runs each)`,
  );
  console.log(`\nTargets\n  start-up under 1 s: ${formatMs(total)}  ${total < 1000 ? "PASS" : "MISS"}`);
}
