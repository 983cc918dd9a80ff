// Figures written in the question's language, for the sentence that states the answer: "USD 1.1 bn",
// "1,1 Md $", "1.1 مليار دولار"; "June 2024", "juin 2024", "يونيو 2024". Words come from the
// replies' catalogue (src/i18n); the arrangement is src/i18n/format.ts, the same code that writes
// the cards' figures. Month names are written in full, as sentences write them.
import type { Figure, FxRateUsed } from "../answers/types.js";
import type { Money, PartialDate, Undisclosed } from "../data/schema.js";
import * as figures from "../i18n/format.js";
import type { Messages } from "../i18n/index.js";

/** A sentence of the question engine (src/i18n, `answers.templates`). */
export type TemplateKey = keyof Messages["answers"]["templates"];

/** "640 M", "1.1 bn", "21.31 M", "250" in the language's words. */
export function formatScaled(value: number, words: Messages, approximate = false): string {
  return figures.formatScaled(value, words.numbers, approximate);
}

export function formatMoney(money: Money | Undisclosed, words: Messages, approximate = false): string {
  if (money === "undisclosed") return words.figures.undisclosed;
  const text = figures.formatMoney(money, words.numbers, approximate);
  return approximate ? `${words.numbers.about} ${text}` : text;
}

/** "June 2024", "9 September 2025", "juin 2024": month names in full. */
export function formatDate(date: PartialDate, words: Messages): string {
  return figures.formatDate(date, words.numbers);
}

/** A date with the word before it: "on 9 September 2025", "in June 2024", "en 2024". */
export function formatWhen(date: PartialDate, words: Messages): string {
  const parts = date.split("-").length;
  const preposition =
    parts === 3
      ? words.answers.datePrepositions.day
      : parts === 2
        ? words.answers.datePrepositions.month
        : words.answers.datePrepositions.year;
  return `${preposition} ${formatDate(date, words)}`;
}

/** A metric's value: money in its currency, a share with "%", a count scaled ("21.31 M"). */
export function formatQuantity(
  value: number,
  unit: string,
  bound: "exact" | "at-least" | "about",
  words: Messages,
): string {
  let text: string;
  if (unit === "USD" || unit === "EUR") text = formatMoney({ amount: value, currency: unit }, words);
  else if (unit === "%") text = figures.formatPercent(value, words.numbers);
  else text = formatScaled(value, words);
  return figures.formatBound(text, bound, words.numbers);
}

/** "A: B" written the language's way ("A : B" in French). */
export function joinColon(words: Messages, first: string, second: string): string {
  return `${first}${words.colon}${second}`;
}

export function formatList(items: readonly string[], words: Messages): string {
  return figures.joinList(items, words.list);
}

/** The first `max` names, then "and N more": a sentence names a few, its evidence lists them all. */
export function firstNames(names: readonly string[], max: number, words: Messages): string[] {
  if (names.length <= max) return [...names];
  return [...names.slice(0, max), words.list.more.replace("{count}", String(names.length - max))];
}

/** "A or B" for "did you mean". */
export function formatAlternatives(items: readonly string[], words: Messages): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(words.list.separator)} ${words.answers.labels.or} ${items.at(-1)}`;
}

export function formatRate(rate: FxRateUsed, words: Messages): string {
  return figures.formatRate(rate, words.numbers);
}

/** At most this many rates are named in a note; an answer converting more says how many. */
const MAX_RATES_NAMED = 3;

/**
 * "EUR amounts are converted at the dataset's rate of their month: 1 EUR = 1.084 USD (June 2023);
 * 1 EUR = 1.1732 USD (September 2025)." One note for every rate an answer used, or none.
 */
export function convertedNote(rates: readonly FxRateUsed[], words: Messages): string[] {
  if (rates.length === 0) return [];
  const sorted = [...rates].sort((a, b) => a.asOf.localeCompare(b.asOf));
  const named = firstNames(
    sorted.map((r) => `${formatRate(r, words)} (${formatDate(r.asOf, words)})`),
    MAX_RATES_NAMED,
    words,
  );
  return [fill(words, "converted", { rates: named.join(words.semicolon) })];
}

/** Every claim of a disputed figure: "USD 4 bn [3] vs USD 4.5 bn [4]". */
export function formatClaims<T>(figure: Figure<T>, format: (value: T) => string, words: Messages): string {
  return figure.claims
    .map((c) => `${format(c.value)}${c.sources.length > 0 ? ` [${c.sources.join(", ")}]` : ""}`)
    .join(` ${words.answers.labels.vs} `);
}

/**
 * A template of the language with its `{name}`s filled in. A sentence opening on a metric's name
 * ("{metric} de Photoroom", "{round} de Mistral AI") gets its capital; names from the data are left as written ("a16z").
 */
export function fill(words: Messages, key: TemplateKey, values: Readonly<Record<string, string>>): string {
  const template = words.answers.templates[key];
  const text = template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  if (!template.startsWith("{metric}") && !template.startsWith("{round}")) return text;
  return text.charAt(0).toLocaleUpperCase(words.language) + text.slice(1);
}
