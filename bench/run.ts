// `npm run bench [-- <section>...] [--sizes=20,1000] [--misses] [--no-baseline]`: a script, not a test. It prints
// tables and PASS/MISS next to targets, and never fails on a missed target. Heap figures need a
// full GC: stats.ts switches `--expose-gc` on at run time, so plain `tsx bench/run.ts` works
// (`node --expose-gc --import tsx bench/run.ts` does too).
//
// To add a section (question answering, chart rendering...): write bench/<name>.ts exporting a
// function, and register it below.
import { runQuestionBench } from "./questions.js";
import { runSearchBench } from "./search.js";
import { collectGarbage } from "./stats.js";

interface Flags {
  sizes?: number[];
  misses: boolean;
  noBaseline: boolean;
}

const SECTIONS: Readonly<Record<string, (flags: Flags) => void | Promise<void>>> = {
  search: (flags) => runSearchBench(flags),
  chart: async () => (await import("./chart.js")).runChartBench(),
  questions: (flags) => runQuestionBench(flags),
  startup: async () => (await import("./startup.js")).runStartupBench(),
  load: async () => (await import("./load.js")).runLoadBench(),
};

const args = process.argv.slice(2);
const sizesArg = args.find((a) => a.startsWith("--sizes="));
const flags: Flags = { misses: args.includes("--misses"), noBaseline: args.includes("--no-baseline") };
if (sizesArg) flags.sizes = sizesArg.slice("--sizes=".length).split(",").map(Number).filter(Number.isFinite);
const wanted = args.filter((a) => !a.startsWith("--"));
const unknown = wanted.filter((name) => !(name in SECTIONS));
if (unknown.length > 0) {
  console.error(
    `Unknown bench section(s): ${unknown.join(", ")}. Known: ${Object.keys(SECTIONS).join(", ")}.`,
  );
  process.exit(2);
}

console.log(
  `landscape-bot bench — Node ${process.version}, ${process.platform}/${process.arch}` +
    (collectGarbage() ? "" : " (no gc: heap figures unavailable)"),
);
const started = performance.now();
for (const name of wanted.length > 0 ? wanted : Object.keys(SECTIONS)) {
  console.log(`\n== ${name} ==`);
  await SECTIONS[name]?.(flags);
}
console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
