// `/about`: what the bot knows and how to use it. Built from the dataset, so a self-hoster's
// DATA_PATH file is described as it is.
import type { PartialDate } from "../data/schema.js";
import { SEED_SOURCE } from "../data/seed-facts.js";
import type { AnswerContext } from "./context.js";

export interface AboutAnswer {
  kind: "about";
  counts: {
    companies: number;
    people: number;
    investors: number;
    rounds: number;
    sources: number;
    ecosystem: number;
  };
  /** The dataset's as-of date, and its newest and oldest source dates. */
  asOf: { data: PartialDate; newestSource: PartialDate; oldestSource: PartialDate };
  /** The most cited publishers, most first; `seed` marks the seed article (named as such). */
  topPublishers: { publisher: string; citations: number; seed?: boolean }[];
  companies: string[];
  projectUrl?: string | undefined;
}

export function aboutBot(ctx: AnswerContext, projectUrl?: string): AboutAnswer {
  const { data } = ctx;
  const citations = new Map<string, number>();
  const count = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) count(item);
    } else if (node !== null && typeof node === "object") {
      const record = node as Record<string, unknown>;
      if (Array.isArray(record.cite))
        for (const c of record.cite as { source: string }[])
          citations.set(c.source, (citations.get(c.source) ?? 0) + 1);
      for (const [key, value] of Object.entries(record)) if (key !== "cite") count(value);
    }
  };
  count(data);
  // The seed article's publisher is a description ("Unconfirmed Chinese outlet…"); readers know it
  // as the seed article, as every citation of it says.
  const publisherOf = new Map(
    data.sources.map((s) => [s.id, s.id === SEED_SOURCE ? SEED_SOURCE : s.publisher]),
  );
  const byPublisher = new Map<string, number>();
  for (const [id, n] of citations) {
    const publisher = publisherOf.get(id) ?? id;
    byPublisher.set(publisher, (byPublisher.get(publisher) ?? 0) + n);
  }
  const dates = data.sources.flatMap((s) => (s.date === undefined ? [] : [s.date])).sort();
  return {
    kind: "about",
    counts: {
      companies: data.companies.length,
      people: data.people.length,
      investors: data.investors.length,
      rounds: data.companies.reduce((n, c) => n + c.rounds.length, 0),
      sources: data.sources.length,
      ecosystem: data.ecosystem.length,
    },
    asOf: { data: data.asOf, newestSource: dates.at(-1) ?? data.asOf, oldestSource: dates[0] ?? data.asOf },
    topPublishers: [...byPublisher]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 5)
      .map(([publisher, n]) =>
        publisher === SEED_SOURCE ? { publisher, citations: n, seed: true } : { publisher, citations: n },
      ),
    companies: data.companies.map((c) => c.name),
    projectUrl,
  };
}
