// One company's rounds for the terminal, oldest first.
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
import { blocks, heading, rows } from "./layout.js";
import { asOfLine, disputesSection, sourcesSection, textStyleFor } from "./sections.js";

export function renderFundingText(answer: CompanyFundingAnswer, m: Messages): string {
  const style = textStyleFor(m.language);
  const total = answer.totalRaised;
  return blocks([
    heading(m.funding.title(style.escape(answer.company.name))),
    rows([
      [m.labels.totalRaised, totalText(total, style, m)],
      [
        "",
        total.comparable !== undefined && total.comparable.converted.length > 0
          ? m.figures.converted(conversionText(total.comparable, m))
          : "",
      ],
    ]),
    answer.filter !== undefined ? filterText(answer.filter, answer.rounds.length, m) : "",
    answer.rounds.length === 0 && answer.filter === undefined ? m.funding.noRounds : "",
    ...answer.rounds.map((round) =>
      [
        `${roundName(round, m)}${round.status === "reported" ? `  [${m.funding.reported}]` : ""}  ${formatSourceMarks(round.sources)}`,
        rows([
          [`  ${m.labels.amount}`, moneyText(round.amount, style, m)],
          [`  ${m.labels.valuation}`, valuationText(round.valuation, style, m)],
          [`  ${m.labels.investors}`, investorsText(round, style, m) || m.figures.notInData],
          [
            `  ${m.labels.totalAfterShort}`,
            round.totalRaisedAfter !== undefined ? moneyText(round.totalRaisedAfter, style, m) : "",
          ],
          [`  ${m.labels.note}`, round.note !== undefined ? style.escape(round.note) : ""],
        ]),
      ].join("\n"),
    ),
    disputesSection(answer.disputes, m),
    sourcesSection(answer.sources, m),
    asOfLine(answer, m),
  ]);
}
