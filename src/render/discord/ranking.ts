// The ranking of rounds (or companies) by amount, with the national totals for context.
import type { APIEmbed } from "discord.js";
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
import { COLOURS, type DiscordMessage, discordStyleFor } from "./payload.js";
import { field, footer, ratesField, type SourcesShown, sourcesField } from "./sections.js";

function entryLine(entry: RankingEntry, m: Messages): string {
  const style = discordStyleFor(m.language);
  const name = `**${style.escape(entry.company.name)}**`;
  const rank = `**${entry.rank}.** ${name}${m.colon}`;
  const suffix =
    entry.amount.converted.length > 0 ? ` (${formatConverted(entry.amount.value, m.language)})` : "";
  if (entry.round !== undefined)
    return `${rank}${roundName(entry.round, m)}${m.colon}${moneyText(entry.round.amount, style, m)}${suffix}`;
  if (entry.total !== undefined) return `${rank}${totalText(entry.total, style, m)}${totalSuffix(entry, m)}`;
  const rounds = (entry.rounds ?? [])
    .map((r) => `${roundName(r, m)} ${moneyText(r.amount, style, m)}`)
    .join(m.semicolon);
  return `${rank}${comparableText(entry.amount, m)} (${rounds})`;
}

export function renderRankingEmbed(
  answer: FundingRankingAnswer,
  detail: SourcesShown,
  m: Messages,
): DiscordMessage {
  const style = discordStyleFor(m.language);
  const lines = answer.entries.map((e) => entryLine(e, m));
  if (answer.entries.length === 0) lines.push(m.ranking.noMatch);
  const { offset } = answer.page;
  if (answer.matched > answer.entries.length)
    lines.push(`*${m.ranking.page(offset + 1, offset + answer.entries.length, answer.matched)}*`);
  const embed: APIEmbed = {
    title: rankingTitle(answer, m),
    color: COLOURS["funding-ranking"],
    description: [...lines, "", `*${m.ranking.comparedIn(answer.currency)}*`].join("\n"),
    fields: [
      ...field(
        m.labels.reportedNotRanked,
        answer.reportedRounds.map(
          (r) =>
            `• **${style.escape(r.company.name)}**${m.colon}${roundText(r.round, style, { investors: false }, m)}`,
        ),
      ),
      ...field(
        m.labels.unranked,
        answer.unranked.length > 0 ? [unrankedText(answer.unranked, style, m)] : [],
      ),
      ...field(
        m.labels.nationalTotals,
        nationalLines(answer.national, style, m).map((l) => `• ${l}`),
      ),
      ...ratesField(answer.rates, m),
      ...sourcesField(answer.sources, detail, m),
    ],
    footer: footer(answer, m),
  };
  return { embeds: [embed], allowed_mentions: { parse: [] } };
}
