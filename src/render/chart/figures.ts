// The pieces every chart model shares: amounts as labels, the chart's scale currency and the rates
// that put an amount on it, and the notes a chart prints under its bars. Everything is written in
// the chart's language (the words of src/i18n, figures by the shared formatter, as the embeds).

import { findRate } from "../../answers/money.js";
import type { ComparableMoney, Figure, FxRateUsed, RoundView, Sourced } from "../../answers/types.js";
import type { Currency, FxRate, Money, PartialDate, Stage, Undisclosed } from "../../data/schema.js";
import type { Language, Messages } from "../../i18n/index.js";
import { formatDate, formatList, formatMoney, formatRate, formatSourceMarks } from "../format.js";
import type { ChartBar, ChartNote, ChartNoteKind } from "./model.js";

/** "USD 640 M", "640 M $", "640 مليون دولار". */
export const money = (value: Money, m: Messages) => formatMoney(value, { language: m.language });

/**
 * "~ USD 1.76 bn": a converted, hence approximate, amount. The shipped fonts have no "≈", and a
 * glyph missing from them would be a box on a machine without system fonts.
 */
export const approximate = (value: Money, m: Messages) =>
  m.chart.approximate(formatMoney(value, { approximate: true, language: m.language }));

/** "Series B"; a reported raise without a stage says so. */
export function stageName(
  round: { stage: Stage; status?: RoundView["status"] | undefined },
  m: Messages,
): string {
  return round.stage === "other" && round.status === "reported"
    ? m.figures.reportedRaise
    : m.stages[round.stage];
}

/** "June 2024", "9 Sept 2025", "9 sept. 2025", "9 سبتمبر 2025". */
export const shortDate = (date: PartialDate, language: Language) =>
  formatDate(date, { short: true, language });

/** "Series B, June 2024". */
export const roundLabel = (
  round: { stage: Stage; date: PartialDate; status?: RoundView["status"] | undefined },
  m: Messages,
) => m.figures.roundName(stageName(round, m), shortDate(round.date, m.language));

/** "USD 4 bn [7, 11] (22 Aug 2023) / USD 4.5 bn [10] (24 Aug 2023)": each source's version. */
export function claimsText<T>(figure: Figure<T>, format: (value: T) => string, language: Language): string {
  const dates = new Set(figure.claims.map((c) => c.asOf));
  return figure.claims
    .map((c) => {
      const marks = formatSourceMarks(c.sources);
      const when = dates.size > 1 ? ` (${shortDate(c.asOf, language)})` : "";
      return `${format(c.value)}${marks === "" ? "" : ` ${marks}`}${when}`;
    })
    .join(" / ");
}

export const moneyClaims = (figure: Figure<Money | Undisclosed>, m: Messages) =>
  claimsText(figure, (v) => (v === "undisclosed" ? m.figures.undisclosed : money(v, m)), m.language);

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

  /** The amount in the chart's currency at the rate of `date`, or undefined when no rate links the two. */
  place(money: Money, date?: PartialDate): { value: number; converted: boolean } | undefined {
    if (money.currency === this.currency) return { value: money.amount, converted: false };
    const rate = this.rate(money.currency, date);
    if (rate === undefined) return undefined;
    this.#used.set(`${rate.from}>${rate.to}@${rate.asOf}`, rate);
    return { value: money.amount * rate.rate, converted: true };
  }

  /** Records a conversion the answer made itself (a comparable amount), so its rate gets a note. */
  record(comparable: ComparableMoney | undefined): void {
    for (const c of comparable?.converted ?? [])
      this.#used.set(`${c.rate.from}>${c.rate.to}@${c.rate.asOf}`, c.rate);
  }

  /** The rate of `date`'s month: the answer's own (cited) one where it used it, else the dataset's. */
  private rate(from: Currency, date?: PartialDate): FxRateUsed | undefined {
    const carried = this.#rates.filter((r) => r.from === from && r.to === this.currency);
    const found =
      findRate(from, this.currency, this.dataset, date) ??
      // Without the dataset's rates, the answer's own (cited) rate nearest the date.
      findRate(
        from,
        this.currency,
        carried.map((r) => ({ ...r, cite: [] })),
        date,
      );
    const same = carried.find((r) => r.asOf === found?.fx.asOf);
    if (same !== undefined) return same;
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

  /**
   * "EUR converted at 1 EUR = 1.0367 USD (dataset rate of 9 Feb 2025 [6])", one per rate used; past
   * two, one note with the range of the monthly rates, so the notes stay short.
   */
  notes(m: Messages): ChartNote[] {
    const used = [...this.#used.values()];
    if (used.length > 2) {
      const byFrom = new Map<Currency, FxRateUsed[]>();
      for (const r of used) byFrom.set(r.from, [...(byFrom.get(r.from) ?? []), r]);
      return [...byFrom].map(([from, list]) => {
        const values = list.map((r) => r.rate);
        const low = { from, to: this.currency, rate: Math.min(...values) };
        const high = { from, to: this.currency, rate: Math.max(...values) };
        return {
          kind: "converted",
          text: m.chart.convertedMonthly(
            m.chart.currencies[from],
            formatRate(low, m.language),
            formatRate(high, m.language),
            formatSourceMarks([...new Set(list.flatMap((r) => r.sources))]),
          ),
        };
      });
    }
    return used.map((rate) => {
      const marks = formatSourceMarks(rate.sources);
      const asOf = formatDate(rate.asOf, { language: m.language });
      return {
        kind: "converted",
        text: m.chart.converted(
          m.chart.currencies[rate.from],
          formatRate(rate, m.language),
          `${asOf}${marks === "" ? "" : ` ${marks}`}`,
        ),
      };
    });
  }
}

/** The label and length of a bar for an amount stated in `stated` and compared as `comparable`. */
export function amountBar(
  given: Money | Undisclosed | undefined,
  comparable: ComparableMoney | undefined,
  m: Messages,
): Pick<ChartBar, "amountText" | "convertedText" | "value" | "missing"> {
  const stated = given === "undisclosed" ? undefined : given;
  if (comparable === undefined) {
    return stated === undefined
      ? { amountText: m.figures.undisclosed, missing: "undisclosed" }
      : { amountText: money(stated, m), missing: "no-rate" };
  }
  const value = comparable.value.amount;
  if (comparable.converted.length === 0) return { amountText: money(comparable.value, m), value };
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
    return { amountText: money(original, m), convertedText: approximate(comparable.value, m), value };
  const parts = comparable.converted.map((c) => money(c.from, m));
  return {
    amountText: approximate(comparable.value, m),
    convertedText: m.chart.includesConverted(formatList(parts, m.language)),
    value,
  };
}

const NOTE_ORDER: ChartNoteKind[] = ["converted", "disputed", "reported", "undisclosed", "more"];

/** The notes under a chart, conversions first; a note is said once however many bars it fits. */
export function chartNotes(
  bars: readonly ChartBar[],
  scale: ChartScale,
  extra: ChartNote[],
  m: Messages,
): ChartNote[] {
  const notes = [...scale.notes(m), ...extra];
  if (bars.some((b) => b.reported)) notes.push({ kind: "reported", text: m.chart.reportedNote });
  if (bars.some((b) => b.missing === "undisclosed"))
    notes.push({ kind: "undisclosed", text: m.chart.undisclosedNote });
  if (bars.some((b) => b.missing === "no-rate"))
    notes.push({ kind: "undisclosed", text: m.chart.noRateNote(m.chart.currencies[scale.currency]) });
  const seen = new Set<string>();
  return notes
    .filter((n) => !seen.has(n.text) && seen.add(n.text))
    .sort((a, b) => NOTE_ORDER.indexOf(a.kind) - NOTE_ORDER.indexOf(b.kind));
}

/** "Sources: see the embed · data as of 10 Mar 2026". */
export const chartFooter = (answer: Sourced, m: Messages) =>
  m.chart.footer(formatDate(answer.asOf.data, { language: m.language }));

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
