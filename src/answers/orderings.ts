// Companies (or their rounds) ordered by one figure: valuation, round date, founding date, a
// business metric. Worked out once per dataset on first use and kept as long as the landscape is
// (it never changes while the bot runs), so a ranking question reads the top few off a list
// instead of walking, citing and sorting thousands of companies. Nothing here is cited: an answer
// cites only the entries it shows. Ties are broken by name, then by the data's order.
import type { Company, Fact, Landscape, MetricKind, Money, Round } from "../data/schema.js";
import { completedRounds, metricOf, valuation } from "./company-facts.js";
import { COMMON_CURRENCY, convert } from "./money.js";

export interface Ordered<T> {
  company: Company;
  /** What the list is ordered by, highest first. */
  value: number;
  item: T;
}

export type StatedValuation = { round: Round; fact: Fact<Money | "undisclosed"> };

const orderings = new WeakMap<Landscape, Map<string, readonly Ordered<unknown>[]>>();

function ordered<T>(
  data: Landscape,
  key: string,
  build: (company: Company) => { value: number; item: T }[],
): readonly Ordered<T>[] {
  let known = orderings.get(data);
  if (known === undefined) {
    known = new Map();
    orderings.set(data, known);
  }
  let list = known.get(key) as readonly Ordered<T>[] | undefined;
  if (list === undefined) {
    const items: Ordered<T>[] = [];
    for (const company of data.companies)
      for (const { value, item } of build(company)) items.push({ company, value, item });
    items.sort((a, b) => b.value - a.value || a.company.name.localeCompare(b.company.name));
    list = items;
    known.set(key, list);
  }
  return list;
}

/**
 * Companies by their latest stated valuation (the primary claim, in the common currency), highest
 * first. Left out: no valuation, an undisclosed one, or one the dataset's rates can't convert.
 */
export function byValuation(data: Landscape): readonly Ordered<StatedValuation>[] {
  return ordered(data, "valuation", (company) => {
    const latest = valuation(company).latest;
    const money = latest?.fact.claims[0]?.value;
    if (latest === undefined || money === undefined || money === "undisclosed") return [];
    const converted = convert(money, COMMON_CURRENCY, data.fxRates);
    return converted === undefined ? [] : [{ value: converted.money.amount, item: latest }];
  });
}

/** Every completed round, newest first (a round dated "2024" counts as the year's start). */
export function byRoundDate(data: Landscape): readonly Ordered<Round>[] {
  return ordered(data, "round-date", (company) =>
    completedRounds(company).map((round) => ({
      value: Number(round.date.replaceAll("-", "").padEnd(8, "0")),
      item: round,
    })),
  );
}

/** Companies by founding date, earliest first (a date given as a year counts as its end). */
export function byFounded(data: Landscape): readonly Ordered<string>[] {
  return ordered(data, "founded", (company) => {
    const date = company.founded?.claims[0]?.value;
    return date === undefined
      ? []
      : [{ value: -Number(date.replaceAll("-", "").padEnd(8, "9")), item: date }];
  });
}

/** Companies by a business metric's primary value, the first of `kinds` each has. */
export function byMetric(
  data: Landscape,
  kinds: readonly MetricKind[],
): readonly Ordered<NonNullable<ReturnType<typeof metricOf>>>[] {
  return ordered(data, `metric:${kinds.join(",")}`, (company) => {
    const found = kinds.map((k) => metricOf(company, k)).find((m) => m !== undefined);
    const value = found?.fact.claims[0]?.value;
    return found === undefined || value === undefined ? [] : [{ value, item: found }];
  });
}
