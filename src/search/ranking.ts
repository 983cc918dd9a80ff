// Keeps each entity's best match while the tiers run, then hands back the top few. Typed arrays
// reused from query to query (the bot answers one query at a time on one thread): a one-letter
// query can touch thousands of keys, and allocating per key showed up as GC pauses in the p99.
import type { SearchHit } from "./types.js";

export type How = SearchHit["how"];
const HOWS: readonly How[] = ["exact", "prefix", "fuzzy"];
const SHORT_LIST = 64;

export interface Ranked {
  entry: number;
  form: number;
  /** How well the text matches, in edits (0 = exact). */
  cost: number;
  /** The cost adjusted for prominence and kind: what the order follows. */
  rank: number;
  how: How;
}

export class BestPerEntity {
  private generation = 0;
  private readonly seenIn: Uint32Array;
  private readonly rank: Float64Array;
  private readonly cost: Float64Array;
  private readonly form: Int32Array;
  private readonly how: Uint8Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;

  constructor(entries: number) {
    this.seenIn = new Uint32Array(entries);
    this.rank = new Float64Array(entries);
    this.cost = new Float64Array(entries);
    this.form = new Int32Array(entries);
    this.how = new Uint8Array(entries);
    this.touched = new Int32Array(entries);
  }

  /** Forgets the previous query. */
  reset(): void {
    this.touchedCount = 0;
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.seenIn.fill(0);
      this.generation = 1;
    }
  }

  get size(): number {
    return this.touchedCount;
  }

  offer(entry: number, form: number, cost: number, rank: number, how: How): void {
    if (this.seenIn[entry] !== this.generation) {
      this.seenIn[entry] = this.generation;
      this.touched[this.touchedCount++] = entry;
    } else if (rank >= (this.rank[entry] ?? 0)) return;
    this.rank[entry] = rank;
    this.cost[entry] = cost;
    this.form[entry] = form;
    this.how[entry] = HOWS.indexOf(how);
  }

  /** The `n` best entities, best first (ties: earlier entry first). */
  top(n: number): Ranked[] {
    const before = (a: number, b: number) => {
      const ra = this.rank[a] ?? 0;
      const rb = this.rank[b] ?? 0;
      return ra < rb || (ra === rb && a < b);
    };
    // A short list (autocomplete's 25) is kept by insertion; a long one is a plain sort.
    const chosen: number[] =
      n > SHORT_LIST
        ? Array.from(this.touched.subarray(0, this.touchedCount))
            .sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))
            .slice(0, n)
        : [];
    for (let t = 0; n <= SHORT_LIST && t < this.touchedCount; t++) {
      const entry = this.touched[t] ?? 0;
      const last = chosen[chosen.length - 1];
      if (chosen.length >= n && (last === undefined || !before(entry, last))) continue;
      let at = chosen.length;
      while (at > 0 && before(entry, chosen[at - 1] ?? 0)) at--;
      chosen.splice(at, 0, entry);
      if (chosen.length > n) chosen.pop();
    }
    return chosen.map((entry) => ({
      entry,
      form: this.form[entry] ?? 0,
      cost: this.cost[entry] ?? 0,
      rank: this.rank[entry] ?? 0,
      how: HOWS[this.how[entry] ?? 0] ?? "fuzzy",
    }));
  }
}
