// `npx tsx scripts/render-docs.ts`: renders example charts from the real dataset into docs/images/,
// so the charts can be looked at (and reviewed in a diff) without running the bot, and pictures of
// whole replies as Discord shows them (docs/images/reply-*.png, see scripts/docs/replies.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { companyFunding, compareCompanies, fundingRanking } from "../src/answers/index.js";
import type { Answer, ComparisonAnswer } from "../src/answers/types.js";
import { loadLandscape } from "../src/data/load.js";
import type { Language } from "../src/i18n/index.js";
import { chartFor } from "../src/render/chart/index.js";
import { SearchIndex } from "../src/search/index.js";
import { renderReplies } from "./docs/replies.js";

const out = fileURLToPath(new URL("../docs/images/", import.meta.url));
const data = loadLandscape();
const ctx = { data, search: SearchIndex.fromLandscape(data) };

/**
 * No answer from the built-in data has an Arabic label (names are in Latin script; the Arabic
 * spellings are search aliases), but a self-hoster's data may: this swaps each company's first
 * Arabic alias in as its name, to show the Arabic is shaped and right-to-left.
 */
function withArabicNames(answer: ComparisonAnswer): ComparisonAnswer {
  const arabic = (id: string) =>
    data.companies.find((c) => c.id === id)?.aliases.find((a) => /[\u0600-\u06ff]/u.test(a));
  return {
    ...answer,
    companies: answer.companies.map((c) => ({ ...c, name: arabic(c.id) ?? c.name })),
  };
}

function compare(names: string[]): ComparisonAnswer {
  const answer = compareCompanies(ctx, names);
  if (answer.kind !== "comparison") throw new Error(`No comparison for ${names.join(", ")}: ${answer.kind}`);
  return answer;
}

/** The file, the answer, and the chart's language (English unless given). */
const examples: [string, Answer, Language?][] = [
  ["funding-mistral-ai", companyFunding(ctx, "Mistral AI")],
  ["funding-ami-labs", companyFunding(ctx, "AMI Labs")],
  ["ranking-rounds-2024", fundingRanking(ctx, { by: "round", year: 2024 })],
  ["ranking-companies", fundingRanking(ctx, { by: "company" })],
  ["compare-mistral-hugging-face-poolside", compare(["Mistral AI", "Hugging Face", "Poolside"])],
  ["compare-four-with-undisclosed", compare(["H Company", "Kyutai", "Photoroom", "Gradium"])],
  ["compare-arabic-names", withArabicNames(compare(["Mistral AI", "Hugging Face", "H Company"]))],
  ["funding-mistral-ai-fr", companyFunding(ctx, "Mistral AI"), "fr"],
  ["compare-ar", compare(["Mistral AI", "Hugging Face", "Poolside"]), "ar"],
];

mkdirSync(out, { recursive: true });
for (const [file, answer, language] of examples) {
  const chart = chartFor(answer, { rates: data.fxRates, language: language ?? "en" });
  if (chart === undefined) throw new Error(`${file}: the answer has no chart`);
  writeFileSync(`${out}${file}.png`, chart.png);
  console.log(
    `docs/images/${file}.png  ${(chart.png.length / 1024).toFixed(0)} KiB  ${chart.alt.length} chars of alt text`,
  );
}

await renderReplies(out);
