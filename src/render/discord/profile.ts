// A company's card as a Discord embed: the figures inline, the longer lists below, sources last.
import type { APIEmbed } from "discord.js";
import type { CompanyProfileAnswer, ValuationView } from "../../answers/types.js";
import type { Messages } from "../../i18n/index.js";
import { formatCategory, formatDate, formatSourceMarks } from "../format.js";
import {
  conversionText,
  dateText,
  metricText,
  personLine,
  placeFigureText,
  roundName,
  roundText,
  statusText,
  textFigure,
  totalText,
  valuationText,
} from "../phrases.js";
import { COLOURS, type DiscordMessage, discordStyleFor, domainUrl } from "./payload.js";
import { disputesField, field, footer, type SourcesShown, sourcesField } from "./sections.js";

const MAX_NOTES = 5;
const MAX_PRODUCTS = 6;

export function valuationLines(valuation: ValuationView, m: Messages): string[] {
  const style = discordStyleFor(m.language);
  const lines: string[] = [];
  if (valuation.latest === undefined) lines.push(m.figures.notInData);
  else
    lines.push(
      `${valuationText(valuation.latest.figure, style, m)} (${roundName(valuation.latest.round, m)})`,
    );
  for (const talk of valuation.reported)
    lines.push(
      `${m.profile.valuationTalks(
        valuationText(talk.figure, style, m),
        formatDate(talk.round.date, { language: m.language }),
      )} *${m.profile.notCompleted}*`,
    );
  return lines;
}

export function renderProfileEmbed(
  answer: CompanyProfileAnswer,
  detail: SourcesShown,
  m: Messages,
): DiscordMessage {
  const style = discordStyleFor(m.language);
  const url = domainUrl(answer.company.domain);
  const total = answer.totalRaised;
  const converted = total.comparable !== undefined && total.comparable.converted.length > 0;
  const date = (d: string) => formatDate(d, { language: m.language });
  const embed: APIEmbed = {
    title: answer.company.name,
    ...(url !== undefined ? { url } : {}),
    color: COLOURS["company-profile"],
    description: [
      textFigure(answer.description, style, m),
      `*${answer.categories.map((c) => formatCategory(c, m.language)).join(" · ")}*`,
    ].join("\n"),
    fields: [
      ...field(
        m.labels.founded,
        [answer.founded !== undefined ? dateText(answer.founded, style, m) : m.figures.notInData],
        true,
      ),
      ...field(
        m.labels.headquarters,
        [answer.hq !== undefined ? placeFigureText(answer.hq, style, m) : m.figures.notInData],
        true,
      ),
      ...field(m.labels.status, [statusText(answer.status, style, m)], true),
      ...field(m.labels.valuation, valuationLines(answer.valuation, m), true),
      ...field(m.labels.totalRaised, [
        totalText(total, style, m),
        converted && total.comparable !== undefined
          ? `*${m.figures.converted(conversionText(total.comparable, m))}*`
          : "",
      ]),
      ...field(m.labels.latestRound, [
        answer.latestRound !== undefined
          ? roundText(answer.latestRound, style, {}, m)
          : m.profile.noCompletedRound,
        answer.roundCount > 1 ? `*${m.profile.roundsOnRecord(answer.roundCount)}*` : "",
      ]),
      ...field(
        m.labels.reportedSince,
        answer.reportedRounds.map((r) => `• ${roundText(r, style, {}, m)}`),
      ),
      ...field(
        answer.founders.length === 1 ? m.labels.founder : m.labels.founders,
        answer.founders.map((p) => `• ${personLine(p, style, m)}`),
      ),
      ...field(
        m.labels.people,
        answer.people.map((p) => `• ${personLine(p, style, m)}`),
      ),
      ...field(
        m.labels.products,
        answer.products.slice(0, MAX_PRODUCTS).map((p) => {
          const launched =
            p.launched !== undefined ? ` (${m.profile.launched(dateText(p.launched, style, m))})` : "";
          return `• **${style.escape(p.name)}**${launched}${m.colon}${textFigure(p.description, style, m)}`;
        }),
      ),
      ...field(
        m.labels.metrics,
        answer.metrics.map(
          (x) =>
            `• ${style.escape(x.label)}${m.colon}${metricText(x, style, m)} (${date(x.figure.claims[0]?.asOf ?? "")})`,
        ),
      ),
      ...field(
        m.labels.notes,
        answer.notes
          .slice(0, MAX_NOTES)
          .map((n) => `• ${date(n.asOf)}${m.colon}${style.escape(n.text)} ${formatSourceMarks(n.sources)}`),
      ),
      ...disputesField(answer.disputes, m),
      ...sourcesField(answer.sources, detail, m),
    ],
    footer: footer(answer, m),
  };
  return { embeds: [embed], allowed_mentions: { parse: [] } };
}
