// `/about`: what the bot knows and how to use it. Built from the dataset, so a self-hoster's
// DATA_PATH file is described as it is.
import { forEachCitation } from "../data/citations.js";
import { type LandscapeCounts, landscapeCounts } from "../data/counts.js";
import type { Category, PartialDate } from "../data/schema.js";
import { SEED_SOURCE } from "../data/seed-facts.js";
import { companiesByWeight } from "../search/entries.js";
import type { AnswerContext } from "./context.js";

/** How many of the best-known companies /about names; the rest are counted. */
const NAMED_COMPANIES = 12;

export interface AboutAnswer {
  kind: "about";
  counts: LandscapeCounts;
  /** The dataset's as-of date, and its newest and oldest source dates. */
  asOf: { data: PartialDate; newestSource: PartialDate; oldestSource: PartialDate };
  /** The most cited publishers, most first; `seed` marks the seed article (named as such). */
  topPublishers: { publisher: string; citations: number; seed?: boolean }[];
  /** The best-known companies (most money raised first); `counts.companies` says how many in all. */
  companies: string[];
  /** How many companies each category has, most first. */
  categories: { category: Category; companies: number }[];
  projectUrl?: string | undefined;
}

export function aboutBot(ctx: AnswerContext, projectUrl?: string): AboutAnswer {
  const { data } = ctx;
  const citations = new Map<string, number>();
  forEachCitation(data, (c) => citations.set(c.source, (citations.get(c.source) ?? 0) + 1));
  // The seed article's publisher is a description ("Unconfirmed Chinese outlet…"); readers know it
  // as the seed article, as every citation of it says.
  // Data sets (the ECB's exchange rates) are reference tables, not reporting: not "most cited".
  const publisherOf = new Map(
    data.sources
      .filter((s) => s.kind === "page")
      .map((s) => [s.id, s.id === SEED_SOURCE ? SEED_SOURCE : s.publisher]),
  );
  const byPublisher = new Map<string, number>();
  for (const [id, n] of citations) {
    const publisher = publisherOf.get(id);
    if (publisher === undefined) continue;
    byPublisher.set(publisher, (byPublisher.get(publisher) ?? 0) + n);
  }
  const dates = data.sources.flatMap((s) => (s.date === undefined ? [] : [s.date])).sort();
  return {
    kind: "about",
    counts: landscapeCounts(data),
    asOf: { data: data.asOf, newestSource: dates.at(-1) ?? data.asOf, oldestSource: dates[0] ?? data.asOf },
    topPublishers: [...byPublisher]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 5)
      .map(([publisher, n]) =>
        publisher === SEED_SOURCE ? { publisher, citations: n, seed: true } : { publisher, citations: n },
      ),
    companies: companiesByWeight(data)
      .slice(0, NAMED_COMPANIES)
      .map((c) => c.name),
    categories: [...categoryCounts(data)]
      .map(([category, companies]) => ({ category, companies }))
      .sort((a, b) => b.companies - a.companies || a.category.localeCompare(b.category)),
    projectUrl,
  };
}

function categoryCounts(data: AnswerContext["data"]): Map<Category, number> {
  const counts = new Map<Category, number>();
  for (const c of data.companies)
    for (const category of c.categories) counts.set(category, (counts.get(category) ?? 0) + 1);
  return counts;
}
