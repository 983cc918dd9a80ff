// A company's card as a Discord embed: the figures inline, the longer lists below, sources last.
import type { APIEmbed } from "discord.js";
import type { CompanyProfileAnswer, PersonView, ValuationView } from "../../answers/types.js";
import { formatCategory, formatDate, formatSourceMarks } from "../format.js";
import type { SourceDetail } from "../phrases.js";
import {
  conversionText,
  dateText,
  metricText,
  roundName,
  roundText,
  textFigure,
  totalText,
  valuationText,
} from "../phrases.js";
import { COLOURS, type DiscordMessage, domainUrl, discordStyle as style } from "./payload.js";
import { disputesField, field, footer, sourcesField } from "./sections.js";

const MAX_NOTES = 5;
const MAX_PRODUCTS = 6;

export function personLine(person: PersonView): string {
  const role =
    person.role !== undefined && !/^(co-?)?founder$/i.test(person.role)
      ? ` (${style.escape(person.role)})`
      : "";
  const backgroundSources = new Set(person.background?.claims.flatMap((c) => c.sources) ?? []);
  const background = person.background !== undefined ? `: ${textFigure(person.background, style)}` : "";
  const marks = formatSourceMarks(person.sources.filter((n) => !backgroundSources.has(n)));
  return `**${style.escape(person.name)}**${role}${marks === "" ? "" : ` ${marks}`}${background}`;
}

export function valuationLines(valuation: ValuationView): string[] {
  const lines: string[] = [];
  if (valuation.latest === undefined) lines.push("undisclosed");
  else lines.push(`${valuationText(valuation.latest.figure, style)} (${roundName(valuation.latest.round)})`);
  for (const talk of valuation.reported)
    lines.push(
      `${valuationText(talk.figure, style)} in talks reported ${formatDate(talk.round.date)} *(not completed)*`,
    );
  return lines;
}

export function renderProfileEmbed(
  answer: CompanyProfileAnswer,
  detail: SourceDetail = "full",
): DiscordMessage {
  const url = domainUrl(answer.company.domain);
  const total = answer.totalRaised;
  const converted = total.comparable !== undefined && total.comparable.converted.length > 0;
  const embed: APIEmbed = {
    title: answer.company.name,
    ...(url !== undefined ? { url } : {}),
    color: COLOURS["company-profile"],
    description: [
      textFigure(answer.description, style),
      `*${answer.categories.map(formatCategory).join(" · ")}*`,
    ].join("\n"),
    fields: [
      ...field(
        "Founded",
        [answer.founded !== undefined ? dateText(answer.founded, style) : "not in the data"],
        true,
      ),
      ...field(
        "Headquarters",
        [answer.hq !== undefined ? textFigure(answer.hq, style) : "not in the data"],
        true,
      ),
      ...field("Valuation", valuationLines(answer.valuation), true),
      ...field("Total raised", [
        totalText(total, style),
        converted && total.comparable !== undefined ? `*converted: ${conversionText(total.comparable)}*` : "",
      ]),
      ...field("Latest round", [
        answer.latestRound !== undefined
          ? roundText(answer.latestRound, style)
          : "no completed round in the data",
        answer.roundCount > 1 ? `*${answer.roundCount} completed rounds on record: see /funding*` : "",
      ]),
      ...field(
        "Reported since (not completed)",
        answer.reportedRounds.map((r) => `• ${roundText(r, style)}`),
      ),
      ...field(
        answer.founders.length === 1 ? "Founder" : "Founders",
        answer.founders.map((p) => `• ${personLine(p)}`),
      ),
      ...field(
        "People",
        answer.people.map((p) => `• ${personLine(p)}`),
      ),
      ...field(
        "Products",
        answer.products.slice(0, MAX_PRODUCTS).map((p) => {
          const launched = p.launched !== undefined ? ` (launched ${dateText(p.launched, style)})` : "";
          return `• **${style.escape(p.name)}**${launched}: ${textFigure(p.description, style)}`;
        }),
      ),
      ...field(
        "Metrics",
        answer.metrics.map(
          (m) =>
            `• ${style.escape(m.label)}: ${metricText(m, style)} (${formatDate(m.figure.claims[0]?.asOf ?? "")})`,
        ),
      ),
      ...field(
        "Notes",
        answer.notes
          .slice(0, MAX_NOTES)
          .map((n) => `• ${formatDate(n.asOf)}: ${style.escape(n.text)} ${formatSourceMarks(n.sources)}`),
      ),
      ...disputesField(answer.disputes),
      ...sourcesField(answer.sources, detail),
    ],
    footer: footer(answer),
  };
  return { embeds: [embed], allowed_mentions: { parse: [] } };
}
