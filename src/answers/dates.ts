// Partial dates ("2024", "2024-06", "2024-06-11") compare as text: a less precise date sorts before
// a more precise one of the same period, which is what "oldest first" wants.
import type { PartialDate } from "../data/schema.js";

export function compareDates(a: PartialDate, b: PartialDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function latestDate(a: PartialDate | undefined, b: PartialDate | undefined): PartialDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareDates(a, b) >= 0 ? a : b;
}

export function yearOf(date: PartialDate): number {
  return Number(date.slice(0, 4));
}

/**
 * -1 when `a` is surely before `b`, 1 when surely after, 0 when it can't be told ("2024" vs
 * "2024-05" overlap) or they are the same.
 */
export function surelyOrdered(a: PartialDate, b: PartialDate): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}
