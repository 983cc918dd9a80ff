// The ranking of rounds or companies: a row per entry, best first, bars from zero in the ranking's
// currency; companies whose amount is unknown are listed with no bar, never as zero.
import type { FundingRankingAnswer, RankingEntry } from "../../answers/types.js";
import type { Money } from "../../data/schema.js";
import { formatList } from "../format.js";
import { rankingTitle } from "../titles.js";
import {
  amountBar,
  ChartScale,
  chartFooter,
  chartNotes,
  fileName,
  moneyClaims,
  roundLabel,
  shortDate,
  stageName,
} from "./figures.js";
import type { ChartBar, ChartModel, ChartNote } from "./model.js";

/** Rows that fit 450 px with two-line labels. */
export const MAX_ROWS = 10;

function statedAmount(entry: RankingEntry): Money | undefined {
  if (entry.round !== undefined) return entry.round.amount.claims[0]?.value;
  if (entry.total?.basis === "reported") return entry.total.reported?.figure.claims[0]?.value;
  if (entry.rounds?.length === 1) return entry.rounds[0]?.amount.claims[0]?.value;
  return undefined;
}

function entryDetail(entry: RankingEntry): string {
  if (entry.round !== undefined) return roundLabel(entry.round);
  if (entry.total !== undefined) {
    const dates = [entry.total.reported?.afterRound.date, ...entry.total.sinceThen.map((r) => r.date)];
    const latest = dates
      .filter((d) => d !== undefined)
      .sort()
      .at(-1);
    return latest === undefined ? "total raised" : `total as of ${shortDate(latest)}`;
  }
  const rounds = entry.rounds ?? [];
  return rounds.length === 1 && rounds[0] !== undefined
    ? roundLabel(rounds[0])
    : `${formatList(rounds.map(stageName))} added up`;
}

function entryDispute(entry: RankingEntry): string | undefined {
  if (!entry.amount.disputed) return undefined;
  const figure =
    entry.round?.amount ??
    entry.total?.reported?.figure ??
    entry.rounds?.find((r) => r.amount.disputed)?.amount;
  const claims = figure !== undefined && figure.claims.length > 1 ? moneyClaims(figure) : "see the embed";
  return `${entry.company.name}: sources differ: ${claims}`;
}

function rankedWhat(answer: FundingRankingAnswer): string {
  if (answer.by === "round") return "Completed rounds only";
  const filtered = answer.filter.stage !== undefined || answer.filter.year !== undefined;
  return filtered ? "Matching completed rounds added up" : "Reported totals and completed rounds";
}

export function rankingChartModel(answer: FundingRankingAnswer): ChartModel | undefined {
  const entries = answer.entries.slice(0, MAX_ROWS);
  if (entries.length === 0) return undefined;
  const scale = new ChartScale(answer.currency, answer.rates);
  const bars: ChartBar[] = entries.map((entry) => {
    scale.record(entry.amount);
    return {
      label: entry.company.name,
      rank: entry.rank,
      detail: entryDetail(entry),
      ...amountBar(statedAmount(entry), entry.amount),
      disputed: entry.amount.disputed,
      reported: false,
      series: 0,
    };
  });
  for (const company of answer.unranked.slice(0, MAX_ROWS - bars.length))
    bars.push({
      label: company.name,
      detail: "not ranked",
      amountText: "undisclosed",
      missing: "undisclosed",
      disputed: false,
      reported: false,
      series: 0,
    });

  const extra: ChartNote[] = entries.flatMap((e) => {
    const text = entryDispute(e);
    return text === undefined ? [] : [{ kind: "disputed" as const, text }];
  });
  const more = answer.matched - entries.length;
  const reported = answer.reportedRounds.length;
  const left = [
    more > 0 ? `${more} more not drawn` : "",
    reported > 0 ? `${reported} reported (not completed) round${reported === 1 ? "" : "s"} not ranked` : "",
  ].filter((t) => t !== "");
  if (left.length > 0) extra.push({ kind: "more", text: `${left.join("; ")}: see the embed` });

  const { stage, year } = answer.filter;
  return {
    kind: "ranking",
    name: fileName("ranking", answer.by, stage ?? "", year === undefined ? "" : String(year)),
    layout: "rows",
    title: rankingTitle(answer),
    subtitle: `${rankedWhat(answer)}, bars in ${answer.currency} from zero`,
    currency: answer.currency,
    groups: [{ bars }],
    notes: chartNotes(bars, scale, extra),
    footer: chartFooter(answer),
  };
}
