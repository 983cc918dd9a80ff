// A company's card as a Discord embed: the figures inline, the longer lists below, sources last.
// What each part says is written once, in ../cards.ts.
import type { APIEmbed } from "discord.js";
import type { CompanyProfileAnswer } from "../../answers/types.js";
import type { Messages } from "../../i18n/index.js";
import { profileCard } from "../cards.js";
import { COLOURS, type DiscordMessage, discordStyleFor, domainUrl } from "./payload.js";
import { disputesField, field, footer, type SourcesShown, sourcesField } from "./sections.js";

/** A card shows this many at most; /startup's Sources and the notes' own sources hold the rest. */
const MAX_NOTES = 5;
const MAX_PRODUCTS = 6;

const bulleted = (lines: readonly string[]) => lines.map((line) => `• ${line}`);

export function renderProfileEmbed(
  answer: CompanyProfileAnswer,
  detail: SourcesShown,
  m: Messages,
): DiscordMessage {
  const style = discordStyleFor(m.language);
  const card = profileCard(answer, style, m);
  const url = domainUrl(answer.company.domain);
  const embed: APIEmbed = {
    title: answer.company.name,
    ...(url !== undefined ? { url } : {}),
    color: COLOURS["company-profile"],
    description: [card.description, style.italic(card.categories.join(" · "))].join("\n"),
    fields: [
      ...field(m.labels.founded, [card.founded], true),
      ...field(m.labels.headquarters, [card.hq], true),
      ...field(m.labels.status, [card.status], true),
      ...field(m.labels.valuation, card.valuation, true),
      ...field(m.labels.totalRaised, [
        card.total,
        card.converted !== undefined ? style.italic(card.converted) : "",
      ]),
      ...field(m.labels.latestRound, [
        card.latestRound ?? m.profile.noCompletedRound,
        answer.roundCount > 1 ? style.italic(m.profile.roundsOnRecord(answer.roundCount)) : "",
      ]),
      ...field(m.labels.reportedSince, bulleted(card.reportedRounds)),
      ...field(card.foundersLabel, bulleted(card.founders)),
      ...field(m.labels.people, bulleted(card.people)),
      ...field(m.labels.products, bulleted(card.products.slice(0, MAX_PRODUCTS))),
      ...field(m.labels.metrics, bulleted(card.metrics)),
      ...field(m.labels.notes, bulleted(card.notes.slice(0, MAX_NOTES))),
      ...disputesField(answer.disputes, m),
      ...sourcesField(answer.sources, detail, m),
    ],
    footer: footer(answer, m),
  };
  return { embeds: [embed], allowed_mentions: { parse: [] } };
}
