// A comparison's cells and leader lines as text, shared by the Discord and terminal renderers, in
// the reply's language (English by default).

import type {
  ComparableMoney,
  ComparisonAnswer,
  ComparisonCell,
  ComparisonNote,
  ComparisonRow,
} from "../answers/types.js";
import type { Messages } from "../i18n/index.js";
import { formatCategory, formatConverted, formatList, formatSourceMarks } from "./format.js";
import {
  dateText,
  metricText,
  moneyText,
  roundName,
  type Style,
  totalText,
  valuationText,
} from "./phrases.js";

export function cellText(cell: ComparisonCell, style: Style, m: Messages): string {
  switch (cell.kind) {
    case "undisclosed":
      return m.figures.undisclosed;
    case "unknown":
      return m.figures.notInData;
    case "total":
      return totalText(cell.total, style, m);
    case "round":
      return `${roundName(cell.round, m)}${m.colon}${moneyText(cell.round.amount, style, m)}${convertedSuffix(cell.comparable, m)}`;
    case "money": {
      const converted = convertedSuffix(cell.comparable, m);
      const round = cell.round !== undefined ? ` (${roundName(cell.round, m)})` : "";
      return `${valuationText(cell.figure, style, m)}${converted}${round}`;
    }
    case "date":
      return dateText(cell.figure, style, m);
    case "text":
      return cell.figure.claims
        .map((c) => `${style.escape(c.value)} ${formatSourceMarks(c.sources)}`)
        .join(" / ");
    case "people":
      return formatList(
        cell.people.map((p) => `${style.escape(p.name)} ${formatSourceMarks(p.sources)}`.trim()),
        m.language,
      );
    case "categories":
      return cell.categories.map((c) => formatCategory(c, m.language)).join(m.comma);
    case "number":
      return metricText(cell.metric, style, m);
  }
}

function convertedSuffix(comparable: ComparableMoney | undefined, m: Messages): string {
  return comparable !== undefined && comparable.converted.length > 0
    ? ` (${formatConverted(comparable.value, m.language)})`
    : "";
}

/** A row's name: the words for the rows src/answers/compare.ts builds, a metric's dataset label. */
export function rowLabel(row: ComparisonRow, m: Messages): string {
  return (m.compare.rows as Record<string, string | undefined>)[row.key] ?? row.label;
}

/** A row's note in the reply's language (undefined when the row has none). */
export function translatedNote(
  row: ComparisonRow,
  answer: ComparisonAnswer,
  m: Messages,
): string | undefined {
  const note = row.note;
  if (note === undefined) return undefined;
  const notes = m.compare.notes;
  if (note === "undisclosed") {
    const missing = answer.companies.filter((_, i) => {
      const cell = row.cells[i];
      // No figure, a round whose amount the company did not disclose, or a total that adds up
      // the disclosed rounds beside one that wasn't (no leader can be named on a partial sum).
      const secret = (r: { amount: { claims: readonly { value: unknown }[] } }) =>
        r.amount.claims[0]?.value === "undisclosed";
      return (
        cell?.kind === "undisclosed" ||
        cell?.kind === "unknown" ||
        (cell?.kind === "round" && secret(cell.round)) ||
        (cell?.kind === "total" && cell.total.sinceThen.some(secret))
      );
    });
    return missing.length > 0
      ? notes.undisclosedFor(
          formatList(
            missing.map((c) => c.name),
            m.language,
          ),
        )
      : undefined;
  }
  const words: Record<Exclude<ComparisonNote, "undisclosed">, string> = {
    "valuation-basis": notes.valuationBasis,
    "depends-on-source": notes.dependsOnSource,
    "no-founding-date": notes.noFoundingDate,
    "same-period": notes.samePeriod,
    "trailing-floor": notes.trailingFloor,
    approximate: notes.approximate,
  };
  return words[note];
}

/** "Mistral AI leads", "Mistral AI and H tie", or why no leader can be named; empty for rows without one. */
export function leaderText(row: ComparisonRow, answer: ComparisonAnswer, m: Messages): string {
  if (row.rule === undefined) return "";
  const names = (row.leader ?? []).map((id) => answer.companies.find((c) => c.id === id)?.name ?? id);
  const flags = [
    row.converted ? m.compare.afterConverting : "",
    row.disputed ? m.compare.figureDisputed : "",
  ].filter((f) => f !== "");
  const note = [translatedNote(row, answer, m) ?? "", ...flags].filter((f) => f !== "").join(m.semicolon);
  if (names.length === 0) return m.compare.noLeader(note || m.compare.notComparable);
  const words = m.compare.leader;
  const several = names.length > 1;
  const verb =
    row.rule === "earliest"
      ? several
        ? words.foundedTogether
        : words.foundedFirst
      : several
        ? words.tie
        : words.leads;
  const leader = `${formatList(names, m.language)} ${verb}`;
  return `${leader}${note !== "" ? ` (${note})` : ""}`;
}

/** Whether a cell's figure had to be converted to compare. */
export function cellConverted(cell: ComparisonCell): boolean {
  if (cell.kind === "total") return (cell.total.comparable?.converted.length ?? 0) > 0;
  if (cell.kind === "money" || cell.kind === "round") return (cell.comparable?.converted.length ?? 0) > 0;
  return false;
}
