// A comparison's cells and leader lines as text, shared by the Discord and terminal renderers.
import type { ComparableMoney, ComparisonAnswer, ComparisonCell, ComparisonRow } from "../answers/types.js";
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

export function cellText(cell: ComparisonCell, style: Style): string {
  switch (cell.kind) {
    case "undisclosed":
      return "undisclosed";
    case "unknown":
      return "not in the data";
    case "total":
      return totalText(cell.total, style);
    case "round":
      return `${roundName(cell.round)}: ${moneyText(cell.round.amount, style)}${convertedSuffix(cell.comparable)}`;
    case "money": {
      const converted = convertedSuffix(cell.comparable);
      const round = cell.round !== undefined ? ` (${roundName(cell.round)})` : "";
      return `${valuationText(cell.figure, style)}${converted}${round}`;
    }
    case "date":
      return dateText(cell.figure, style);
    case "text":
      return cell.figure.claims
        .map((c) => `${style.escape(c.value)} ${formatSourceMarks(c.sources)}`)
        .join(" / ");
    case "people":
      return formatList(
        cell.people.map((p) => `${style.escape(p.name)} ${formatSourceMarks(p.sources)}`.trim()),
      );
    case "categories":
      return cell.categories.map(formatCategory).join(", ");
    case "number":
      return metricText(cell.metric, style);
  }
}

function convertedSuffix(comparable: ComparableMoney | undefined): string {
  return comparable !== undefined && comparable.converted.length > 0
    ? ` (${formatConverted(comparable.value)})`
    : "";
}

/** "Mistral AI leads", "Mistral AI and H tie", or why no leader can be named; empty for rows without one. */
export function leaderText(row: ComparisonRow, answer: ComparisonAnswer): string {
  if (row.rule === undefined) return "";
  const names = (row.leader ?? []).map((id) => answer.companies.find((c) => c.id === id)?.name ?? id);
  const what = row.rule === "earliest" ? "founded first" : "leads";
  const flags = [
    row.converted ? "after converting currencies" : "",
    row.disputed ? "a figure is disputed" : "",
  ].filter((f) => f !== "");
  const note = [row.note ?? "", ...flags].filter((f) => f !== "").join("; ");
  if (names.length === 0) return `no leader named: ${note || "not comparable"}`;
  const verb = names.length > 1 ? (row.rule === "earliest" ? "founded in the same period" : "tie") : what;
  return `${formatList(names)} ${verb}${note !== "" ? ` (${note})` : ""}`;
}

/** Whether a cell's figure had to be converted to compare. */
export function cellConverted(cell: ComparisonCell): boolean {
  if (cell.kind === "total") return (cell.total.comparable?.converted.length ?? 0) > 0;
  if (cell.kind === "money" || cell.kind === "round") return (cell.comparable?.converted.length ?? 0) > 0;
  return false;
}
