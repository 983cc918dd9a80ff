// One company's rounds for the terminal, oldest first. What each part says is written once, in
// ../cards.ts.
import type { CompanyFundingAnswer } from "../../answers/types.js";
import type { Messages } from "../../i18n/index.js";
import { fundingCard } from "../cards.js";
import { blocks, heading, rows } from "./layout.js";
import { asOfLine, disputesSection, sourcesSection, textStyleFor } from "./sections.js";

export function renderFundingText(answer: CompanyFundingAnswer, m: Messages): string {
  const style = textStyleFor(m.language);
  const card = fundingCard(answer, style, m);
  return blocks([
    heading(m.funding.title(style.escape(answer.company.name))),
    rows([
      [m.labels.totalRaised, card.total],
      ["", card.converted ?? ""],
    ]),
    card.filter ?? "",
    card.empty ?? "",
    ...card.rounds.map((round) =>
      [
        `${round.name}${round.reported ? `  [${m.funding.reported}]` : ""}  ${round.sources}`,
        rows([
          [`  ${m.labels.amount}`, round.amount],
          [`  ${m.labels.valuation}`, round.valuation],
          [`  ${m.labels.investors}`, round.investors],
          [`  ${m.labels.totalAfterShort}`, round.totalAfter ?? ""],
          [`  ${m.labels.note}`, round.note ?? ""],
        ]),
      ].join("\n"),
    ),
    disputesSection(answer.disputes, m),
    sourcesSection(answer.sources, m),
    asOfLine(answer, m),
  ]);
}
