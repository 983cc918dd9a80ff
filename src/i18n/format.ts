// Numbers, amounts and dates written in a language: "USD 640 M" / "640 M $" / "640 مليون دولار",
// "9 Sept 2025" / "9 sept. 2025" / "9 سبتمبر 2025". The one place this arrangement is written:
// the cards (src/render/format.ts) pass the words of src/i18n/<language>.ts, the question engine
// (src/questions/format.ts) the words of its lexicons. Only the words differ between languages.
import type { Currency, Money, PartialDate } from "../data/schema.js";

/** The words and signs a language writes figures with. */
export interface NumberWords {
  million: string;
  billion: string;
  /** The decimal sign: "1.7" or "1,7". */
  decimal: string;
  /** Between groups of three digits: "36,000", "36 000" (a narrow no-break space in French). */
  group: string;
  /** "USD 640 M" (currency first) or "640 M $" (amount first). */
  currencyFirst: boolean;
  currency: Readonly<Record<Currency, string>>;
  /** After a share: "57%" or "57 %". */
  percent: string;
  /** The twelve month names. */
  months: readonly string[];
  /** The twelve short month names, for a day's date ("9 Sept 2025"); the full names where none are used. */
  shortMonths: readonly string[];
  /** How the first day of a month is written: "1", "1er" in French. */
  firstDay: string;
  /** Put before a floor: "more than". */
  atLeast: string;
  /** Put before an approximate figure: "about". */
  about: string;
}

/** Up to `decimals` decimals, trailing zeros dropped: 640, 1.7, 2.29, 112.3, 2.667. */
export function trimmed(value: number, decimals: number): string {
  return value
    .toFixed(decimals)
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "");
}

/** Three significant figures, for converted (hence approximate) amounts: 1.76, 622, 11.7. */
export function significant(value: number): string {
  if (value === 0) return "0";
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return trimmed(value, Math.min(digits, 3));
}

/** "1234.5" written with the language's signs: "1,234.5", "1 234,5". */
export function localDigits(text: string, words: NumberWords): string {
  const [whole = "", fraction] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, words.group);
  return fraction === undefined ? grouped : `${grouped}${words.decimal}${fraction}`;
}

/** A large number with its scale word: "640 M", "1.7 bn", "1,7 Md", "36,000". */
export function formatScaled(value: number, words: NumberWords, approximate = false): string {
  const write = (v: number) => localDigits(approximate ? significant(v) : trimmed(v, 3), words);
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${write(value / 1e9)} ${words.billion}`;
  if (abs >= 1e6) return `${write(value / 1e6)} ${words.million}`;
  return write(value);
}

/** "USD 640 M", "640 M $", "640 مليون دولار"; `approximate` rounds to three significant figures. */
export function formatMoney(money: Money, words: NumberWords, approximate = false): string {
  const amount = formatScaled(money.amount, words, approximate);
  const currency = words.currency[money.currency];
  return words.currencyFirst ? `${currency} ${amount}` : `${amount} ${currency}`;
}

/** "57%", "2,5 %". */
export function formatPercent(value: number, words: NumberWords): string {
  return `${localDigits(trimmed(value, 2), words)}${words.percent}`;
}

/** "1 EUR = 1.0367 USD", "1 EUR = 1,0367 USD". */
export function formatRate(rate: { from: string; to: string; rate: number }, words: NumberWords): string {
  return `1 ${rate.from} = ${localDigits(trimmed(rate.rate, 4), words)} ${rate.to}`;
}

export interface DateForm {
  /** The month of a month's date ("June 2024"): full by default. */
  month?: "full" | "short";
  /** The month of a day's date ("9 Sept 2025"): full by default. */
  day?: "full" | "short";
}

/** "2024", "June 2024", "9 Sept 2025": as precise as the date is. */
export function formatDate(date: PartialDate, words: NumberWords, form: DateForm = {}): string {
  const [year, month, day] = date.split("-");
  if (month === undefined) return year ?? date;
  const m = Number(month) - 1;
  const name = (kind: "full" | "short" | undefined) =>
    (kind === "short" ? words.shortMonths[m] : words.months[m]) ?? month;
  if (day === undefined) return `${name(form.month)} ${year}`;
  const d = Number(day);
  return `${d === 1 ? words.firstDay : d} ${name(form.day)} ${year}`;
}

/** "more than USD 1 M", "about 250 people", or the figure itself. */
export function formatBound(text: string, bound: "exact" | "at-least" | "about", words: NumberWords): string {
  return bound === "at-least"
    ? `${words.atLeast} ${text}`
    : bound === "about"
      ? `${words.about} ${text}`
      : text;
}

/** "A", "A and B", "A, B and C"; Arabic glues "و" to the last item (`last` is " و"). */
export function joinList(items: readonly string[], words: { separator: string; last: string }): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(words.separator)}${words.last}${items.at(-1)}`;
}

/**
 * A table of labels as a sentence writes them: "Foundation models" → "foundation models". A first
 * word in capitals is an acronym and stays: "AI agents", "HR and recruiting", "RH et recrutement".
 */
export function inSentence<K extends string>(labels: Readonly<Record<K, string>>): Record<K, string> {
  const lower = (label: string) => {
    const [first = ""] = label.split(" ");
    return first.length > 1 && first === first.toUpperCase()
      ? label
      : label.charAt(0).toLowerCase() + label.slice(1);
  };
  return Object.fromEntries(
    Object.entries<string>(labels).map(([key, label]) => [key, lower(label)]),
  ) as Record<K, string>;
}
