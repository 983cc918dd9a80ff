// A comparison for the terminal: one block per figure, the companies aligned, the leader below.
import type { ComparisonAnswer } from "../../answers/types.js";
import type { Messages } from "../../i18n/index.js";
import { cellText, leaderText, rowLabel } from "../compare-cells.js";
import { blocks, heading, rows } from "./layout.js";
import { asOfLine, ratesSection, sourcesSection, textStyleFor } from "./sections.js";

export function renderCompareText(answer: ComparisonAnswer, m: Messages): string {
  const style = textStyleFor(m.language);
  return blocks([
    heading(answer.companies.map((c) => style.escape(c.name)).join(m.versus)),
    m.compare.intro(answer.currency),
    ...answer.rows.map((row) => {
      const leader = leaderText(row, answer, m);
      return [
        `${rowLabel(row, m)}${row.disputed ? `  (!) ${m.figures.sourcesDiffer}` : ""}`,
        rows([
          ...row.cells.map((cell, i): [string, string] => {
            const id = answer.companies[i]?.id ?? "";
            return [
              `  ${row.leader?.includes(id) ? "*" : " "} ${style.escape(answer.companies[i]?.name ?? "?")}`,
              cellText(cell, style, m),
            ];
          }),
          ["  ->", leader],
        ]),
      ].join("\n");
    }),
    ratesSection(answer.rates, m),
    sourcesSection(answer.sources, m),
    asOfLine(answer, m),
  ]);
}
