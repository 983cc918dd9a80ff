// `npm run data:report [path]`: what the landscape holds, as tables: counts, profile completeness,
// rounds, facts per company, sources per publisher, what is going stale, quotes missing. Exits 1
// when the data breaks a rule (the same validation start-up runs), listing every problem.
import { DatasetError, loadLandscape } from "../src/data/load.js";
import { dataReport } from "../src/data/report.js";

const path = process.argv[2] ?? process.env.DATA_PATH;
const STALE_ROWS = 15;

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? "")].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) =>
        typeof rows[0]?.[i] === "number" ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0),
      )
      .join("  ");
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

const percent = (n: number, of: number) => (of === 0 ? "-" : `${Math.round((100 * n) / of)}%`);

let data: ReturnType<typeof loadLandscape>;
try {
  data = loadLandscape(path);
} catch (error) {
  if (error instanceof DatasetError) {
    console.error(error.message);
    console.error("\nThe data breaks the rules above: fix them and run npm run data:report again.");
    process.exit(1);
  }
  throw error;
}

const r = dataReport(data);
const c = r.counts;
const out: string[] = [];
out.push(`Landscape data as of ${r.asOf}${path !== undefined ? ` (${path})` : ""}`);
out.push(
  table(
    [
      "companies",
      "rounds",
      "people",
      "investors",
      "sources",
      "citations",
      "national facts",
      "exchange rates",
    ],
    [[c.companies, c.rounds, c.people, c.investors, c.sources, c.citations, c.ecosystem, c.rates]],
  ),
);
out.push(
  "\nProfile completeness\n" +
    table(
      ["field", "companies", "share"],
      r.completeness.map((f) => [f.field, f.have, percent(f.have, c.companies)]),
    ),
);
out.push(
  `\nRounds by stage\n${table(
    ["stage", "rounds"],
    Object.entries(r.roundsByStage).sort((a, b) => b[1] - a[1]),
  )}`,
);
out.push(
  `\nRounds by year\n${table(
    ["year", "rounds"],
    Object.entries(r.roundsByYear).sort((a, b) => a[0].localeCompare(b[0])),
  )}`,
);
out.push(
  `\nFacts per company (most first)\n${table(
    ["company", "rounds", "facts", "sources", "oldest as-of", "missing"],
    [...r.companies]
      .sort((a, b) => b.facts - a.facts || a.name.localeCompare(b.name))
      .map((x) => [x.name, x.rounds, x.facts, x.sources, x.oldest ?? "-", x.missing.join(", ") || "-"]),
  )}`,
);
out.push(
  `\nGoing stale: the ${STALE_ROWS} companies whose newest figure is oldest\n${table(
    ["company", "newest as-of", "oldest as-of"],
    [...r.companies]
      .filter((x) => x.newest !== undefined)
      .sort((a, b) => (a.newest ?? "").localeCompare(b.newest ?? ""))
      .slice(0, STALE_ROWS)
      .map((x) => [x.name, x.newest ?? "-", x.oldest ?? "-"]),
  )}`,
);
out.push(
  `\nSources per publisher\n${table(
    ["publisher", "citations"],
    r.publishers.map((p) => [p.publisher, p.citations]),
  )}`,
);
out.push(`\nCitations of a page without a quote: ${r.unquoted.length}`);
for (const u of r.unquoted) out.push(`  - ${u}`);
console.log(out.join("\n"));
// The loader refuses a page cited without its quote; this is the report's own check of the same rule.
process.exit(r.unquoted.length > 0 ? 1 : 0);
