// One company's rounds for the terminal, oldest first.
import type { CompanyFundingAnswer } from "../../answers/types.js";
import { formatSourceMarks } from "../format.js";
import { conversionText, investorsText, moneyText, roundName, totalText, valuationText } from "../phrases.js";
import { blocks, heading, rows } from "./layout.js";
import { asOfLine, disputesSection, sourcesSection, textStyle as style } from "./sections.js";

export function renderFundingText(answer: CompanyFundingAnswer): string {
  const total = answer.totalRaised;
  return blocks([
    heading(`${answer.company.name}: funding rounds`),
    rows([
      ["Total raised", totalText(total, style)],
      [
        "",
        total.comparable !== undefined && total.comparable.converted.length > 0
          ? `converted: ${conversionText(total.comparable)}`
          : "",
      ],
    ]),
    answer.rounds.length === 0 ? "No funding round is in the data." : "",
    ...answer.rounds.map((round) =>
      [
        `${roundName(round)}${round.status === "reported" ? "  [reported, not completed]" : ""}  ${formatSourceMarks(round.sources)}`,
        rows([
          ["  Amount", moneyText(round.amount, style)],
          ["  Valuation", valuationText(round.valuation, style)],
          ["  Investors", investorsText(round, style) || "not in the data"],
          [
            "  Total after",
            round.totalRaisedAfter !== undefined ? moneyText(round.totalRaisedAfter, style) : "",
          ],
          ["  Note", round.note ?? ""],
        ]),
      ].join("\n"),
    ),
    disputesSection(answer.disputes),
    sourcesSection(answer.sources),
    asOfLine(answer),
  ]);
}
