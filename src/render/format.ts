// Figures written for people, in the reply's language: "USD 640 M" / "640 M $" / "640 مليون دولار",
// "June 2024" / "juin 2024", "9 Sept 2025" / "9 sept. 2025", "more than USD 1 M", "57%". Both
// renderers (Discord and terminal) use these, so a figure reads the same everywhere; the
// arrangement itself is src/i18n/format.ts, shared with the question engine. The language is always
// the caller's: the reply's audience decided it.
import type { Category, Money, PartialDate, Stage } from "../data/schema.js";
import * as figures from "../i18n/format.js";
import { type Language, messages } from "../i18n/index.js";

const words = (language: Language) => messages(language).numbers;

/** A large number with its scale word: "640 M", "1.7 bn", "36,000". */
export function formatScaled(value: number, language: Language, approximate = false): string {
  return figures.formatScaled(value, words(language), approximate);
}

/** "USD 640 M", "EUR 1.7 bn"; `approximate` rounds to three significant figures (converted amounts). */
export function formatMoney(money: Money, options: { approximate?: boolean; language: Language }): string {
  return figures.formatMoney(money, words(options.language), options.approximate ?? false);
}

/** "≈ USD 1.76 bn": a converted amount, marked as approximate. */
export function formatConverted(money: Money, language: Language): string {
  return `≈ ${formatMoney(money, { approximate: true, language })}`;
}

/** "2024", "June 2024" ("Jun 2024" short), "9 Sept 2025" ("9 September 2025" in full). */
export function formatDate(
  date: PartialDate,
  options: { short?: boolean; full?: boolean; language: Language },
): string {
  return figures.formatDate(date, words(options.language), {
    month: options.short ? "short" : "full",
    day: options.full ? "full" : "short",
  });
}

export type Bound = "exact" | "at-least" | "about";

/** "more than USD 1 M", "about 250 people", or the figure itself. */
export function formatBound(text: string, bound: Bound, language: Language): string {
  return figures.formatBound(text, bound, words(language));
}

/** "57%", "2.5%". */
export function formatPercent(value: number, language: Language): string {
  return figures.formatPercent(value, words(language));
}

/** A metric's value in its unit: "USD 65 M", "21.31 M visits", "57%", "more than 80%". */
export function formatQuantity(
  value: number,
  unit: string,
  language: Language,
  bound: Bound = "exact",
): string {
  let text: string;
  if (unit === "USD" || unit === "EUR") text = formatMoney({ amount: value, currency: unit }, { language });
  else if (unit === "%") text = formatPercent(value, language);
  else text = `${formatScaled(value, language)} ${unit}`;
  return formatBound(text, bound, language);
}

/** "Series B", "Seed", "IPO". */
export function formatStage(stage: Stage, language: Language): string {
  return messages(language).stages[stage];
}

export function formatCategory(category: Category, language: Language): string {
  return messages(language).categories[category];
}

/** "1 EUR = 1.0367 USD". */
export function formatRate(rate: { from: string; to: string; rate: number }, language: Language): string {
  return figures.formatRate(rate, words(language));
}

/** "[1]", "[1, 3]": the numbers of a figure's sources. */
export function formatSourceMarks(numbers: readonly number[]): string {
  return numbers.length === 0 ? "" : `[${[...numbers].sort((a, b) => a - b).join(", ")}]`;
}

/** "Mistral AI", "Mistral AI and Hugging Face", "A, B and C". */
export function formatList(items: readonly string[], language: Language): string {
  return figures.joinList(items, messages(language).list);
}
