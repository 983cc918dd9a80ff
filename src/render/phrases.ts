// The sentences both renderers write from an answer's parts: a figure with its source marks (both
// values when sources differ), a round on one line, a total with what came since, a source entry.
// A Style says how to bold, link and warn in Discord markdown or in plain terminal text.
import type {
  ComparableMoney,
  DisputeView,
  Figure,
  FxRateUsed,
  MetricView,
  NationalFigureView,
  NumberedSource,
  RoundView,
  TotalRaisedView,
} from "../answers/types.js";
import type { Money, PartialDate } from "../data/schema.js";
import {
  formatBound,
  formatConverted,
  formatDate,
  formatList,
  formatMoney,
  formatQuantity,
  formatRate,
  formatSourceMarks,
  formatStage,
} from "./format.js";

export interface Style {
  bold(text: string): string;
  italic(text: string): string;
  link(text: string, url: string): string;
  /** Put before a figure whose sources differ. */
  warn: string;
  /** Escapes text taken from the data or the user so it can't be read as markup. */
  escape(text: string): string;
}

export const DISPUTED_MARK = "sources differ";

const withMarks = (text: string, sources: readonly number[]) => {
  const marks = formatSourceMarks(sources);
  return marks === "" ? text : `${text} ${marks}`;
};

/**
 * A figure with its sources: "USD 640 M [1]", or every claim when sources differ:
 * "⚠️ sources differ: USD 4 bn [3] (22 Aug 2023) / USD 4.5 bn [4] (24 Aug 2023)".
 */
export function figureText<T>(figure: Figure<T>, format: (value: T) => string, style: Style): string {
  const [only, ...rest] = figure.claims;
  if (only === undefined) return "undisclosed";
  if (rest.length === 0) return withMarks(format(only.value), only.sources);
  const dates = new Set(figure.claims.map((c) => c.asOf));
  const claims = figure.claims.map((c) => {
    const when = dates.size > 1 ? ` (${formatDate(c.asOf, { short: true })})` : "";
    return withMarks(`${format(c.value)}${when}`, c.sources);
  });
  return `${style.warn} ${DISPUTED_MARK}: ${claims.join(" / ")}`;
}

export const moneyText = (figure: Figure<Money>, style: Style) =>
  figureText(figure, (m) => formatMoney(m), style);

/** A valuation, or "undisclosed" when the data has none or says so. */
export function valuationText(figure: Figure<Money | "undisclosed"> | undefined, style: Style): string {
  if (figure === undefined) return "undisclosed";
  return figureText(figure, (v) => (v === "undisclosed" ? "undisclosed" : formatMoney(v)), style);
}

export const dateText = (figure: Figure<PartialDate>, style: Style) =>
  figureText(figure, (d) => formatDate(d), style);

export const textFigure = (figure: Figure<string>, style: Style) =>
  figureText(figure, (t) => style.escape(t), style);

export function metricText(metric: MetricView, style: Style): string {
  return figureText(metric.figure, (v) => formatQuantity(v, metric.unit, metric.bound), style);
}

/** "Series B, June 2024". */
export function roundName(round: {
  stage: RoundView["stage"];
  date: PartialDate;
  status?: RoundView["status"] | undefined;
}): string {
  const stage =
    round.stage === "other" && round.status === "reported" ? "Reported raise" : formatStage(round.stage);
  return `${stage}, ${formatDate(round.date)}`;
}

export function investorsText(round: RoundView, style: Style): string {
  // An investor's marks are shown only where they add a source the round doesn't already cite.
  const names = (list: RoundView["leads"]) =>
    list.map((i) =>
      i.sources.every((n) => round.sources.includes(n))
        ? style.escape(i.name)
        : withMarks(style.escape(i.name), i.sources),
    );
  const parts: string[] = [];
  if (round.leads.length > 0) parts.push(`led by ${formatList(names(round.leads))}`);
  if (round.others.length > 0)
    parts.push(`${round.leads.length > 0 ? "with " : ""}${formatList(names(round.others))}`);
  return parts.join(", ");
}

/** Everything about a round on one line (the amount and valuation with their marks). */
export function roundText(round: RoundView, style: Style, options: { investors?: boolean } = {}): string {
  const parts = [
    `${style.bold(roundName(round))}: ${moneyText(round.amount, style)}`,
    `valuation ${valuationText(round.valuation, style)}`,
  ];
  if (options.investors !== false) {
    const investors = investorsText(round, style);
    if (investors !== "") parts.push(round.leads.length > 0 ? investors : `investors: ${investors}`);
  }
  if (round.totalRaisedAfter !== undefined)
    parts.push(`total raised after: ${moneyText(round.totalRaisedAfter, style)}`);
  const text = parts.join("; ");
  const shown = new Set(round.amount.claims.flatMap((c) => c.sources));
  const marks = formatSourceMarks(round.sources.filter((n) => !shown.has(n)));
  const reported = round.status === "reported" ? ` ${style.italic("(reported, not completed)")}` : "";
  return `${text}${reported}${marks === "" ? "" : ` ${marks}`}`;
}

/** "converted: EUR 1.7 bn ≈ USD 1.76 bn (1 EUR = 1.0367 USD [9])". */
export function conversionText(comparable: ComparableMoney): string {
  return comparable.converted
    .map(
      (c) =>
        `${formatMoney(c.from)} ${formatConverted(c.to)} (${formatRate(c.rate)} ${formatSourceMarks(c.rate.sources)})`,
    )
    .join("; ");
}

/** What a company has raised: the reported total, the rounds since, the sum in one currency. */
export function totalText(total: TotalRaisedView, style: Style): string {
  const comparable = total.comparable;
  switch (total.basis) {
    case "none":
      return "undisclosed";
    case "reported":
      return total.reported === undefined
        ? "undisclosed"
        : `${moneyText(total.reported.figure, style)} (after the ${roundName(total.reported.afterRound)})`;
    case "reported-plus-later-rounds": {
      if (total.reported === undefined) return "undisclosed";
      const since = total.sinceThen.map((r) => `${roundName(r)}: ${moneyText(r.amount, style)}`);
      const sum = comparable === undefined ? "" : `; in all ${comparableText(comparable)}`;
      return `${moneyText(total.reported.figure, style)} after the ${roundName(total.reported.afterRound)}; since then ${since.join("; ")}${sum}`;
    }
    case "sum-of-rounds": {
      const n = total.sinceThen.length;
      const marks = [...new Set(total.sinceThen.flatMap((r) => r.amount.claims[0]?.sources ?? []))];
      if (comparable === undefined) return "undisclosed";
      const amount =
        comparable.converted.length > 0 ? formatConverted(comparable.value) : formatMoney(comparable.value);
      return withMarks(
        `${amount} (the sum of the ${n} round${n === 1 ? "" : "s"} on record; no total reported)`,
        marks,
      );
    }
  }
}

/** A number for the one-currency comparison: "USD 2.86 bn", or "≈ USD 2.86 bn" when converted. */
export function comparableText(comparable: ComparableMoney): string {
  return comparable.converted.length > 0 ? formatConverted(comparable.value) : formatMoney(comparable.value);
}

export function rateText(rate: FxRateUsed): string {
  const note = rate.note !== undefined ? ` (${rate.note})` : "";
  return `${formatRate(rate)}, as of ${formatDate(rate.asOf)}${note} ${formatSourceMarks(rate.sources)}`.trim();
}

export function disputeText(dispute: DisputeView, style: Style): string {
  const what = dispute.round !== undefined ? `${roundName(dispute.round)}: ${dispute.what}` : dispute.what;
  return `${style.bold(what)}: ${style.escape(dispute.disputed)} ${formatSourceMarks(dispute.sources)}`.trim();
}

/** "Seed article (Feb 2025), FACTS M3, L32" or "Reuters, 11 June 2024: title". */
/**
 * How much of a source to write: "full" (publisher, date, linked title, what it says), "short"
 * (linked publisher and date) or "bare" (publisher and date, no link), for tight spaces.
 */
export type SourceDetail = "full" | "short" | "bare";

export function sourceText(
  source: NumberedSource,
  style: Style,
  options: { titleLength?: number; link?: boolean; says?: boolean; detail?: SourceDetail } = {},
): string {
  const max = options.titleLength ?? 90;
  const detail = options.detail ?? "full";
  const linked = (text: string) =>
    source.url !== undefined && options.link !== false && detail !== "bare"
      ? style.link(text, source.url)
      : text;
  const date = formatDate(source.date, { short: true });
  if (source.seed !== undefined) {
    const lines = source.seed.lines.length > 0 ? `, ${source.seed.lines.map((l) => `L${l}`).join(", ")}` : "";
    return `${linked("Seed article")} (${date}), FACTS ${source.seed.fact}${lines}`;
  }
  const publisher = style.escape(source.publisher);
  if (detail !== "full") return `${linked(publisher)}, ${date}`;
  const title = source.title.length > max ? `${source.title.slice(0, max - 1).trimEnd()}…` : source.title;
  const says =
    source.says.length > 0 && options.says !== false
      ? `: ${style.italic(`"${style.escape(source.says.join('"; "'))}"`)}`
      : "";
  return `${publisher}, ${date}: ${linked(style.escape(title))}${says}`;
}

/** Every source entry; the seed article's link is given once, on its first entry. */
export function sourceTexts(
  sources: readonly NumberedSource[],
  style: Style,
  options: { titleLength: number; says: boolean; detail?: SourceDetail },
): string[] {
  let seedLinked = false;
  return sources.map((source) => {
    const link = source.seed === undefined || !seedLinked;
    if (source.seed !== undefined) seedLinked = true;
    return sourceText(source, style, { ...options, link });
  });
}

/** National figures grouped by the fact they come from, each fact's dispute said once. */
export function nationalLines(national: readonly NationalFigureView[], style: Style): string[] {
  const byFact = new Map<string, NationalFigureView[]>();
  for (const figure of national) byFact.set(figure.factId, [...(byFact.get(figure.factId) ?? []), figure]);
  return [...byFact.values()].map((figures) => {
    const first = figures[0];
    const values = figures.map((f) => {
      const converted = f.converted !== undefined ? ` (${formatConverted(f.converted.to)})` : "";
      const value = style.bold(formatBound(formatMoney(f.value), f.bound));
      return `${style.escape(f.label)}: ${value}${converted}, ${formatDate(f.asOf)} ${formatSourceMarks(f.sources)}`;
    });
    const disputed =
      first?.disputed !== undefined ? ` ${style.warn} ${DISPUTED_MARK}: ${style.escape(first.disputed)}` : "";
    return `${style.italic(style.escape(first?.title ?? ""))}: ${values.join("; ")}${disputed}`;
  });
}

/** "Data as of March 2026 · newest figure shown: Sept 2025". */
export function asOfText(asOf: { shown?: PartialDate | undefined; data: PartialDate }): string {
  const shown = asOf.shown !== undefined ? ` · newest figure shown: ${formatDate(asOf.shown)}` : "";
  return `Data as of ${formatDate(asOf.data)}${shown}`;
}
