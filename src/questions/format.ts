// Figures written in the question's language, for the sentence that states the answer: "USD 1.1 bn",
// "1,1 Md $", "1.1 مليار دولار"; "June 2024", "juin 2024", "يونيو 2024". Words come from the
// language tables; only the arrangement is code.
import type { Figure, FxRateUsed } from "../answers/types.js";
import type { Money, PartialDate } from "../data/schema.js";
import { items } from "./lexicon/index.js";
import type { LabelKey, Lexicon, TemplateKey } from "./lexicon/types.js";

function trimmed(value: number, decimals: number): string {
  return value
    .toFixed(decimals)
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "");
}

/** Three significant figures, for converted (hence approximate) amounts. */
function significant(value: number): string {
  if (value === 0) return "0";
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return trimmed(value, Math.min(digits, 3));
}

function localNumber(text: string, lex: Lexicon): string {
  const [whole = "", fraction] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lex.language === "fr" ? "\u202f" : ",");
  return fraction === undefined ? grouped : `${grouped}${lex.money.decimal}${fraction}`;
}

/** "640 M", "1.1 bn", "21.31 M", "250" in the language's words. */
export function formatScaled(value: number, lex: Lexicon, approximate = false): string {
  const write = (v: number) => localNumber(approximate ? significant(v) : trimmed(v, 3), lex);
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${write(value / 1e9)} ${lex.money.billion}`;
  if (abs >= 1e6) return `${write(value / 1e6)} ${lex.money.million}`;
  return write(value);
}

export function formatMoney(money: Money, lex: Lexicon, approximate = false): string {
  const amount = formatScaled(money.amount, lex, approximate);
  const currency = lex.money.currency[money.currency];
  const text = lex.money.currencyFirst ? `${currency} ${amount}` : `${amount} ${currency}`;
  return approximate ? `${lex.money.about} ${text}` : text;
}

const monthCache = new WeakMap<Lexicon, string[]>();

function monthNames(lex: Lexicon): string[] {
  let names = monthCache.get(lex);
  if (names === undefined) {
    names = items(lex.months);
    monthCache.set(lex, names);
  }
  return names;
}

export function formatDate(date: PartialDate, lex: Lexicon): string {
  const [year, month, day] = date.split("-");
  if (month === undefined) return year ?? date;
  const name = monthNames(lex)[Number(month) - 1] ?? month;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
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
  else if (unit === "%")
    text = `${localNumber(trimmed(value, 2), lex)}${lex.language === "fr" ? "\u202f" : ""}%`;
  else text = formatScaled(value, lex);
  if (bound === "at-least") return `${lex.money.atLeast} ${text}`;
  if (bound === "about") return `${lex.money.about} ${text}`;
  return text;
}

export function formatList(items: readonly string[], lex: Lexicon): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(lex.list.separator)}${lex.list.last}${items.at(-1)}`;
}

/** "A or B" for "did you mean". */
export function formatAlternatives(items: readonly string[], lex: Lexicon): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(lex.list.separator)} ${lex.labels.or} ${items.at(-1)}`;
}

export function formatRate(rate: FxRateUsed, lex: Lexicon): string {
  return `1 ${rate.from} = ${localNumber(trimmed(rate.rate, 4), lex)} ${rate.to}`;
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
