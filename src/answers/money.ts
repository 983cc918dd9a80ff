// Money in two currencies. Amounts are only compared after converting with a rate the dataset
// states (never a rate from memory), and the answer says which figures were converted and how.
import type { Currency, FxRate, Money } from "../data/schema.js";
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

/** The dataset's rate from one currency to another, direct or inverted (the most recent one). */
export function findRate(
  from: Currency,
  to: Currency,
  rates: readonly FxRate[],
): { fx: FxRate; rate: number; inverted: boolean } | undefined {
  const newestFirst = [...rates].sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0));
  const direct = newestFirst.find((r) => r.from === from && r.to === to);
  if (direct !== undefined) return { fx: direct, rate: direct.rate, inverted: false };
  const inverse = newestFirst.find((r) => r.from === to && r.to === from);
  if (inverse !== undefined) return { fx: inverse, rate: 1 / inverse.rate, inverted: true };
  return undefined;
}

/** `money` in `to`, with the rate used; undefined when the dataset has no rate between the two. */
export function convert(money: Money, to: Currency, rates: readonly FxRate[]): Conversion | undefined {
  if (money.currency === to) return { money };
  const rate = findRate(money.currency, to, rates);
  if (rate === undefined) return undefined;
  return { money: { amount: money.amount * rate.rate, currency: to }, rate };
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
): { order: number; converted: Money[] } | undefined {
  if (a.currency === b.currency) return { order: Math.sign(a.amount - b.amount), converted: [] };
  const x = convert(a, common, rates);
  const y = convert(b, common, rates);
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

  /** A money figure's primary claim in the common currency; undefined when it can't be converted. */
  comparable(figure: Figure<Money>): ComparableMoney | undefined {
    const primary = figure.claims[0];
    if (primary === undefined) return undefined;
    const sum = this.sum([primary.value]);
    return sum === undefined ? undefined : { ...sum, disputed: figure.disputed !== undefined };
  }

  /** Adds amounts in the common currency, converting as needed; undefined if one can't be converted. */
  sum(amounts: readonly Money[]): Omit<ComparableMoney, "disputed"> | undefined {
    let total = 0;
    const converted: ComparableMoney["converted"] = [];
    for (const money of amounts) {
      const c = convert(money, this.currency, this.rates);
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

  #use(rate: { fx: FxRate; rate: number; inverted: boolean }): FxRateUsed {
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
