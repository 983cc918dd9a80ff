// One company's rounds as a Discord embed: one field per round, oldest first.
import type { APIEmbed } from "discord.js";
import type { CompanyFundingAnswer } from "../../answers/types.js";
import { formatSourceMarks } from "../format.js";
import type { SourceDetail } from "../phrases.js";
import { conversionText, investorsText, moneyText, roundName, totalText, valuationText } from "../phrases.js";
import { COLOURS, type DiscordMessage, discordStyle as style } from "./payload.js";
import { disputesField, footer, sourcesField } from "./sections.js";

export function renderFundingEmbed(
  answer: CompanyFundingAnswer,
  detail: SourceDetail = "full",
): DiscordMessage {
  const total = answer.totalRaised;
  const converted = total.comparable !== undefined && total.comparable.converted.length > 0;
  const embed: APIEmbed = {
    title: `${answer.company.name}: funding rounds`,
    color: COLOURS["company-funding"],
    description: [
      `**Total raised:** ${totalText(total, style)}`,
      converted && total.comparable !== undefined ? `*converted: ${conversionText(total.comparable)}*` : "",
      answer.rounds.length === 0 ? "No funding round is in the data." : "",
    ]
      .filter((l) => l !== "")
      .join("\n"),
    fields: [
      ...answer.rounds.map((round) => {
        const investors = investorsText(round, style);
        return {
          name: `${round.status === "reported" ? "📰 " : ""}${roundName(round)}${round.status === "reported" ? " (reported, not completed)" : ""}`,
          value: [
            `Amount: ${moneyText(round.amount, style)}`,
            `Valuation: ${valuationText(round.valuation, style)}`,
            investors !== "" ? `Investors: ${investors}` : "Investors: not in the data",
            round.totalRaisedAfter !== undefined
              ? `Total raised after: ${moneyText(round.totalRaisedAfter, style)}`
              : "",
            round.note !== undefined ? `*${style.escape(round.note)}*` : "",
            `Sources: ${formatSourceMarks(round.sources)}`,
          ]
            .filter((l) => l !== "")
            .join("\n"),
        };
      }),
      ...disputesField(answer.disputes),
      ...sourcesField(answer.sources, detail),
    ],
    footer: footer(answer),
  };
  return { embeds: [embed], allowed_mentions: { parse: [] } };
}
