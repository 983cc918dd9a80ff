// Money in two currencies. Amounts are only compared after converting with a rate the dataset
// states (never a rate from memory), at the rate of the amount's own month when the dataset holds a
// monthly series, and the answer says which figures were converted, at which rate, and why.
import type { Currency, FxRate, Money, PartialDate, Undisclosed } from "../data/schema.js";
import type { SourceBook } from "./sources.js";
import type { ComparableMoney, Figure, FxRateUsed } from "./types.js";

/** The currency rankings and comparisons use: most figures in the data are in US dollars. */
export const COMMON_CURRENCY: Currency = "USD";

export interface Conversion {
  /** The amount in the target currency. */
  money: Money;
  /** The rate used; absent when no conversion was needed. */
  rate?: { fx: FxRate; rate: number; inverted: boolean } | undefined;
}

type FoundRate = { fx: FxRate; rate: number; inverted: boolean };

/** A date's month, for picking its rate: "2024-06-11" and "2024-06" are June 2024; a bare year is its June. */
function monthOf(date: PartialDate): string {
  return date.length >= 7 ? date.slice(0, 7) : `${date.slice(0, 4)}-06`;
}

/** Months since year 0, to measure how far a rate's month is from a value's. */
function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7) || "6") - 1;
}

/** Per rates list: each direction's rates, oldest first, so a lookup doesn't sort thousands. */
const sortedRates = new WeakMap<readonly FxRate[], Map<string, FxRate[]>>();

function ratesFor(rates: readonly FxRate[], from: Currency, to: Currency): FxRate[] {
  let byPair = sortedRates.get(rates);
  if (byPair === undefined) {
    byPair = new Map();
    for (const r of rates) {
      const key = `${r.from}>${r.to}`;
      const list = byPair.get(key);
      if (list === undefined) byPair.set(key, [r]);
      else list.push(r);
    }
    for (const list of byPair.values()) list.sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
    sortedRates.set(rates, byPair);
  }
  return byPair.get(`${from}>${to}`) ?? [];
}

/** The rate of the month nearest `date` (the newest without a date; ties go to the earlier month). */
function nearest(list: readonly FxRate[], date: PartialDate | undefined): FxRate | undefined {
  if (date === undefined) return list.at(-1);
  const want = monthIndex(monthOf(date));
  let best: FxRate | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (const r of list) {
    const d = Math.abs(monthIndex(monthOf(r.asOf)) - want);
    if (d < distance) {
      best = r;
      distance = d;
    }
  }
  return best;
}

/**
 * The dataset's rate from one currency to another for a value of `date`: the rate of its month, or
 * of the nearest month the dataset has (direct, or else the opposite direction inverted).
 */
export function findRate(
  from: Currency,
  to: Currency,
  rates: readonly FxRate[],
  date?: PartialDate,
): FoundRate | undefined {
  const direct = nearest(ratesFor(rates, from, to), date);
  const inverse = nearest(ratesFor(rates, to, from), date);
  const closer = (r: FxRate | undefined) =>
    r === undefined || date === undefined
      ? 0
      : Math.abs(monthIndex(monthOf(r.asOf)) - monthIndex(monthOf(date)));
  if (direct !== undefined && (inverse === undefined || closer(direct) <= closer(inverse)))
    return { fx: direct, rate: direct.rate, inverted: false };
  if (inverse !== undefined) return { fx: inverse, rate: 1 / inverse.rate, inverted: true };
  return undefined;
}

/** `money` in `to` at the rate of `date`, with the rate used; undefined when the dataset has no rate. */
export function convert(
  money: Money,
  to: Currency,
  rates: readonly FxRate[],
  date?: PartialDate,
): Conversion | undefined {
  if (money.currency === to) return { money };
  const rate = findRate(money.currency, to, rates, date);
  if (rate === undefined) return undefined;
  return { money: { amount: money.amount * rate.rate, currency: to }, rate };
}

/** True for an amount that was disclosed (not "undisclosed"). */
export function isMoney<M extends Money>(value: M | Undisclosed | undefined): value is M {
  return value !== undefined && value !== "undisclosed";
}

/**
 * Orders two amounts (negative: `a` is smaller), converting to `common` where they differ; undefined
 * when no dataset rate links the currencies. `converted` lists what had to be converted.
 */
export function compareMoney(
  a: Money,
  b: Money,
  rates: readonly FxRate[],
  common: Currency = COMMON_CURRENCY,
  dates: { a?: PartialDate | undefined; b?: PartialDate | undefined } = {},
): { order: number; converted: Money[] } | undefined {
  if (a.currency === b.currency) return { order: Math.sign(a.amount - b.amount), converted: [] };
  const x = convert(a, common, rates, dates.a);
  const y = convert(b, common, rates, dates.b);
  if (x === undefined || y === undefined) return undefined;
  const converted = [x.rate !== undefined ? a : undefined, y.rate !== undefined ? b : undefined].filter(
    (m): m is Money => m !== undefined,
  );
  return { order: Math.sign(x.money.amount - y.money.amount), converted };
}

/** Collects the exchange rates an answer uses, each cited once. */
export class RateLedger {
  readonly #used = new Map<string, FxRateUsed>();

  constructor(
    private readonly rates: readonly FxRate[],
    private readonly book: SourceBook,
    readonly currency: Currency = COMMON_CURRENCY,
  ) {}

  /**
   * A money figure's primary claim in the common currency, converted at the rate of its own date;
   * undefined when it was not disclosed or can't be converted.
   */
  comparable(figure: Figure<Money | Undisclosed>): ComparableMoney | undefined {
    const primary = figure.claims[0];
    if (primary === undefined || !isMoney(primary.value)) return undefined;
    const sum = this.sum([{ money: primary.value, date: primary.asOf }]);
    return sum === undefined ? undefined : { ...sum, disputed: figure.disputed !== undefined };
  }

  /**
   * Adds amounts in the common currency, each converted at the rate of its date; undefined if one
   * can't be converted.
   */
  sum(
    amounts: readonly { money: Money; date?: PartialDate | undefined }[],
  ): Omit<ComparableMoney, "disputed"> | undefined {
    let total = 0;
    const converted: ComparableMoney["converted"] = [];
    for (const { money, date } of amounts) {
      const c = convert(money, this.currency, this.rates, date);
      if (c === undefined) return undefined;
      total += c.money.amount;
      if (c.rate !== undefined) converted.push({ from: money, to: c.money, rate: this.#use(c.rate) });
    }
    return { value: { amount: total, currency: this.currency }, converted };
  }

  /** Every rate used so far, once each. */
  used(): FxRateUsed[] {
    return [...this.#used.values()];
  }

  #use(rate: FoundRate): FxRateUsed {
    const key = `${rate.fx.from}>${rate.fx.to}@${rate.fx.asOf}${rate.inverted ? "~" : ""}`;
    let used = this.#used.get(key);
    if (used === undefined) {
      used = {
        from: rate.inverted ? rate.fx.to : rate.fx.from,
        to: rate.inverted ? rate.fx.from : rate.fx.to,
        rate: rate.rate,
        inverted: rate.inverted,
        asOf: rate.fx.asOf,
        note: rate.fx.note,
        sources: this.book.cite(rate.fx.cite),
      };
      this.#used.set(key, used);
    }
    return used;
  }
}
