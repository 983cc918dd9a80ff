// Companies side by side: one field per figure, a line per company, the leader named below.
import type { APIEmbed } from "discord.js";
import type { ComparisonAnswer } from "../../answers/types.js";
import type { Messages } from "../../i18n/index.js";
import { cellText, leaderText, rowLabel } from "../compare-cells.js";
import { COLOURS, type DiscordMessage, discordStyleFor } from "./payload.js";
import { footer, ratesField, type SourcesShown, sourcesField } from "./sections.js";

export function renderCompareEmbed(
  answer: ComparisonAnswer,
  detail: SourcesShown,
  m: Messages,
): DiscordMessage {
  const style = discordStyleFor(m.language);
  const embed: APIEmbed = {
    title: answer.companies.map((c) => c.name).join(m.versus),
    color: COLOURS.comparison,
    description: m.compare.description(answer.currency),
    fields: [
      ...answer.rows.map((row) => {
        const leader = leaderText(row, answer, m);
        const lines = row.cells.map((cell, i) => {
          const company = answer.companies[i];
          const lead = row.leader?.includes(company?.id ?? "") ? "🏆 " : "";
          return `${lead}**${style.escape(company?.name ?? "?")}**${m.colon}${cellText(cell, style, m)}`;
        });
        return {
          name: `${row.disputed ? "⚠️ " : ""}${rowLabel(row, m)}`,
          value: [...lines, leader !== "" ? `→ *${leader}*` : ""].filter((l) => l !== "").join("\n"),
        };
      }),
      ...ratesField(answer.rates, m),
      ...sourcesField(answer.sources, detail, m),
    ],
    footer: footer(answer, m),
  };
  return { embeds: [embed], allowed_mentions: { parse: [] } };
}
