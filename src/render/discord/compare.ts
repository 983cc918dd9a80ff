// Companies side by side: one field per figure, a line per company, the leader named below.
import type { APIEmbed } from "discord.js";
import type { ComparisonAnswer } from "../../answers/types.js";
import { cellText, leaderText } from "../compare-cells.js";
import type { SourceDetail } from "../phrases.js";
import { COLOURS, type DiscordMessage, discordStyle as style } from "./payload.js";
import { footer, ratesField, sourcesField } from "./sections.js";

export function renderCompareEmbed(answer: ComparisonAnswer, detail: SourceDetail = "full"): DiscordMessage {
  const embed: APIEmbed = {
    title: answer.companies.map((c) => c.name).join(" vs "),
    color: COLOURS.comparison,
    description: `Figure by figure, amounts compared in ${answer.currency}. "Undisclosed" is never counted as zero.`,
    fields: [
      ...answer.rows.map((row) => {
        const leader = leaderText(row, answer);
        const lines = row.cells.map((cell, i) => {
          const company = answer.companies[i];
          const lead = row.leader?.includes(company?.id ?? "") ? "🏆 " : "";
          return `${lead}**${style.escape(company?.name ?? "?")}**: ${cellText(cell, style)}`;
        });
        return {
          name: `${row.disputed ? "⚠️ " : ""}${row.label}`,
          value: [...lines, leader !== "" ? `→ *${leader}*` : ""].filter((l) => l !== "").join("\n"),
        };
      }),
      ...ratesField(answer.rates),
      ...sourcesField(answer.sources, detail),
    ],
    footer: footer(answer),
  };
  return { embeds: [embed], allowed_mentions: { parse: [] } };
}
