// The pieces every chart model shares: amounts as labels, the chart's scale currency and the rates
// that put an amount on it, and the notes a chart prints under its bars.

import { findRate } from "../../answers/money.js";
import type { ComparableMoney, Figure, FxRateUsed, RoundView, Sourced } from "../../answers/types.js";
import type { Currency, FxRate, Money, PartialDate, Stage } from "../../data/schema.js";
import {
  formatDate,
  formatList,
  formatMoney,
  formatRate,
  formatSourceMarks,
  formatStage,
} from "../format.js";
import type { ChartBar, ChartNote, ChartNoteKind } from "./model.js";

/**
 * "~ USD 1.76 bn": a converted, hence approximate, amount. The shipped fonts have no "≈", and a
 * glyph missing from them would be a box on a machine without system fonts.
 */
export const approximate = (money: Money) => `~ ${formatMoney(money, { approximate: true })}`;

/** "Series B"; a reported raise without a stage says so. */
export function stageName(round: { stage: Stage; status?: RoundView["status"] | undefined }): string {
  return round.stage === "other" && round.status === "reported" ? "Reported raise" : formatStage(round.stage);
}

export const shortDate = (date: PartialDate) => formatDate(date, { short: true });

/** "Series B, June 2024". */
export const roundLabel = (round: {
  stage: Stage;
  date: PartialDate;
  status?: RoundView["status"] | undefined;
}) => `${stageName(round)}, ${shortDate(round.date)}`;

/** "USD 4 bn [7, 11] (22 Aug 2023) / USD 4.5 bn [10] (24 Aug 2023)": each source's version. */
export function claimsText<T>(figure: Figure<T>, format: (value: T) => string): string {
  const dates = new Set(figure.claims.map((c) => c.asOf));
  return figure.claims
    .map((c) => {
      const marks = formatSourceMarks(c.sources);
      const when = dates.size > 1 ? ` (${shortDate(c.asOf)})` : "";
      return `${format(c.value)}${marks === "" ? "" : ` ${marks}`}${when}`;
    })
    .join(" / ");
}

export const moneyClaims = (figure: Figure<Money>) => claimsText(figure, (m) => formatMoney(m));

/** The chart's currency and the dataset rates that put other currencies on it. */
export class ChartScale {
  readonly #rates: FxRateUsed[];
  readonly #used = new Map<string, FxRateUsed>();

  /**
   * `carried`: the rates the answer itself used (cited in its sources); `dataset`: the dataset's
   * rates, for amounts the answer never had to convert (a reported round, say).
   */
  constructor(
    readonly currency: Currency,
    carried: readonly FxRateUsed[],
    private readonly dataset: readonly FxRate[] = [],
  ) {
    this.#rates = [...carried];
  }

  /** The amount in the chart's currency, or undefined when no rate links the two. */
  place(money: Money): { value: number; converted: boolean } | undefined {
    if (money.currency === this.currency) return { value: money.amount, converted: false };
    const rate = this.rate(money.currency);
    if (rate === undefined) return undefined;
    this.#used.set(`${rate.from}>${rate.to}@${rate.asOf}`, rate);
    return { value: money.amount * rate.rate, converted: true };
  }

  /** Records a conversion the answer made itself (a comparable amount), so its rate gets a note. */
  record(comparable: ComparableMoney | undefined): void {
    for (const c of comparable?.converted ?? [])
      this.#used.set(`${c.rate.from}>${c.rate.to}@${c.rate.asOf}`, c.rate);
  }

  private rate(from: Currency): FxRateUsed | undefined {
    const carried = this.#rates.find((r) => r.from === from && r.to === this.currency);
    if (carried !== undefined) return carried;
    const found = findRate(from, this.currency, this.dataset);
    if (found === undefined) return undefined;
    return {
      from,
      to: this.currency,
      rate: found.rate,
      inverted: found.inverted,
      asOf: found.fx.asOf,
      note: found.fx.note,
      sources: [],
    };
  }

  /** "EUR converted at 1 EUR = 1.0367 USD (dataset rate of 9 Feb 2025 [6])", one per rate used. */
  notes(): ChartNote[] {
    return [...this.#used.values()].map((rate) => {
      const marks = formatSourceMarks(rate.sources);
      return {
        kind: "converted",
        text: `${rate.from} converted at ${formatRate(rate)} (dataset rate of ${formatDate(rate.asOf)}${marks === "" ? "" : ` ${marks}`})`,
      };
    });
  }
}

/** The label and length of a bar for an amount stated in `stated` and compared as `comparable`. */
export function amountBar(
  stated: Money | undefined,
  comparable: ComparableMoney | undefined,
): Pick<ChartBar, "amountText" | "convertedText" | "value" | "missing"> {
  if (comparable === undefined) {
    return stated === undefined
      ? { amountText: "undisclosed", missing: "undisclosed" }
      : { amountText: formatMoney(stated), missing: "no-rate" };
  }
  const value = comparable.value.amount;
  if (comparable.converted.length === 0) return { amountText: formatMoney(comparable.value), value };
  const [only, ...others] = comparable.converted;
  // One conversion that makes up the whole amount: the amount as stated, then converted.
  const whole = only !== undefined && others.length === 0 && Math.abs(only.to.amount - value) <= value * 1e-9;
  const original =
    stated !== undefined && stated.currency !== comparable.value.currency
      ? stated
      : whole
        ? only?.from
        : undefined;
  if (original !== undefined && whole)
    return { amountText: formatMoney(original), convertedText: approximate(comparable.value), value };
  const parts = comparable.converted.map((c) => formatMoney(c.from));
  return {
    amountText: approximate(comparable.value),
    convertedText: `incl. ${formatList(parts)} converted`,
    value,
  };
}

const NOTE_ORDER: ChartNoteKind[] = ["converted", "disputed", "reported", "undisclosed", "more"];

/** The notes under a chart, conversions first; a note is said once however many bars it fits. */
export function chartNotes(bars: readonly ChartBar[], scale: ChartScale, extra: ChartNote[]): ChartNote[] {
  const notes = [...scale.notes(), ...extra];
  if (bars.some((b) => b.reported))
    notes.push({
      kind: "reported",
      text: "Outlined bar: reported (talks or a leak), not a completed round; never counted in a total",
    });
  if (bars.some((b) => b.missing === "undisclosed"))
    notes.push({ kind: "undisclosed", text: "No bar where an amount is undisclosed: unknown, not zero" });
  if (bars.some((b) => b.missing === "no-rate"))
    notes.push({
      kind: "undisclosed",
      text: `No bar where the dataset has no exchange rate to ${scale.currency}: the amount is given as stated`,
    });
  const seen = new Set<string>();
  return notes
    .filter((n) => !seen.has(n.text) && seen.add(n.text))
    .sort((a, b) => NOTE_ORDER.indexOf(a.kind) - NOTE_ORDER.indexOf(b.kind));
}

/** "Sources: see the embed · data as of 10 March 2026". */
export const chartFooter = (answer: Sourced) =>
  `Sources: see the embed · data as of ${formatDate(answer.asOf.data)}`;

/** An ASCII file name for Discord's attachment:// URL. */
export function fileName(...parts: string[]): string {
  const slug = parts
    .join("-")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
  return `${slug.slice(0, 80).replace(/-$/, "") || "chart"}.png`;
}
