// What the dataset holds and where it is thin: the figures `npm run data:report` prints. Pure: a
// landscape in, tables out, so the same numbers can be tested.

import { forEachCitation, type Path } from "./citations.js";
import { type LandscapeCounts, landscapeCounts } from "./counts.js";
import { jsonPath } from "./folder.js";
import type { Citation, Company, Landscape, PartialDate } from "./schema.js";
import { SEED_SOURCE } from "./seed-facts.js";

/** The profile fields issue readers expect on every company, in the order the report shows them. */
export const PROFILE_FIELDS = [
  "description",
  "categories",
  "founded",
  "headquarters",
  "founders",
  "current CEO",
  "a dated round",
  "a round with amount, stage and lead",
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export interface CompanyLine {
  id: string;
  name: string;
  rounds: number;
  /** Cited values: claims, founders, officers, investors, metrics, notes. */
  facts: number;
  sources: number;
  /** The oldest as-of date among its values: the figure most likely out of date. */
  oldest?: PartialDate | undefined;
  /** The newest: a company whose newest figure is old has gone stale as a whole. */
  newest?: PartialDate | undefined;
  missing: ProfileField[];
}

export interface DataReport {
  counts: LandscapeCounts & {
    rates: number;
    citations: number;
  };
  asOf: PartialDate;
  /** Companies that have each field. */
  completeness: { field: ProfileField; have: number }[];
  companies: CompanyLine[];
  roundsByStage: Record<string, number>;
  roundsByYear: Record<string, number>;
  /** Cited values per publisher, most first (the seed article counted as such). */
  publishers: { publisher: string; citations: number }[];
  /** Citations of a page that carry no quote, by where they are (empty when the data keeps the rule). */
  unquoted: string[];
}

/** Every citation under `node` (at `base`), with where its value is ("$.companies[0].founded"). */
function citationsIn(node: unknown, base: Path): { at: string; cite: Citation }[] {
  const out: { at: string; cite: Citation }[] = [];
  forEachCitation(node, (cite, path) => out.push({ at: jsonPath(path.slice(0, -2)), cite }), base);
  return out;
}

/** Every as-of date a company's values carry. */
function datesIn(node: unknown, out: PartialDate[]): void {
  if (Array.isArray(node)) for (const item of node) datesIn(item, out);
  else if (node !== null && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (typeof record.asOf === "string") out.push(record.asOf);
    for (const value of Object.values(record)) datesIn(value, out);
  }
}

function hasCurrentCeo(company: Company): boolean {
  return [...company.founders, ...company.people].some(
    (p) => p.roles.includes("ceo") && p.until === undefined,
  );
}

function missingFields(company: Company): ProfileField[] {
  const has: Record<ProfileField, boolean> = {
    description: company.description.claims.length > 0,
    categories: company.categories.length > 0,
    founded: company.founded !== undefined,
    headquarters: company.hq !== undefined,
    founders: company.founders.length > 0,
    "current CEO": hasCurrentCeo(company),
    "a dated round": company.rounds.length > 0,
    "a round with amount, stage and lead": company.rounds.some(
      (r) =>
        r.amount.claims.some((c) => c.value !== "undisclosed") &&
        r.stage !== "other" &&
        r.investors.some((i) => i.lead),
    ),
  };
  return PROFILE_FIELDS.filter((f) => !has[f]);
}

export function dataReport(data: Landscape): DataReport {
  const all = citationsIn(data, []);
  const sources = new Map(data.sources.map((s) => [s.id, s]));

  const companies = data.companies.map((company, i): CompanyLine => {
    const cites = citationsIn(company, ["companies", i]);
    const dates: PartialDate[] = [];
    datesIn(company, dates);
    for (const r of company.rounds) dates.push(r.date);
    const facts =
      [company.description, company.founded, company.hq, company.status].reduce(
        (n, f) => n + (f?.claims.length ?? 0),
        0,
      ) +
      company.founders.length +
      company.people.length +
      company.rounds.reduce(
        (n, r) =>
          n +
          r.amount.claims.length +
          (r.valuation?.claims.length ?? 0) +
          (r.totalRaisedAfter?.claims.length ?? 0) +
          r.investors.length,
        0,
      ) +
      company.metrics.reduce((n, m) => n + m.fact.claims.length, 0) +
      company.notes.length;
    return {
      id: company.id,
      name: company.name,
      rounds: company.rounds.length,
      facts,
      sources: new Set(cites.map((c) => c.cite.source)).size,
      oldest: dates.sort()[0],
      newest: dates.at(-1),
      missing: missingFields(company),
    };
  });

  const roundsByStage: Record<string, number> = {};
  const roundsByYear: Record<string, number> = {};
  for (const c of data.companies)
    for (const r of c.rounds) {
      roundsByStage[r.stage] = (roundsByStage[r.stage] ?? 0) + 1;
      const year = r.date.slice(0, 4);
      roundsByYear[year] = (roundsByYear[year] ?? 0) + 1;
    }

  const byPublisher = new Map<string, number>();
  for (const { cite } of all) {
    const publisher =
      cite.source === SEED_SOURCE ? "Seed article" : (sources.get(cite.source)?.publisher ?? cite.source);
    byPublisher.set(publisher, (byPublisher.get(publisher) ?? 0) + 1);
  }

  return {
    counts: {
      ...landscapeCounts(data),
      rates: data.fxRates.length,
      citations: all.length,
    },
    asOf: data.asOf,
    completeness: PROFILE_FIELDS.map((field) => ({
      field,
      have: companies.filter((c) => !c.missing.includes(field)).length,
    })),
    companies,
    roundsByStage,
    roundsByYear,
    publishers: [...byPublisher]
      .map(([publisher, citations]) => ({ publisher, citations }))
      .sort((a, b) => b.citations - a.citations || a.publisher.localeCompare(b.publisher)),
    unquoted: all
      .filter(
        ({ cite }) =>
          cite.source !== SEED_SOURCE &&
          sources.get(cite.source)?.kind !== "dataset" &&
          cite.says === undefined,
      )
      .map(({ at, cite }) => `${at}: ${cite.source}`),
  };
}
