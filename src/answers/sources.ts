// Numbers an answer's sources in the order its figures cite them, and keeps the newest as-of date
// among the facts shown. A seed citation gets one entry per FACTS.md fact, so "[1]" can say
// "Seed article, FACTS M3, L32" rather than just "the seed".
import type { Citation, Claim, Fact, Landscape, PartialDate } from "../data/schema.js";
import { SEED_FACTS } from "../data/seed-facts.js";
import { latestDate } from "./dates.js";
import { sourceWithId } from "./lookup.js";
import type { AsOf, CitedClaim, Figure, NumberedSource } from "./types.js";

const seedLines = new Map(SEED_FACTS.map((f) => [f.id, f.lines]));

function linesOf(citation: Citation): number[] {
  if (citation.line !== undefined) return Array.isArray(citation.line) ? [...citation.line] : [citation.line];
  return citation.fact !== undefined ? [...(seedLines.get(citation.fact) ?? [])] : [];
}

export class SourceBook {
  readonly #entries: NumberedSource[] = [];
  readonly #byKey = new Map<string, NumberedSource>();
  #newest: PartialDate | undefined;

  constructor(private readonly data: Landscape) {}

  /** Numbers of these citations' sources (new sources get the next numbers), without duplicates. */
  cite(citations: readonly Citation[], asOf?: PartialDate): number[] {
    if (asOf !== undefined) this.seen(asOf);
    const numbers: number[] = [];
    for (const citation of citations) {
      const n = this.#entry(citation).n;
      if (!numbers.includes(n)) numbers.push(n);
    }
    return numbers;
  }

  /** Records a date among the facts shown, for the answer's as-of line. */
  seen(asOf: PartialDate): void {
    this.#newest = latestDate(this.#newest, asOf);
  }

  claim<T>(claim: Claim<T>): CitedClaim<T> {
    return {
      value: claim.value,
      asOf: claim.asOf,
      sources: this.cite(claim.cite, claim.asOf),
      ...(claim.note !== undefined ? { note: claim.note } : {}),
    };
  }

  fact<T>(fact: Fact<T>): Figure<T> {
    return {
      claims: fact.claims.map((c) => this.claim(c)),
      ...(fact.disputed !== undefined ? { disputed: fact.disputed } : {}),
    };
  }

  list(): NumberedSource[] {
    return this.#entries.map((e) => ({ ...e, says: [...e.says] }));
  }

  asOf(): AsOf {
    return { ...(this.#newest !== undefined ? { shown: this.#newest } : {}), data: this.data.asOf };
  }

  /** The `sources` and `asOf` fields every answer carries. */
  done(): { sources: NumberedSource[]; asOf: AsOf } {
    return { sources: this.list(), asOf: this.asOf() };
  }

  #entry(citation: Citation): NumberedSource {
    const key = citation.fact !== undefined ? `${citation.source}#${citation.fact}` : citation.source;
    let entry = this.#byKey.get(key);
    if (entry === undefined) {
      const source = sourceWithId(this.data, citation.source);
      entry = {
        n: this.#entries.length + 1,
        sourceId: citation.source,
        publisher: source?.publisher ?? citation.source,
        title: source?.title ?? citation.source,
        date: source?.date,
        url: source?.url,
        via: source?.via,
        seed: citation.fact !== undefined ? { fact: citation.fact, lines: linesOf(citation) } : undefined,
        says: [],
      };
      this.#entries.push(entry);
      this.#byKey.set(key, entry);
    } else if (entry.seed !== undefined) {
      for (const line of linesOf(citation)) if (!entry.seed.lines.includes(line)) entry.seed.lines.push(line);
      entry.seed.lines.sort((a, b) => a - b);
    }
    if (citation.says !== undefined && !entry.says.includes(citation.says)) entry.says.push(citation.says);
    return entry;
  }
}
