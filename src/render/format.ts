// Figures written for people: "USD 640 M", "EUR 1.7 bn", "June 2024", "9 Sept 2025", "more than
// USD 1 M", "57%". Both renderers (Discord and terminal) use these, so a figure reads the same everywhere.
import type { Category, Money, PartialDate, Stage } from "../data/schema.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
/** Short month names as the Guardian style guide writes them ("Sept", not "Sep"). */
const SHORT_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "June",
  "July",
  "Aug",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
] as const;

/** Up to `decimals` decimals, trailing zeros dropped: 640, 1.7, 2.29, 112.3, 2.667. */
function trimmed(value: number, decimals: number): string {
  return value
    .toFixed(decimals)
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "");
}

/** Three significant figures, for converted (hence approximate) amounts: 1.76, 622, 11.7. */
function significant(value: number): string {
  if (value === 0) return "0";
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return trimmed(value, Math.min(digits, 3));
}

/** A large number with its scale word: "640 M", "1.7 bn", "36,000". */
export function formatScaled(value: number, approximate = false): string {
  const abs = Math.abs(value);
  const write = (v: number) => (approximate ? significant(v) : trimmed(v, 3));
  if (abs >= 1e9) return `${write(value / 1e9)} bn`;
  if (abs >= 1e6) return `${write(value / 1e6)} M`;
  return approximate ? Number(significant(value)).toLocaleString("en-GB") : formatPlain(value);
}

function formatPlain(value: number): string {
  return Number(trimmed(value, 3)).toLocaleString("en-GB", { maximumFractionDigits: 3 });
}

/** "USD 640 M", "EUR 1.7 bn"; `approximate` rounds to three significant figures (converted amounts). */
export function formatMoney(money: Money, options: { approximate?: boolean } = {}): string {
  return `${money.currency} ${formatScaled(money.amount, options.approximate ?? false)}`;
}

/** "≈ USD 1.76 bn": a converted amount, marked as approximate. */
export function formatConverted(money: Money): string {
  return `≈ ${formatMoney(money, { approximate: true })}`;
}

/** "2024", "June 2024" ("Jun 2024" short), "9 Sept 2025". */
export function formatDate(date: PartialDate, options: { short?: boolean } = {}): string {
  const [year, month, day] = date.split("-");
  if (month === undefined) return year ?? date;
  const m = Number(month) - 1;
  if (day === undefined) return `${(options.short ? SHORT_MONTHS[m] : MONTHS[m]) ?? month} ${year}`;
  return `${Number(day)} ${SHORT_MONTHS[m] ?? month} ${year}`;
}

export type Bound = "exact" | "at-least" | "about";

/** "more than USD 1 M", "about 250 people", or the figure itself. */
export function formatBound(text: string, bound: Bound): string {
  return bound === "at-least" ? `more than ${text}` : bound === "about" ? `about ${text}` : text;
}

/** "57%", "2.5%". */
export function formatPercent(value: number): string {
  return `${trimmed(value, 2)}%`;
}

/** A metric's value in its unit: "USD 65 M", "21.31 M visits", "57%", "more than 80%". */
export function formatQuantity(value: number, unit: string, bound: Bound = "exact"): string {
  let text: string;
  if (unit === "USD" || unit === "EUR") text = formatMoney({ amount: value, currency: unit });
  else if (unit === "%") text = formatPercent(value);
  else text = `${formatScaled(value)} ${unit}`;
  return formatBound(text, bound);
}

const STAGES: Record<Stage, string> = {
  "pre-seed": "Pre-seed",
  seed: "Seed",
  "series-a": "Series A",
  "series-b": "Series B",
  "series-c": "Series C",
  "series-d": "Series D",
  "series-e": "Series E",
  ipo: "IPO",
  debt: "Debt",
  grant: "Grant",
  other: "Round",
};

/** "Series B", "Seed", "IPO". */
export function formatStage(stage: Stage): string {
  return STAGES[stage];
}

const CATEGORIES: Record<Category, string> = {
  "foundation-models": "Foundation models",
  "open-source-platform": "Open-source platform",
  agents: "AI agents",
  image: "Image",
  coding: "Coding",
  "enterprise-assistant": "Enterprise assistant",
  video: "Video",
  voice: "Voice",
  robotics: "Robotics",
  health: "Health",
  research: "Research",
  "world-models": "World models",
};

export function formatCategory(category: Category): string {
  return CATEGORIES[category];
}

/** "1 EUR = 1.0367 USD". */
export function formatRate(rate: { from: string; to: string; rate: number }): string {
  return `1 ${rate.from} = ${trimmed(rate.rate, 4)} ${rate.to}`;
}

/** "[1]", "[1, 3]": the numbers of a figure's sources. */
export function formatSourceMarks(numbers: readonly number[]): string {
  return numbers.length === 0 ? "" : `[${[...numbers].sort((a, b) => a - b).join(", ")}]`;
}

/** "Mistral AI", "Mistral AI and Hugging Face", "A, B and C". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
