// The sentences both renderers write from an answer's parts: a figure with its source marks (both
// values when sources differ), a round on one line, a total with what came since, a source entry.
// A Style says how to bold, link and warn in Discord markdown or in plain terminal text; the
// Messages (src/i18n) say it in the reply's language, English by default.
import type {
  ComparableMoney,
  DisputeView,
  Figure,
  FundingFilter,
  FxRateUsed,
  MetricView,
  NationalFigureView,
  NumberedSource,
  PersonView,
  RoundView,
  TotalRaisedView,
} from "../answers/types.js";
import type { CompanyStatus, Money, PartialDate, Place, Undisclosed, Valuation } from "../data/schema.js";
import type { Messages } from "../i18n/index.js";
import { placeText } from "../i18n/place.js";
import { positionText } from "../i18n/position.js";
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

const withMarks = (text: string, sources: readonly number[]) => {
  const marks = formatSourceMarks(sources);
  return marks === "" ? text : `${text} ${marks}`;
};

/**
 * A figure with its sources: "USD 640 M [1]", or every claim when sources differ:
 * "⚠️ sources differ: USD 4 bn [3] (22 Aug 2023) / USD 4.5 bn [4] (24 Aug 2023)".
 */
export function figureText<T>(
  figure: Figure<T>,
  format: (value: T) => string,
  style: Style,
  m: Messages,
): string {
  const [only, ...rest] = figure.claims;
  if (only === undefined) return m.figures.undisclosed;
  if (rest.length === 0) return withMarks(format(only.value), only.sources);
  // Several claims that agree (a valuation before and after the round's money): each with its marks.
  if (figure.disputed === undefined)
    return figure.claims.map((c) => withMarks(format(c.value), c.sources)).join(" / ");
  const dates = new Set(figure.claims.map((c) => c.asOf));
  const claims = figure.claims.map((c) => {
    const when = dates.size > 1 ? ` (${formatDate(c.asOf, { short: true, language: m.language })})` : "";
    return withMarks(`${format(c.value)}${when}`, c.sources);
  });
  return `${style.warn} ${m.figures.sourcesDiffer}${m.colon}${claims.join(" / ")}`;
}

/** An amount, or "undisclosed" where the company did not disclose it. */
export const moneyText = (figure: Figure<Money | Undisclosed>, style: Style, m: Messages) =>
  figureText(
    figure,
    (v) => (v === "undisclosed" ? m.figures.undisclosed : formatMoney(v, { language: m.language })),
    style,
    m,
  );

/**
 * A valuation with its basis where the source states it ("USD 3.5 bn pre-money"); "undisclosed"
 * where the company did not disclose it, "not in the data" where the data has none.
 */
export function valuationText(
  figure: Figure<Valuation | Undisclosed> | undefined,
  style: Style,
  m: Messages,
): string {
  if (figure === undefined) return m.figures.notInData;
  return figureText(
    figure,
    (v) =>
      v === "undisclosed"
        ? m.figures.undisclosed
        : `${formatMoney(v, { language: m.language })}${v.basis !== undefined ? ` ${m.valuationBasis[v.basis]}` : ""}`,
    style,
    m,
  );
}

/** "Helsing isn't a French company: it is based in Munich, Germany [1], …". */
export const abroadText = (abroad: { name: string; hq: Figure<Place> }, style: Style, m: Messages) =>
  m.notices.notFrench(style.escape(abroad.name), placeFigureText(abroad.hq, style, m));

export const placeFigureText = (figure: Figure<Place>, style: Style, m: Messages) =>
  figureText(figure, (p) => style.escape(placeText(p, m)), style, m);

/** "acquired by Safran (Sept 2024), for EUR 220 M"; "listed on Euronext Growth Paris (Nov 2024), ticker ALTAI". */
export function statusValueText(status: CompanyStatus, date: PartialDate, style: Style, m: Messages): string {
  const when = formatDate(date, { language: m.language });
  switch (status.state) {
    case "acquired": {
      const price =
        status.price === undefined
          ? ""
          : `${m.comma}${status.price === "undisclosed" ? m.status.priceUndisclosed : m.status.price(formatMoney(status.price, { language: m.language }))}`;
      return `${m.status.acquired(style.escape(status.by), when)}${price}`;
    }
    case "listed":
      return `${m.status.listed(style.escape(status.market), when)}${status.ticker !== undefined ? `${m.comma}${m.status.ticker(style.escape(status.ticker))}` : ""}`;
    case "merged":
      return m.status.merged(style.escape(status.with), when);
    case "closed":
      return m.status.closed(when);
  }
}

/** A company's status with its sources; "independent" when the data records none. */
export function statusText(figure: Figure<CompanyStatus> | undefined, style: Style, m: Messages): string {
  if (figure === undefined) return m.status.independent;
  const [first, ...rest] = figure.claims;
  if (first === undefined) return m.status.independent;
  if (rest.length === 0) return withMarks(statusValueText(first.value, first.asOf, style, m), first.sources);
  return figureText(figure, (v) => statusValueText(v, first.asOf, style, m), style, m);
}

/** "**Arthur Mensch** (CEO) [1]: background…": a founder or officer on one line. */
export function personLine(person: PersonView, style: Style, m: Messages): string {
  const position = positionText(person, m);
  const role = position !== undefined ? ` (${position})` : "";
  const backgroundSources = new Set(person.background?.claims.flatMap((c) => c.sources) ?? []);
  const background =
    person.background !== undefined ? `${m.colon}${textFigure(person.background, style, m)}` : "";
  const marks = formatSourceMarks(person.sources.filter((n) => !backgroundSources.has(n)));
  return `${style.bold(style.escape(person.name))}${role}${marks === "" ? "" : ` ${marks}`}${background}`;
}

export const dateText = (figure: Figure<PartialDate>, style: Style, m: Messages) =>
  figureText(figure, (d) => formatDate(d, { language: m.language }), style, m);

export const textFigure = (figure: Figure<string>, style: Style, m: Messages) =>
  figureText(figure, (t) => style.escape(t), style, m);

export function metricText(metric: MetricView, style: Style, m: Messages): string {
  return figureText(metric.figure, (v) => formatQuantity(v, metric.unit, m.language, metric.bound), style, m);
}

/** "Series B, June 2024". */
export function roundName(
  round: {
    stage: RoundView["stage"];
    date: PartialDate;
    status?: RoundView["status"] | undefined;
  },
  m: Messages,
): string {
  const stage =
    round.stage === "other" && round.status === "reported"
      ? m.figures.reportedRaise
      : formatStage(round.stage, m.language);
  return m.figures.roundName(stage, formatDate(round.date, { language: m.language }));
}

export function investorsText(round: RoundView, style: Style, m: Messages): string {
  // An investor's marks are shown only where they add a source the round doesn't already cite.
  const names = (list: RoundView["leads"]) =>
    formatList(
      list.map((i) =>
        i.sources.every((n) => round.sources.includes(n))
          ? style.escape(i.name)
          : withMarks(style.escape(i.name), i.sources),
      ),
      m.language,
    );
  const parts: string[] = [];
  if (round.leads.length > 0) parts.push(m.figures.ledBy(names(round.leads)));
  if (round.others.length > 0)
    parts.push(round.leads.length > 0 ? m.figures.withOthers(names(round.others)) : names(round.others));
  return parts.join(m.comma);
}

/** Everything about a round on one line (the amount and valuation with their marks). */
export function roundText(
  round: RoundView,
  style: Style,
  options: { investors?: boolean } = {},
  m: Messages,
): string {
  const parts = [
    `${style.bold(roundName(round, m))}${m.colon}${moneyText(round.amount, style, m)}`,
    m.figures.valuation(valuationText(round.valuation, style, m)),
  ];
  if (options.investors !== false) {
    const investors = investorsText(round, style, m);
    if (investors !== "") parts.push(round.leads.length > 0 ? investors : m.figures.investors(investors));
  }
  if (round.totalRaisedAfter !== undefined)
    parts.push(m.figures.totalAfter(moneyText(round.totalRaisedAfter, style, m)));
  const text = parts.join(m.semicolon);
  const shown = new Set(round.amount.claims.flatMap((c) => c.sources));
  const marks = formatSourceMarks(round.sources.filter((n) => !shown.has(n)));
  const reported = round.status === "reported" ? ` ${style.italic(m.figures.reportedNotCompleted)}` : "";
  return `${text}${reported}${marks === "" ? "" : ` ${marks}`}`;
}

/** "converted: EUR 1.7 bn ≈ USD 1.76 bn (1 EUR = 1.0367 USD [9])". */
export function conversionText(comparable: ComparableMoney, m: Messages): string {
  return comparable.converted
    .map(
      (c) =>
        `${formatMoney(c.from, { language: m.language })} ${formatConverted(c.to, m.language)} (${formatRate(c.rate, m.language)} ${formatSourceMarks(c.rate.sources)})`,
    )
    .join(m.semicolon);
}

/** Under a total that adds up converted amounts: "converted: EUR 2.8 bn ≈ USD 3.31 bn (…)"; else none. */
export function totalConversionNote(total: TotalRaisedView, m: Messages): string | undefined {
  const comparable = total.comparable;
  return comparable !== undefined && comparable.converted.length > 0
    ? m.figures.converted(conversionText(comparable, m))
    : undefined;
}

/** What a company has raised: the reported total, the rounds since, the sum in one currency. */
export function totalText(total: TotalRaisedView, style: Style, m: Messages): string {
  const comparable = total.comparable;
  switch (total.basis) {
    case "none":
      return m.figures.undisclosed;
    case "reported":
      return total.reported === undefined
        ? m.figures.undisclosed
        : m.figures.totalAfterRound(
            moneyText(total.reported.figure, style, m),
            roundName(total.reported.afterRound, m),
          );
    case "reported-plus-later-rounds": {
      if (total.reported === undefined) return m.figures.undisclosed;
      const since = total.sinceThen.map(
        (r) => `${roundName(r, m)}${m.colon}${moneyText(r.amount, style, m)}`,
      );
      const sum =
        comparable === undefined ? "" : `${m.semicolon}${m.figures.inAll(comparableText(comparable, m))}`;
      return `${m.figures.totalSince(
        moneyText(total.reported.figure, style, m),
        roundName(total.reported.afterRound, m),
        since.join(m.semicolon),
      )}${sum}`;
    }
    case "sum-of-rounds": {
      const n = total.sinceThen.length;
      const marks = [...new Set(total.sinceThen.flatMap((r) => r.amount.claims[0]?.sources ?? []))];
      if (comparable === undefined) return m.figures.undisclosed;
      return withMarks(m.figures.sumOfRounds(comparableText(comparable, m), n), marks);
    }
  }
}

/** A number for the one-currency comparison: "USD 2.86 bn", or "≈ USD 2.86 bn" when converted. */
export function comparableText(comparable: ComparableMoney, m: Messages): string {
  return comparable.converted.length > 0
    ? formatConverted(comparable.value, m.language)
    : formatMoney(comparable.value, { language: m.language });
}

export function rateText(rate: FxRateUsed, m: Messages): string {
  const note = rate.note !== undefined ? ` (${rate.note})` : "";
  return `${m.figures.rateAsOf(formatRate(rate, m.language), formatDate(rate.asOf, { language: m.language }))}${note} ${formatSourceMarks(rate.sources)}`.trim();
}

/** What a dispute is about, in the reply's language: the names src/answers gives, translated. */
export function disputeWhat(what: string, m: Messages): string {
  const known: Record<string, string> = {
    amount: m.disputes.amount,
    valuation: m.disputes.valuation,
    "total raised after the round": m.disputes.totalAfterRound,
    "total raised": m.disputes.totalRaised,
    description: m.disputes.description,
    founded: m.disputes.founded,
    headquarters: m.disputes.headquarters,
  };
  const word = known[what];
  if (word !== undefined) return word;
  const background = /^(.+)'s background$/.exec(what);
  if (background?.[1] !== undefined) return m.disputes.background(background[1]);
  const product = /^(.+): description$/.exec(what);
  if (product?.[1] !== undefined) return m.disputes.productDescription(product[1]);
  // A metric's label: the dataset's words.
  return what;
}

export function disputeText(dispute: DisputeView, style: Style, m: Messages): string {
  const name = disputeWhat(dispute.what, m);
  const what = dispute.round !== undefined ? `${roundName(dispute.round, m)}${m.colon}${name}` : name;
  return `${style.bold(what)}${m.colon}${style.escape(dispute.disputed)} ${formatSourceMarks(dispute.sources)}`.trim();
}

/**
 * How much of a source to write: "full" (publisher, date, linked title, what it says), "short"
 * (linked publisher and date) or "bare" (publisher and date, no link), for tight spaces.
 */
export type SourceDetail = "full" | "short" | "bare";

/** "Seed article (Feb 2025), FACTS M3, L32" or "Reuters, 11 June 2024: title". */
export function sourceText(
  source: NumberedSource,
  style: Style,
  options: { titleLength?: number; link?: boolean; says?: boolean; detail?: SourceDetail } = {},
  m: Messages,
): string {
  const max = options.titleLength ?? 90;
  const detail = options.detail ?? "full";
  const linked = (text: string) =>
    source.url !== undefined && options.link !== false && detail !== "bare"
      ? style.link(text, source.url)
      : text;
  const date =
    source.date === undefined
      ? m.figures.undated
      : formatDate(source.date, { short: true, language: m.language });
  if (source.seed !== undefined) {
    const lines = source.seed.lines.length > 0 ? `, ${source.seed.lines.map((l) => `L${l}`).join(", ")}` : "";
    return `${linked(m.figures.seedArticle)} (${date})${m.comma}FACTS ${source.seed.fact}${lines}`;
  }
  const publisher = style.escape(source.publisher);
  if (detail !== "full") return `${linked(publisher)}${m.comma}${date}`;
  const title = source.title.length > max ? `${source.title.slice(0, max - 1).trimEnd()}…` : source.title;
  const says =
    source.says.length > 0 && options.says !== false
      ? `: ${style.italic(`"${style.escape(source.says.join('"; "'))}"`)}`
      : "";
  return `${publisher}${m.comma}${date}${m.colon}${linked(style.escape(title))}${says}`;
}

/** Every source entry; the seed article's link is given once, on its first entry. */
export function sourceTexts(
  sources: readonly NumberedSource[],
  style: Style,
  options: { titleLength: number; says: boolean; detail?: SourceDetail },
  m: Messages,
): string[] {
  let seedLinked = false;
  return sources.map((source) => {
    const link = source.seed === undefined || !seedLinked;
    if (source.seed !== undefined) seedLinked = true;
    return sourceText(source, style, { ...options, link }, m);
  });
}

/** National figures grouped by the fact they come from, each fact's dispute said once. */
export function nationalLines(national: readonly NationalFigureView[], style: Style, m: Messages): string[] {
  const byFact = new Map<string, NationalFigureView[]>();
  for (const figure of national) byFact.set(figure.factId, [...(byFact.get(figure.factId) ?? []), figure]);
  return [...byFact.values()].map((figures) => {
    const first = figures[0];
    const values = figures.map((f) => {
      const converted = f.converted !== undefined ? ` (${formatConverted(f.converted.to, m.language)})` : "";
      const value = style.bold(
        formatBound(formatMoney(f.value, { language: m.language }), f.bound, m.language),
      );
      return `${style.escape(f.label)}${m.colon}${value}${converted}${m.comma}${formatDate(f.asOf, { language: m.language })} ${formatSourceMarks(f.sources)}`;
    });
    const disputed =
      first?.disputed !== undefined
        ? ` ${style.warn} ${m.figures.sourcesDiffer}${m.colon}${style.escape(first.disputed)}`
        : "";
    return `${style.italic(style.escape(first?.title ?? ""))}${m.colon}${values.join(m.semicolon)}${disputed}`;
  });
}

/** "Data as of March 2026 · newest figure shown: Sept 2025". */
export function asOfText(
  asOf: { shown?: PartialDate | undefined; data: PartialDate },
  m: Messages,
  options: { full?: boolean } = {},
): string {
  const date = (d: PartialDate) => formatDate(d, { language: m.language, full: options.full });
  const shown = asOf.shown !== undefined ? ` · ${m.figures.newestShown(date(asOf.shown))}` : "";
  return `${m.figures.dataAsOf(date(asOf.data))}${shown}`;
}

/** Companies a ranking couldn't place: the first few by name, then how many more (a big dataset has thousands). */
export function unrankedText(companies: readonly { name: string }[], style: Style, m: Messages): string {
  const SHOWN = 20;
  const names = companies.slice(0, SHOWN).map((c) => style.escape(c.name));
  const more = companies.length - names.length;
  return [...names, ...(more > 0 ? [m.ranking.more(more)] : [])].join(m.comma);
}

/** "Only Series B rounds of 2024: 1 of the 5 on record." for a filtered /funding company: answer. */
export function filterText(filter: FundingFilter, shown: number, m: Messages): string {
  const stage = filter.stage === undefined ? undefined : m.stages[filter.stage];
  return m.funding.only(stage, filter.year, shown, filter.roundsOnRecord);
}
