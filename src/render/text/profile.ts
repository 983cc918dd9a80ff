// A company's card for the terminal. What each part says is written once, in ../cards.ts.
import type { CompanyProfileAnswer } from "../../answers/types.js";
import type { Messages } from "../../i18n/index.js";
import { profileCard } from "../cards.js";
import { blocks, bullets, heading, rows, section } from "./layout.js";
import { asOfLine, disputesSection, sourcesSection, textStyleFor } from "./sections.js";

export function renderProfileText(answer: CompanyProfileAnswer, m: Messages): string {
  const card = profileCard(answer, textStyleFor(m.language), m);
  return blocks([
    heading(
      answer.company.name + (answer.company.domain !== undefined ? `  (${answer.company.domain})` : ""),
    ),
    card.description,
    rows([
      [m.labels.categories, card.categories.join(m.comma)],
      [m.labels.founded, card.founded],
      [m.labels.headquarters, card.hq],
      [m.labels.status, card.status],
      [m.labels.totalRaised, card.total],
      ["", card.converted ?? ""],
      [m.labels.latestRound, card.latestRound ?? m.profile.noRound],
      [m.labels.rounds, answer.roundCount > 0 ? m.profile.roundsCount(answer.roundCount) : ""],
      [m.labels.valuation, card.valuation.join("\n")],
    ]),
    section(m.labels.reportedSince, bullets(card.reportedRounds)),
    section(card.foundersLabel, bullets(card.founders)),
    section(m.labels.people, bullets(card.people)),
    section(m.labels.products, bullets(card.products)),
    section(m.labels.metrics, bullets(card.metrics)),
    section(m.labels.notes, bullets(card.notes)),
    disputesSection(answer.disputes, m),
    sourcesSection(answer.sources, m),
    asOfLine(answer, m),
  ]);
}
