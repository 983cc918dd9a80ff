// One company's rounds as a Discord embed: one field per round, oldest first.
import type { APIEmbed } from "discord.js";
import type { CompanyFundingAnswer } from "../../answers/types.js";
import type { Messages } from "../../i18n/index.js";
import { formatSourceMarks } from "../format.js";
import {
  conversionText,
  filterText,
  investorsText,
  moneyText,
  roundName,
  totalText,
  valuationText,
} from "../phrases.js";
import { COLOURS, type DiscordMessage, discordStyleFor } from "./payload.js";
import { disputesField, footer, type SourcesShown, sourcesField } from "./sections.js";

export function renderFundingEmbed(
  answer: CompanyFundingAnswer,
  detail: SourcesShown,
  m: Messages,
): DiscordMessage {
  const style = discordStyleFor(m.language);
  const total = answer.totalRaised;
  const converted = total.comparable !== undefined && total.comparable.converted.length > 0;
  const label = (name: string, value: string) => `${name}${m.colon}${value}`;
  const embed: APIEmbed = {
    title: m.funding.title(answer.company.name),
    color: COLOURS["company-funding"],
    description: [
      `**${m.labels.totalRaised}${m.colon.trimEnd()}** ${totalText(total, style, m)}`,
      converted && total.comparable !== undefined
        ? `*${m.figures.converted(conversionText(total.comparable, m))}*`
        : "",
      answer.filter !== undefined ? `*${filterText(answer.filter, answer.rounds.length, m)}*` : "",
      answer.rounds.length === 0 && answer.filter === undefined ? m.funding.noRounds : "",
    ]
      .filter((l) => l !== "")
      .join("\n"),
    fields: [
      ...answer.rounds.map((round) => {
        const investors = investorsText(round, style, m);
        const reported = round.status === "reported";
        return {
          name: `${reported ? "📰 " : ""}${roundName(round, m)}${reported ? ` (${m.funding.reported})` : ""}`,
          value: [
            label(m.labels.amount, moneyText(round.amount, style, m)),
            label(m.labels.valuation, valuationText(round.valuation, style, m)),
            label(m.labels.investors, investors !== "" ? investors : m.figures.notInData),
            round.totalRaisedAfter !== undefined
              ? label(m.labels.totalAfter, moneyText(round.totalRaisedAfter, style, m))
              : "",
            round.note !== undefined ? `*${style.escape(round.note)}*` : "",
            label(m.labels.sources, formatSourceMarks(round.sources)),
          ]
            .filter((l) => l !== "")
            .join("\n"),
        };
      }),
      ...disputesField(answer.disputes, m),
      ...sourcesField(answer.sources, detail, m),
    ],
    footer: footer(answer, m),
  };
  return { embeds: [embed], allowed_mentions: { parse: [] } };
}
