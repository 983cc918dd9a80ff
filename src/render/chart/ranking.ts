// The ranking of rounds or companies: a row per entry, best first, bars from zero in the ranking's
// currency; companies whose amount is unknown are listed with no bar, never as zero.
import type { FundingRankingAnswer, RankingEntry } from "../../answers/types.js";
import type { Money, Undisclosed } from "../../data/schema.js";
import { type Language, type Messages, messages } from "../../i18n/index.js";
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

function statedAmount(entry: RankingEntry): Money | Undisclosed | undefined {
  if (entry.round !== undefined) return entry.round.amount.claims[0]?.value;
  if (entry.total?.basis === "reported") return entry.total.reported?.figure.claims[0]?.value;
  if (entry.rounds?.length === 1) return entry.rounds[0]?.amount.claims[0]?.value;
  return undefined;
}

function entryDetail(entry: RankingEntry, m: Messages): string {
  if (entry.round !== undefined) return roundLabel(entry.round, m);
  if (entry.total !== undefined) {
    const dates = [entry.total.reported?.afterRound.date, ...entry.total.sinceThen.map((r) => r.date)];
    const latest = dates
      .filter((d) => d !== undefined)
      .sort()
      .at(-1);
    return latest === undefined
      ? m.chart.totalRaisedDetail
      : m.chart.totalAsOf(shortDate(latest, m.language));
  }
  const rounds = entry.rounds ?? [];
  return rounds.length === 1 && rounds[0] !== undefined
    ? roundLabel(rounds[0], m)
    : m.chart.addedUp(
        formatList(
          rounds.map((r) => stageName(r, m)),
          m.language,
        ),
      );
}

function entryDispute(entry: RankingEntry, m: Messages): string | undefined {
  if (!entry.amount.disputed) return undefined;
  const figure =
    entry.round?.amount ??
    entry.total?.reported?.figure ??
    entry.rounds?.find((r) => r.amount.disputed)?.amount;
  const claims =
    figure !== undefined && figure.disputed !== undefined ? moneyClaims(figure, m) : m.chart.seeEmbedShort;
  return m.chart.disputed(entry.company.name, claims);
}

function rankedWhat(answer: FundingRankingAnswer, m: Messages): string {
  if (answer.by === "round") return m.chart.completedRounds;
  const filtered =
    answer.filter.stage !== undefined ||
    answer.filter.year !== undefined ||
    answer.filter.investor !== undefined;
  return filtered ? m.chart.matchingRounds : m.chart.totalsAndRounds;
}

export function rankingChartModel(answer: FundingRankingAnswer, language: Language): ChartModel | undefined {
  const entries = answer.entries.slice(0, MAX_ROWS);
  if (entries.length === 0) return undefined;
  const m = messages(language);
  const scale = new ChartScale(answer.currency, answer.rates);
  const bars: ChartBar[] = entries.map((entry) => {
    scale.record(entry.amount);
    return {
      label: entry.company.name,
      rank: entry.rank,
      detail: entryDetail(entry, m),
      ...amountBar(statedAmount(entry), entry.amount, m),
      disputed: entry.amount.disputed,
      reported: false,
      series: 0,
    };
  });
  for (const company of answer.unranked.slice(0, MAX_ROWS - bars.length))
    bars.push({
      label: company.name,
      detail: m.chart.notRanked,
      amountText: m.figures.undisclosed,
      missing: "undisclosed",
      disputed: false,
      reported: false,
      series: 0,
    });

  const extra: ChartNote[] = entries.flatMap((e) => {
    const text = entryDispute(e, m);
    return text === undefined ? [] : [{ kind: "disputed" as const, text }];
  });
  const more = answer.matched - entries.length;
  const reported = answer.reportedRounds.length;
  const left = [
    more > 0 ? m.chart.moreNotDrawn(more) : "",
    reported > 0 ? m.chart.reportedNotRanked(reported) : "",
  ].filter((t) => t !== "");
  if (left.length > 0) extra.push({ kind: "more", text: m.chart.seeEmbed(left.join(m.semicolon)) });

  const { stage, year, investor } = answer.filter;
  return {
    kind: "ranking",
    name: fileName(
      "ranking",
      answer.by,
      stage ?? "",
      year === undefined ? "" : String(year),
      investor?.id ?? "",
    ),
    layout: "rows",
    language,
    title: rankingTitle(answer, m),
    subtitle: m.chart.rankingSubtitle(rankedWhat(answer, m), m.chart.currencies[answer.currency]),
    currency: answer.currency,
    groups: [{ bars }],
    notes: chartNotes(bars, scale, extra, m),
    footer: chartFooter(answer, m),
  };
}
