// /compare: the money figures side by side (total raised, latest round, valuation), one group per
// figure and one colour per company. Each group is drawn to its own scale from zero: a valuation
// would flatten every round next to it.
import type { ComparisonAnswer, ComparisonCell, ComparisonRow } from "../../answers/types.js";
import { type Language, type Messages, messages } from "../../i18n/index.js";
import {
  amountBar,
  ChartScale,
  chartFooter,
  chartNotes,
  fileName,
  moneyClaims,
  roundLabel,
  shortDate,
} from "./figures.js";
import type { ChartBar, ChartGroup, ChartModel, ChartNote } from "./model.js";

/** The rows charted, in this order, when the answer has them. */
export const CHARTED_ROWS = ["total-raised", "latest-round", "valuation"] as const;

type Described = Omit<ChartBar, "label" | "series">;

function describeCell(cell: ComparisonCell, m: Messages): Described {
  const none = { disputed: false, reported: false };
  switch (cell.kind) {
    case "total": {
      const total = cell.total;
      const stated = total.basis === "reported" ? total.reported?.figure.claims[0]?.value : undefined;
      const dates = [total.reported?.afterRound.date, ...total.sinceThen.map((r) => r.date)];
      const latest = dates
        .filter((d) => d !== undefined)
        .sort()
        .at(-1);
      return {
        ...amountBar(stated, total.comparable, m),
        detail: latest === undefined ? "" : m.chart.asOf(shortDate(latest, m.language)),
        disputed: total.comparable?.disputed ?? false,
        reported: false,
      };
    }
    case "round":
      return {
        ...amountBar(cell.round.amount.claims[0]?.value, cell.comparable, m),
        detail: roundLabel(cell.round, m),
        disputed: cell.round.amount.disputed !== undefined,
        reported: cell.round.status === "reported",
      };
    case "money": {
      const primary = cell.figure.claims[0];
      return {
        ...amountBar(primary?.value, cell.comparable, m),
        detail:
          cell.round !== undefined
            ? roundLabel(cell.round, m)
            : primary !== undefined
              ? shortDate(primary.asOf, m.language)
              : "",
        disputed: cell.figure.disputed !== undefined,
        reported: false,
      };
    }
    case "unknown":
      return { amountText: m.figures.notInData, missing: "undisclosed", detail: "", ...none };
    default:
      return { amountText: m.figures.undisclosed, missing: "undisclosed", detail: "", ...none };
  }
}

function cellDispute(cell: ComparisonCell, m: Messages): string | undefined {
  const figure =
    cell.kind === "money"
      ? cell.figure
      : cell.kind === "round"
        ? cell.round.amount
        : cell.kind === "total"
          ? cell.total.reported?.figure
          : undefined;
  return figure !== undefined && figure.disputed !== undefined ? moneyClaims(figure, m) : undefined;
}

export function comparisonChartModel(answer: ComparisonAnswer, language: Language): ChartModel | undefined {
  const m = messages(language);
  const scale = new ChartScale(answer.currency, answer.rates);
  const rows = CHARTED_ROWS.map((key) => answer.rows.find((r) => r.key === key)).filter(
    (r): r is ComparisonRow => r !== undefined,
  );
  const groups: ChartGroup[] = [];
  const disputes: ChartNote[] = [];
  for (const row of rows) {
    // The answer's own label is English: the tables name every charted row.
    const label = m.compare.rows[row.key as (typeof CHARTED_ROWS)[number]];
    const bars = row.cells.map((cell, i): ChartBar => {
      if (cell.kind === "total") scale.record(cell.total.comparable);
      if (cell.kind === "money" || cell.kind === "round") scale.record(cell.comparable);
      const company = answer.companies[i]?.name ?? "";
      const described = describeCell(cell, m);
      if (described.disputed) {
        const claims = cellDispute(cell, m);
        const what = m.chart.companyFigure(company, label.toLocaleLowerCase(language));
        disputes.push({
          kind: "disputed",
          text: claims === undefined ? m.chart.disputedSeeEmbed(what) : m.chart.disputed(what, claims),
        });
      }
      return { label: company, series: i, ...described };
    });
    // A figure no company has a number for adds nothing a chart can show.
    if (bars.some((b) => b.value !== undefined)) groups.push({ title: label, bars });
  }
  if (groups.length === 0) return undefined;
  const allBars = groups.flatMap((g) => g.bars);
  return {
    kind: "comparison",
    name: fileName("compare", ...answer.companies.map((c) => c.id)),
    layout: "rows",
    language,
    title: answer.companies.map((c) => c.name).join(m.versus),
    subtitle: m.chart.compareSubtitle(m.chart.currencies[answer.currency]),
    currency: answer.currency,
    groups,
    notes: chartNotes(allBars, scale, disputes, m),
    footer: chartFooter(answer, m),
  };
}
