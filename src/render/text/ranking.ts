// The funding ranking for the terminal: a numbered, aligned list, then national totals and rates.
import type { FundingRankingAnswer, RankingEntry } from "../../answers/types.js";
import type { Messages } from "../../i18n/index.js";
import { formatConverted } from "../format.js";
import {
  comparableText,
  moneyText,
  nationalLines,
  roundName,
  roundText,
  totalText,
  unrankedText,
} from "../phrases.js";
import { rankingTitle, totalSuffix } from "../titles.js";
import { blocks, bullets, hanging, heading, section } from "./layout.js";
import { asOfLine, ratesSection, sourcesSection, textStyleFor } from "./sections.js";

function entryText(entry: RankingEntry, m: Messages): string {
  const style = textStyleFor(m.language);
  const name = `${style.escape(entry.company.name)}${m.colon}`;
  const suffix =
    entry.amount.converted.length > 0 ? ` (${formatConverted(entry.amount.value, m.language)})` : "";
  if (entry.round !== undefined)
    return `${name}${roundName(entry.round, m)}${m.colon}${moneyText(entry.round.amount, style, m)}${suffix}`;
  if (entry.total !== undefined) return `${name}${totalText(entry.total, style, m)}${totalSuffix(entry, m)}`;
  const rounds = (entry.rounds ?? [])
    .map((r) => `${roundName(r, m)} ${moneyText(r.amount, style, m)}`)
    .join(m.semicolon);
  return `${name}${comparableText(entry.amount, m)} (${rounds})`;
}

export function renderRankingText(answer: FundingRankingAnswer, m: Messages): string {
  const style = textStyleFor(m.language);
  const width = String(answer.entries.at(-1)?.rank ?? 1).length + 2;
  const more = answer.matched - answer.page.offset - answer.entries.length;
  return blocks([
    heading(rankingTitle(answer, m)),
    [
      ...answer.entries.map((e) => hanging(`${`${e.rank}.`.padStart(width)} `, entryText(e, m))),
      answer.entries.length === 0 ? m.ranking.noMatch : "",
      more > 0 ? `   ${m.ranking.more(more)}` : "",
      m.ranking.comparedIn(answer.currency),
    ]
      .filter((l) => l !== "")
      .join("\n"),
    section(
      m.labels.reportedNotRanked,
      bullets(
        answer.reportedRounds.map(
          (r) =>
            `${style.escape(r.company.name)}${m.colon}${roundText(r.round, style, { investors: false }, m)}`,
        ),
      ),
    ),
    section(m.labels.unranked, answer.unranked.length > 0 ? [unrankedText(answer.unranked, style, m)] : []),
    section(m.labels.nationalTotals, bullets(nationalLines(answer.national, style, m))),
    ratesSection(answer.rates, m),
    sourcesSection(answer.sources, m),
    asOfLine(answer, m),
  ]);
}
