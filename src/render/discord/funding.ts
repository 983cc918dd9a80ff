// One company's rounds as a Discord embed: one field per round, oldest first. What each part says
// is written once, in ../cards.ts.
import type { APIEmbed } from "discord.js";
import type { CompanyFundingAnswer } from "../../answers/types.js";
import type { Messages } from "../../i18n/index.js";
import { fundingCard, type RoundCard } from "../cards.js";
import { COLOURS, type DiscordMessage, discordStyleFor } from "./payload.js";
import { disputesField, footer, type SourcesShown, sourcesField } from "./sections.js";

function roundField(round: RoundCard, m: Messages): { name: string; value: string } {
  const label = (name: string, value: string | undefined) =>
    value === undefined ? "" : `${name}${m.colon}${value}`;
  return {
    name: `${round.reported ? "📰 " : ""}${round.name}${round.reported ? ` (${m.funding.reported})` : ""}`,
    value: [
      label(m.labels.amount, round.amount),
      label(m.labels.valuation, round.valuation),
      label(m.labels.investors, round.investors),
      label(m.labels.totalAfter, round.totalAfter),
      round.note !== undefined ? `*${round.note}*` : "",
      label(m.labels.sources, round.sources),
    ]
      .filter((l) => l !== "")
      .join("\n"),
  };
}

export function renderFundingEmbed(
  answer: CompanyFundingAnswer,
  detail: SourcesShown,
  m: Messages,
): DiscordMessage {
  const style = discordStyleFor(m.language);
  const card = fundingCard(answer, style, m);
  const italic = (text: string | undefined) => (text === undefined ? "" : style.italic(text));
  const embed: APIEmbed = {
    title: m.funding.title(answer.company.name),
    color: COLOURS["company-funding"],
    description: [
      `**${m.labels.totalRaised}${m.colon.trimEnd()}** ${card.total}`,
      italic(card.converted),
      italic(card.filter),
      card.empty ?? "",
    ]
      .filter((l) => l !== "")
      .join("\n"),
    fields: [
      ...card.rounds.map((round) => roundField(round, m)),
      ...disputesField(answer.disputes, m),
      ...sourcesField(answer.sources, detail, m),
    ],
    footer: footer(answer, m),
  };
  return { embeds: [embed], allowed_mentions: { parse: [] } };
}
