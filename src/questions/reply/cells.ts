// A comparison's cells in words, in the question's language: "USD 395 M (August 2023)", the
// sources they rest on, and every source's value when they differ.
import type { ComparisonCell } from "../../answers/types.js";
import type { Money, Undisclosed } from "../../data/schema.js";
import type { Messages } from "../../i18n/index.js";
import { formatClaims, formatDate, formatMoney } from "../format.js";
import { primary, sourcesOf } from "./common.js";
import { metricValue } from "./company.js";
import { totalAmountText } from "./funding.js";

/** A cell in words, with the date it is as of: "USD 395 M (August 2023)". */
export function cellText(cell: ComparisonCell | undefined, words: Messages): string {
  if (cell === undefined) return words.figures.notInData;
  switch (cell.kind) {
    case "total": {
      const last = cell.total.sinceThen.at(-1)?.date ?? cell.total.reported?.afterRound.date;
      const amount = totalAmountText(cell.total, words) ?? words.figures.undisclosed;
      return last === undefined ? amount : `${amount} (${formatDate(last, words)})`;
    }
    case "round": {
      const money = primary(cell.round.amount);
      const converted = cell.comparable !== undefined && cell.comparable.converted.length > 0;
      const amount = money === undefined ? words.figures.undisclosed : formatMoney(money, words);
      const usd =
        converted && cell.comparable
          ? `${words.list.separator}${formatMoney(cell.comparable.value, words, true)}`
          : "";
      return `${amount} (${formatDate(cell.round.date, words)}${usd})`;
    }
    case "money": {
      const money = primary(cell.figure);
      const converted = cell.comparable !== undefined && cell.comparable.converted.length > 0;
      const amount = money === undefined ? words.figures.undisclosed : formatMoney(money, words);
      const when = cell.round === undefined ? "" : formatDate(cell.round.date, words);
      const usd = converted && cell.comparable ? formatMoney(cell.comparable.value, words, true) : "";
      const detail = [when, usd].filter(Boolean).join(words.list.separator);
      return detail === "" ? amount : `${amount} (${detail})`;
    }
    case "date": {
      const date = primary(cell.figure);
      return date === undefined ? words.figures.notInData : formatDate(date, words);
    }
    case "number": {
      const claim = cell.metric.figure.claims[0];
      return claim === undefined
        ? words.figures.undisclosed
        : `${metricValue(cell.metric, words)(claim.value)} (${formatDate(claim.asOf, words)})`;
    }
    // Not disclosed by the company, or not in the data (a founding date no source gives).
    case "undisclosed":
      return words.figures.undisclosed;
    case "unknown":
      return words.figures.notInData;
    default:
      return "";
  }
}

export function cellSources(cell: ComparisonCell | undefined): number[] {
  if (cell === undefined) return [];
  switch (cell.kind) {
    case "total": {
      const t = cell.total;
      return [
        ...new Set([...sourcesOf(t.reported?.figure), ...t.sinceThen.flatMap((r) => sourcesOf(r.amount))]),
      ];
    }
    case "round":
      return sourcesOf(cell.round.amount);
    case "money":
    case "date":
      return sourcesOf(cell.figure);
    case "number":
      return sourcesOf(cell.metric.figure);
    default:
      return [];
  }
}

/** "USD 4 bn [7, 10] vs USD 4.5 bn [9]" when the sources of a cell's figure differ. */
export function cellDispute(cell: ComparisonCell, words: Messages): string | undefined {
  const money = (m: Money | Undisclosed) => formatMoney(m, words);
  switch (cell.kind) {
    case "money":
      // Several claims that agree (before and after a round's money) are not a dispute.
      return cell.figure.disputed !== undefined ? formatClaims(cell.figure, money, words) : undefined;
    case "date":
      return cell.figure.claims.length > 1
        ? formatClaims(cell.figure, (d) => formatDate(d, words), words)
        : undefined;
    case "round":
      return cell.round.amount.claims.length > 1 ? formatClaims(cell.round.amount, money, words) : undefined;
    case "total": {
      const figure = cell.total.reported?.figure;
      return figure !== undefined && figure.claims.length > 1
        ? formatClaims(figure, money, words)
        : undefined;
    }
    case "number":
      return cell.metric.figure.claims.length > 1
        ? formatClaims(cell.metric.figure, metricValue(cell.metric, words), words)
        : undefined;
    default:
      return undefined;
  }
}
