// /funding for one company: a column per round, oldest first, each labelled with its amount and
// date. Amounts in another currency are put on the chart's scale with a dataset rate, and say so.
import { COMMON_CURRENCY, isMoney } from "../../answers/money.js";
import type { CompanyFundingAnswer, RoundView } from "../../answers/types.js";
import type { Currency, FxRate, Money } from "../../data/schema.js";
import { type Language, type Messages, messages } from "../../i18n/index.js";
import {
  approximate,
  ChartScale,
  chartFooter,
  chartNotes,
  fileName,
  money,
  moneyClaims,
  roundLabel,
  shortDate,
  stageName,
} from "./figures.js";
import type { ChartBar, ChartModel, ChartNote } from "./model.js";

/**
 * More columns than this and the labels get too narrow: the oldest rounds are left to the embed.
 * Arabic amounts ("640 مليون دولار") take about twice the room of "USD 640 M".
 */
export const MAX_COLUMNS: Readonly<Record<Language, number>> = { en: 10, fr: 10, ar: 8 };

function roundBar(round: RoundView, scale: ChartScale, m: Messages): ChartBar {
  const base = {
    label: stageName(round, m),
    detail: shortDate(round.date, m.language),
    disputed: round.amount.disputed !== undefined,
    reported: round.status === "reported",
    series: 0,
  };
  const claim = round.amount.claims[0];
  const primary = claim?.value;
  if (claim === undefined || primary === undefined || primary === "undisclosed")
    return { ...base, amountText: m.figures.undisclosed, missing: "undisclosed" };
  const placed = scale.place(primary, claim.asOf);
  if (placed === undefined) return { ...base, amountText: money(primary, m), missing: "no-rate" };
  return {
    ...base,
    amountText: money(primary, m),
    convertedText: placed.converted
      ? approximate({ amount: placed.value, currency: scale.currency }, m)
      : undefined,
    value: placed.value,
  };
}

/** The total raised as stated, when all of it (the reported total and the rounds since) is in `currency`. */
function statedTotal(answer: CompanyFundingAnswer, currency: Currency): Money | undefined {
  const total = answer.totalRaised;
  const parts = [
    ...(total.reported !== undefined ? [total.reported.figure.claims[0]?.value] : []),
    ...total.sinceThen.map((r) => r.amount.claims[0]?.value),
  ].filter((v) => v !== "undisclosed");
  if (parts.length === 0 || !parts.every((v) => isMoney(v) && v.currency === currency)) return undefined;
  return { amount: parts.reduce((n, v) => n + (isMoney(v) ? v.amount : 0), 0), currency };
}

export function fundingChartModel(
  answer: CompanyFundingAnswer,
  rates: readonly FxRate[] = [],
  language: Language,
): ChartModel | undefined {
  if (answer.rounds.length === 0) return undefined;
  const m = messages(language);
  const rounds = answer.rounds.slice(-MAX_COLUMNS[language]);
  // One currency when every round is in it (nothing converted); else the currency of the total.
  const currencies = new Set(
    rounds.flatMap((r) =>
      r.amount.claims.slice(0, 1).flatMap((c) => (isMoney(c.value) ? [c.value.currency] : [])),
    ),
  );
  const total = answer.totalRaised.comparable;
  const only = currencies.size === 1 ? [...currencies][0] : undefined;
  const currency = only ?? total?.value.currency ?? COMMON_CURRENCY;
  const carried = total?.converted.map((c) => c.rate) ?? [];
  const scale = new ChartScale(currency, carried, rates);
  const bars = rounds.map((round) => roundBar(round, scale, m));
  // The total in the bars' own currency where every part of it is stated in it (Kyutai's EUR
  // 300 M, not "~ USD 324 M" over euro bars); else in the common currency, with its rates noted.
  const inOwn = only !== undefined && only !== total?.value.currency ? statedTotal(answer, only) : undefined;
  if (inOwn === undefined) scale.record(total);

  const extra: ChartNote[] = rounds
    .filter((r) => r.amount.disputed !== undefined)
    .map((r) => ({ kind: "disputed", text: m.chart.disputed(roundLabel(r, m), moneyClaims(r.amount, m)) }));
  const earlier = answer.rounds.length - rounds.length;
  if (earlier > 0) extra.push({ kind: "more", text: m.chart.seeEmbed(m.chart.earlierRounds(earlier)) });

  const totalText =
    inOwn !== undefined
      ? m.chart.totalRaised(money(inOwn, m))
      : total === undefined
        ? m.chart.totalUndisclosed
        : m.chart.totalRaised(
            total.converted.length > 0 ? approximate(total.value, m) : money(total.value, m),
          );
  return {
    kind: "funding",
    name: fileName("funding", answer.company.id),
    layout: "columns",
    language,
    title: m.chart.fundingTitle(answer.company.name),
    subtitle: m.chart.fundingSubtitle(m.chart.currencies[currency], totalText),
    currency,
    groups: [{ bars }],
    notes: chartNotes(bars, scale, extra, m),
    footer: chartFooter(answer, m),
  };
}
