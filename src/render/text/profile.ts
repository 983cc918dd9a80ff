// A company's card for the terminal.
import type { CompanyProfileAnswer } from "../../answers/types.js";
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
import { blocks, bullets, heading, rows, section } from "./layout.js";
import { asOfLine, disputesSection, sourcesSection, textStyleFor } from "./sections.js";

export function renderProfileText(answer: CompanyProfileAnswer, m: Messages): string {
  const style = textStyleFor(m.language);
  const total = answer.totalRaised;
  const valuation = answer.valuation;
  const date = (d: string) => formatDate(d, { language: m.language });
  const valuationLines = [
    valuation.latest === undefined
      ? m.figures.notInData
      : `${valuationText(valuation.latest.figure, style, m)} (${roundName(valuation.latest.round, m)})`,
    ...valuation.reported.map(
      (t) =>
        `${m.profile.valuationTalks(valuationText(t.figure, style, m), date(t.round.date))} ${m.profile.notCompleted}`,
    ),
  ];
  return blocks([
    heading(
      answer.company.name + (answer.company.domain !== undefined ? `  (${answer.company.domain})` : ""),
    ),
    textFigure(answer.description, style, m),
    rows([
      [m.labels.categories, answer.categories.map((c) => formatCategory(c, m.language)).join(m.comma)],
      [
        m.labels.founded,
        answer.founded !== undefined ? dateText(answer.founded, style, m) : m.figures.notInData,
      ],
      [
        m.labels.headquarters,
        answer.hq !== undefined ? placeFigureText(answer.hq, style, m) : m.figures.notInData,
      ],
      [m.labels.status, statusText(answer.status, style, m)],
      [m.labels.totalRaised, totalText(total, style, m)],
      [
        "",
        total.comparable !== undefined && total.comparable.converted.length > 0
          ? m.figures.converted(conversionText(total.comparable, m))
          : "",
      ],
      [
        m.labels.latestRound,
        answer.latestRound !== undefined ? roundText(answer.latestRound, style, {}, m) : m.profile.noRound,
      ],
      [m.labels.rounds, answer.roundCount > 0 ? m.profile.roundsCount(answer.roundCount) : ""],
      [m.labels.valuation, valuationLines.join("\n")],
    ]),
    section(m.labels.reportedSince, bullets(answer.reportedRounds.map((r) => roundText(r, style, {}, m)))),
    section(
      answer.founders.length === 1 ? m.labels.founder : m.labels.founders,
      bullets(answer.founders.map((p) => personLine(p, style, m))),
    ),
    section(m.labels.people, bullets(answer.people.map((p) => personLine(p, style, m)))),
    section(
      m.labels.products,
      bullets(
        answer.products.map((p) => {
          const launched =
            p.launched !== undefined ? ` (${m.profile.launched(dateText(p.launched, style, m))})` : "";
          return `${style.escape(p.name)}${launched}${m.colon}${textFigure(p.description, style, m)}`;
        }),
      ),
    ),
    section(
      m.labels.metrics,
      bullets(
        answer.metrics.map(
          (x) =>
            `${style.escape(x.label)}${m.colon}${metricText(x, style, m)} (${date(x.figure.claims[0]?.asOf ?? "")})`,
        ),
      ),
    ),
    section(
      m.labels.notes,
      bullets(
        answer.notes.map(
          (n) => `${date(n.asOf)}${m.colon}${style.escape(n.text)} ${formatSourceMarks(n.sources)}`,
        ),
      ),
    ),
    disputesSection(answer.disputes, m),
    sourcesSection(answer.sources, m),
    asOfLine(answer, m),
  ]);
}
