// A company's card for the terminal.
import type { CompanyProfileAnswer, PersonView } from "../../answers/types.js";
import { formatCategory, formatDate, formatSourceMarks } from "../format.js";
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
import { blocks, bullets, heading, rows, section } from "./layout.js";
import { asOfLine, disputesSection, sourcesSection, textStyle as style } from "./sections.js";

function personLine(person: PersonView): string {
  const role = person.role !== undefined && !/^(co-?)?founder$/i.test(person.role) ? ` (${person.role})` : "";
  const backgroundSources = new Set(person.background?.claims.flatMap((c) => c.sources) ?? []);
  const background = person.background !== undefined ? `: ${textFigure(person.background, style)}` : "";
  const marks = formatSourceMarks(person.sources.filter((n) => !backgroundSources.has(n)));
  return `${person.name}${role}${marks === "" ? "" : ` ${marks}`}${background}`;
}

export function renderProfileText(answer: CompanyProfileAnswer): string {
  const total = answer.totalRaised;
  const valuation = answer.valuation;
  const valuationLines = [
    valuation.latest === undefined
      ? "undisclosed"
      : `${valuationText(valuation.latest.figure, style)} (${roundName(valuation.latest.round)})`,
    ...valuation.reported.map(
      (t) =>
        `${valuationText(t.figure, style)} in talks reported ${formatDate(t.round.date)} (not completed)`,
    ),
  ];
  return blocks([
    heading(
      answer.company.name + (answer.company.domain !== undefined ? `  (${answer.company.domain})` : ""),
    ),
    textFigure(answer.description, style),
    rows([
      ["Categories", answer.categories.map(formatCategory).join(", ")],
      ["Founded", answer.founded !== undefined ? dateText(answer.founded, style) : "not in the data"],
      ["Headquarters", answer.hq !== undefined ? textFigure(answer.hq, style) : "not in the data"],
      ["Total raised", totalText(total, style)],
      [
        "",
        total.comparable !== undefined && total.comparable.converted.length > 0
          ? `converted: ${conversionText(total.comparable)}`
          : "",
      ],
      [
        "Latest round",
        answer.latestRound !== undefined ? roundText(answer.latestRound, style) : "none in the data",
      ],
      ["Rounds", answer.roundCount > 0 ? `${answer.roundCount} completed on record` : ""],
      ["Valuation", valuationLines.join("\n")],
    ]),
    section("Reported since (not completed)", bullets(answer.reportedRounds.map((r) => roundText(r, style)))),
    section(answer.founders.length === 1 ? "Founder" : "Founders", bullets(answer.founders.map(personLine))),
    section("People", bullets(answer.people.map(personLine))),
    section(
      "Products",
      bullets(
        answer.products.map((p) => {
          const launched = p.launched !== undefined ? ` (launched ${dateText(p.launched, style)})` : "";
          return `${p.name}${launched}: ${textFigure(p.description, style)}`;
        }),
      ),
    ),
    section(
      "Metrics",
      bullets(
        answer.metrics.map(
          (m) => `${m.label}: ${metricText(m, style)} (${formatDate(m.figure.claims[0]?.asOf ?? "")})`,
        ),
      ),
    ),
    section(
      "Notes",
      bullets(answer.notes.map((n) => `${formatDate(n.asOf)}: ${n.text} ${formatSourceMarks(n.sources)}`)),
    ),
    disputesSection(answer.disputes),
    sourcesSection(answer.sources),
    asOfLine(answer),
  ]);
}
