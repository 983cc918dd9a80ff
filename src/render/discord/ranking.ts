// The ranking of rounds (or companies) by amount, with the national totals for context.
import type { APIEmbed } from "discord.js";
import type { FundingRankingAnswer, RankingEntry } from "../../answers/types.js";
import { formatConverted } from "../format.js";
import type { SourceDetail } from "../phrases.js";
import { comparableText, moneyText, nationalLines, roundName, roundText, totalText } from "../phrases.js";
import { rankingTitle, totalSuffix } from "../titles.js";
import { COLOURS, type DiscordMessage, discordStyle as style } from "./payload.js";
import { field, footer, ratesField, sourcesField } from "./sections.js";

function entryLine(entry: RankingEntry): string {
  const name = `**${style.escape(entry.company.name)}**`;
  const flags = [entry.amount.converted.length > 0 ? `${formatConverted(entry.amount.value)}` : ""].filter(
    (f) => f !== "",
  );
  const suffix = flags.length > 0 ? ` (${flags.join("; ")})` : "";
  if (entry.round !== undefined)
    return `**${entry.rank}.** ${name}: ${roundName(entry.round)}: ${moneyText(entry.round.amount, style)}${suffix}`;
  if (entry.total !== undefined)
    return `**${entry.rank}.** ${name}: ${totalText(entry.total, style)}${totalSuffix(entry)}`;
  const rounds = (entry.rounds ?? []).map((r) => `${roundName(r)} ${moneyText(r.amount, style)}`).join("; ");
  return `**${entry.rank}.** ${name}: ${comparableText(entry.amount)} (${rounds})`;
}

export function renderRankingEmbed(
  answer: FundingRankingAnswer,
  detail: SourceDetail = "full",
): DiscordMessage {
  const lines = answer.entries.map(entryLine);
  if (answer.entries.length === 0) lines.push("No completed round in the data matches.");
  const { offset } = answer.page;
  if (answer.matched > answer.entries.length)
    lines.push(`*${offset + 1}–${offset + answer.entries.length} of ${answer.matched}*`);
  const embed: APIEmbed = {
    title: rankingTitle(answer),
    color: COLOURS["funding-ranking"],
    description: [
      ...lines,
      "",
      `*Amounts compared in ${answer.currency}; only completed rounds are ranked.*`,
    ].join("\n"),
    fields: [
      ...field(
        "Reported, not completed (not ranked)",
        answer.reportedRounds.map(
          (r) => `• **${style.escape(r.company.name)}**: ${roundText(r.round, style, { investors: false })}`,
        ),
      ),
      ...field(
        "Not ranked (amount undisclosed)",
        answer.unranked.length > 0 ? [answer.unranked.map((c) => style.escape(c.name)).join(", ")] : [],
      ),
      ...field(
        "National totals",
        nationalLines(answer.national, style).map((l) => `• ${l}`),
      ),
      ...ratesField(answer.rates),
      ...sourcesField(answer.sources, detail),
    ],
    footer: footer(answer),
  };
  return { embeds: [embed], allowed_mentions: { parse: [] } };
}
