#!/usr/bin/env node
// `npm audit --omit=dev`, failing on a high or critical advisory in what the bot ships. Where the
// registry's advisory endpoint can't be reached (some mirrors and proxies refuse it), say so plainly
// and don't fail: that is "not checked", not "no advisory".
import { spawnSync } from "node:child_process";

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit printed no JSON report:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
if (report.error !== undefined || report.statusCode !== undefined) {
  console.warn(
    `npm audit: NOT CHECKED: the advisory endpoint answered ${report.statusCode ?? "an error"} ` +
      `(${report.message ?? report.error?.summary ?? "no detail"}). Run \`npm audit --omit=dev\` where the registry allows it.`,
  );
  process.exit(0);
}
const counts = report.metadata?.vulnerabilities ?? {};
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit (production dependencies): ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ` +
    `${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
);
if (serious > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {}))
    if (v.severity === "high" || v.severity === "critical")
      console.log(`  ${v.severity}: ${name} (${v.range})`);
  process.exit(1);
}
