// Figures written in the question's language, for the sentence that states the answer: "USD 1.1 bn",
// "1,1 Md $", "1.1 مليار دولار"; "June 2024", "juin 2024", "يونيو 2024". Words come from the
// language tables; the arrangement is src/i18n/format.ts, the same code that writes the cards' figures.
import type { Figure, FxRateUsed } from "../answers/types.js";
import type { Money, PartialDate, Undisclosed } from "../data/schema.js";
import * as figures from "../i18n/format.js";
import { messages } from "../i18n/index.js";
import { items } from "./lexicon/index.js";
import type { LabelKey, Lexicon, TemplateKey } from "./lexicon/types.js";

const wordsCache = new WeakMap<Lexicon, figures.NumberWords>();

/**
 * The language's words for figures, as its table gives them; the signs the table doesn't carry
 * (digit groups, the space before "%") are the replies' own (src/i18n), so a question's figures
 * and the card under it read alike. The arrangement is src/i18n/format.ts, shared with the cards.
 */
function wordsOf(lex: Lexicon): figures.NumberWords {
  let words = wordsCache.get(lex);
  if (words === undefined) {
    const own = messages(lex.language).numbers;
    const months = items(lex.months);
    words = {
      ...own,
      million: lex.money.million,
      billion: lex.money.billion,
      decimal: lex.money.decimal,
      currencyFirst: lex.money.currencyFirst,
      currency: lex.money.currency,
      months,
      shortMonths: months,
      atLeast: lex.money.atLeast,
      about: lex.money.about,
    };
    wordsCache.set(lex, words);
  }
  return words;
}

/** "640 M", "1.1 bn", "21.31 M", "250" in the language's words. */
export function formatScaled(value: number, lex: Lexicon, approximate = false): string {
  return figures.formatScaled(value, wordsOf(lex), approximate);
}

export function formatMoney(money: Money | Undisclosed, lex: Lexicon, approximate = false): string {
  if (money === "undisclosed") return lex.labels.undisclosed;
  const text = figures.formatMoney(money, wordsOf(lex), approximate);
  return approximate ? `${lex.money.about} ${text}` : text;
}

/** "June 2024", "9 September 2025", "juin 2024": month names in full. */
export function formatDate(date: PartialDate, lex: Lexicon): string {
  return figures.formatDate(date, wordsOf(lex));
}

/** A date with the word before it: "on 9 September 2025", "in June 2024", "en 2024". */
export function formatWhen(date: PartialDate, lex: Lexicon): string {
  const parts = date.split("-").length;
  const preposition =
    parts === 3
      ? lex.datePrepositions.day
      : parts === 2
        ? lex.datePrepositions.month
        : lex.datePrepositions.year;
  return `${preposition} ${formatDate(date, lex)}`;
}

/** A metric's value: money in its currency, a share with "%", a count scaled ("21.31 M"). */
export function formatQuantity(
  value: number,
  unit: string,
  bound: "exact" | "at-least" | "about",
  lex: Lexicon,
): string {
  let text: string;
  if (unit === "USD" || unit === "EUR") text = formatMoney({ amount: value, currency: unit }, lex);
  else if (unit === "%") text = figures.formatPercent(value, wordsOf(lex));
  else text = formatScaled(value, lex);
  return figures.formatBound(text, bound, wordsOf(lex));
}

/** "A: B" written the language's way ("A : B" in French). */
export function joinColon(lex: Lexicon, first: string, second: string): string {
  return `${first}${messages(lex.language).colon}${second}`;
}

export function formatList(items: readonly string[], lex: Lexicon): string {
  return figures.joinList(items, lex.list);
}

/** "A or B" for "did you mean". */
export function formatAlternatives(items: readonly string[], lex: Lexicon): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(lex.list.separator)} ${lex.labels.or} ${items.at(-1)}`;
}

export function formatRate(rate: FxRateUsed, lex: Lexicon): string {
  return figures.formatRate(rate, wordsOf(lex));
}

/** At most this many rates are named in a note; an answer converting more says how many. */
const MAX_RATES_NAMED = 3;

/**
 * "EUR amounts are converted at the dataset's rate of their month: 1 EUR = 1.084 USD (June 2023);
 * 1 EUR = 1.1732 USD (September 2025)." One note for every rate an answer used, or none.
 */
export function convertedNote(rates: readonly FxRateUsed[], lex: Lexicon): string[] {
  if (rates.length === 0) return [];
  const sorted = [...rates].sort((a, b) => a.asOf.localeCompare(b.asOf));
  const named = sorted
    .slice(0, MAX_RATES_NAMED)
    .map((r) => `${formatRate(r, lex)} (${formatDate(r.asOf, lex)})`);
  if (sorted.length > MAX_RATES_NAMED)
    named.push(lex.list.more.replace("{count}", String(sorted.length - MAX_RATES_NAMED)));
  return [fill(lex, "converted", { rates: named.join(messages(lex.language).semicolon) })];
}

/** Every claim of a disputed figure: "USD 4 bn [3] vs USD 4.5 bn [4]". */
export function formatClaims<T>(figure: Figure<T>, format: (value: T) => string, lex: Lexicon): string {
  return figure.claims
    .map((c) => `${format(c.value)}${c.sources.length > 0 ? ` [${c.sources.join(", ")}]` : ""}`)
    .join(` ${lex.labels.vs} `);
}

/**
 * A template of the language with its `{name}`s filled in. A sentence opening on a metric's name
 * ("{metric} de Photoroom", "{round} de Mistral AI") gets its capital; names from the data are left as written ("a16z").
 */
export function fill(lex: Lexicon, key: TemplateKey, values: Readonly<Record<string, string>>): string {
  const template = lex.templates[key];
  const text = template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  if (!template.startsWith("{metric}") && !template.startsWith("{round}")) return text;
  return text.charAt(0).toLocaleUpperCase(lex.language) + text.slice(1);
}

export function label(lex: Lexicon, key: LabelKey): string {
  return lex.labels[key];
}
