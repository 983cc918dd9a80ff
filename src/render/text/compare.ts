// A comparison for the terminal: one block per figure, the companies aligned, the leader below.
import type { ComparisonAnswer } from "../../answers/types.js";
import { cellText, leaderText } from "../compare-cells.js";
import { blocks, heading, rows } from "./layout.js";
import { asOfLine, ratesSection, sourcesSection, textStyle as style } from "./sections.js";

export function renderCompareText(answer: ComparisonAnswer): string {
  return blocks([
    heading(answer.companies.map((c) => c.name).join(" vs ")),
    `Amounts compared in ${answer.currency}. "Undisclosed" is never counted as zero.`,
    ...answer.rows.map((row) => {
      const leader = leaderText(row, answer);
      return [
        `${row.label}${row.disputed ? "  (!) sources differ" : ""}`,
        rows([
          ...row.cells.map((cell, i): [string, string] => {
            const id = answer.companies[i]?.id ?? "";
            return [
              `  ${row.leader?.includes(id) ? "*" : " "} ${answer.companies[i]?.name ?? "?"}`,
              cellText(cell, style),
            ];
          }),
          ["  ->", leader],
        ]),
      ].join("\n");
    }),
    ratesSection(answer.rates),
    sourcesSection(answer.sources),
    asOfLine(answer),
  ]);
}
