// /funding for one company: a column per round, oldest first, each labelled with its amount and
// date. Amounts in another currency are put on the chart's scale with a dataset rate, and say so.
import { COMMON_CURRENCY } from "../../answers/money.js";
import type { CompanyFundingAnswer, RoundView } from "../../answers/types.js";
import type { FxRate } from "../../data/schema.js";
import { formatMoney } from "../format.js";
import {
  approximate,
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

/** More columns than this and the labels get too narrow: the oldest rounds are left to the embed. */
export const MAX_COLUMNS = 10;

function roundBar(round: RoundView, scale: ChartScale): ChartBar {
  const base = {
    label: stageName(round),
    detail: shortDate(round.date),
    disputed: round.amount.disputed !== undefined,
    reported: round.status === "reported",
    series: 0,
  };
  const primary = round.amount.claims[0]?.value;
  if (primary === undefined) return { ...base, amountText: "undisclosed", missing: "undisclosed" };
  const placed = scale.place(primary);
  if (placed === undefined) return { ...base, amountText: formatMoney(primary), missing: "no-rate" };
  return {
    ...base,
    amountText: formatMoney(primary),
    convertedText: placed.converted
      ? approximate({ amount: placed.value, currency: scale.currency })
      : undefined,
    value: placed.value,
  };
}

export function fundingChartModel(
  answer: CompanyFundingAnswer,
  rates: readonly FxRate[] = [],
): ChartModel | undefined {
  if (answer.rounds.length === 0) return undefined;
  const rounds = answer.rounds.slice(-MAX_COLUMNS);
  // One currency when every round is in it (nothing converted); else the currency of the total.
  const currencies = new Set(rounds.flatMap((r) => r.amount.claims.slice(0, 1).map((c) => c.value.currency)));
  const total = answer.totalRaised.comparable;
  const only = currencies.size === 1 ? [...currencies][0] : undefined;
  const currency = only ?? total?.value.currency ?? COMMON_CURRENCY;
  const carried = total?.converted.map((c) => c.rate) ?? [];
  const scale = new ChartScale(currency, carried, rates);
  const bars = rounds.map((round) => roundBar(round, scale));
  scale.record(total);

  const extra: ChartNote[] = rounds
    .filter((r) => r.amount.disputed !== undefined)
    .map((r) => ({ kind: "disputed", text: `${roundLabel(r)}: sources differ: ${moneyClaims(r.amount)}` }));
  const earlier = answer.rounds.length - rounds.length;
  if (earlier > 0)
    extra.push({
      kind: "more",
      text: `${earlier} earlier round${earlier === 1 ? "" : "s"} not drawn: see the embed`,
    });

  const totalText =
    total === undefined
      ? "total raised undisclosed"
      : `total raised ${total.converted.length > 0 ? approximate(total.value) : formatMoney(total.value)}`;
  return {
    kind: "funding",
    name: fileName("funding", answer.company.id),
    layout: "columns",
    title: `${answer.company.name}: funding by round`,
    subtitle: `Rounds in date order, bars in ${currency} from zero · ${totalText}`,
    currency,
    groups: [{ bars }],
    notes: chartNotes(bars, scale, extra),
    footer: chartFooter(answer),
  };
}
