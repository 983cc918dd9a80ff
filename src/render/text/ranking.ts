// The funding ranking for the terminal: a numbered, aligned list, then national totals and rates.
import type { FundingRankingAnswer, RankingEntry } from "../../answers/types.js";
import { formatConverted } from "../format.js";
import { comparableText, moneyText, nationalLines, roundName, roundText, totalText } from "../phrases.js";
import { rankingTitle, totalSuffix } from "../titles.js";
import { blocks, bullets, hanging, heading, section } from "./layout.js";
import { asOfLine, ratesSection, sourcesSection, textStyle as style } from "./sections.js";

function entryText(entry: RankingEntry): string {
  const flags = [entry.amount.converted.length > 0 ? formatConverted(entry.amount.value) : ""].filter(
    (f) => f !== "",
  );
  const suffix = flags.length > 0 ? ` (${flags.join("; ")})` : "";
  if (entry.round !== undefined)
    return `${entry.company.name}: ${roundName(entry.round)}: ${moneyText(entry.round.amount, style)}${suffix}`;
  if (entry.total !== undefined)
    return `${entry.company.name}: ${totalText(entry.total, style)}${totalSuffix(entry)}`;
  const rounds = (entry.rounds ?? []).map((r) => `${roundName(r)} ${moneyText(r.amount, style)}`).join("; ");
  return `${entry.company.name}: ${comparableText(entry.amount)} (${rounds})`;
}

export function renderRankingText(answer: FundingRankingAnswer): string {
  const width = String(answer.entries.at(-1)?.rank ?? 1).length + 2;
  const more = answer.matched - answer.page.offset - answer.entries.length;
  return blocks([
    heading(rankingTitle(answer)),
    [
      ...answer.entries.map((e) => hanging(`${`${e.rank}.`.padStart(width)} `, entryText(e))),
      answer.entries.length === 0 ? "No completed round in the data matches." : "",
      more > 0 ? `   ...and ${more} more` : "",
      `Amounts compared in ${answer.currency}; only completed rounds are ranked.`,
    ]
      .filter((l) => l !== "")
      .join("\n"),
    section(
      "Reported, not completed (not ranked)",
      bullets(
        answer.reportedRounds.map(
          (r) => `${r.company.name}: ${roundText(r.round, style, { investors: false })}`,
        ),
      ),
    ),
    section(
      "Not ranked (amount undisclosed)",
      answer.unranked.length > 0 ? [answer.unranked.map((c) => c.name).join(", ")] : [],
    ),
    section("National totals", bullets(nationalLines(answer.national, style))),
    ratesSection(answer.rates),
    sourcesSection(answer.sources),
    asOfLine(answer),
  ]);
}
