// The candidate filter in front of fuse.js: an inverted index from character pairs to the keys that
// contain them. fuse.js scans every string it holds (SEARCH-NOTES: 49-173 ms at 10,000 companies),
// so it only ever sees the few hundred keys sharing the most pairs with the query.
//
// A pair is two characters one or two places apart, order ignored, plus a start marker: swapping two
// neighbours ("dsut") keeps almost every pair of "dust", where plain bigrams would keep one.

const START = 1;
const ALWAYS_COUNTED = 0.6;
const POSTINGS_BUDGET = 12_000;

/** The distinct pairs of a compact (space-free) key or query, as numbers. */
export function pairsOf(text: string): number[] {
  const out = new Set<number>();
  let a = START;
  let b = START;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.add(a < c ? a * 65536 + c : c * 65536 + a);
    out.add(b < c ? b * 65536 + c : c * 65536 + b);
    a = b;
    b = c;
  }
  return [...out];
}

export class PairIndex {
  private readonly postings = new Map<number, Int32Array>();
  private readonly counts: Uint8Array;
  private readonly touched: Int32Array;

  /** `keys[i]` is the compact key of document i; an empty key is never a candidate. */
  constructor(keys: readonly string[]) {
    const lists = new Map<number, number[]>();
    keys.forEach((key, doc) => {
      if (key === "") return;
      for (const pair of pairsOf(key)) {
        const list = lists.get(pair);
        if (list) list.push(doc);
        else lists.set(pair, [doc]);
      }
    });
    for (const [pair, list] of lists) this.postings.set(pair, Int32Array.from(list));
    this.counts = new Uint8Array(keys.length);
    this.touched = new Int32Array(keys.length);
  }

  /**
   * Up to `limit` documents sharing the most pairs with `query` (at least `minShare` of those counted), best first,
   * restricted to those `accept` lets through.
   */
  candidates(query: string, limit: number, minShare: number, accept: (doc: number) => boolean): number[] {
    // Rarest pairs first. The commonest ones (the "ai" of a thousand ".ai" names) say little and
    // cost most, so once the rarer three fifths are counted they are skipped beyond a budget.
    const lists = pairsOf(query)
      .map((pair) => this.postings.get(pair))
      .filter((list): list is Int32Array => list !== undefined)
      .sort((a, b) => a.length - b.length);
    const always = Math.ceil(lists.length * ALWAYS_COUNTED);
    let counted = 0;
    let spent = 0;
    let touchedCount = 0;
    for (const list of lists) {
      if (counted >= always && spent + list.length > POSTINGS_BUDGET) break;
      counted++;
      spent += list.length;
      for (let k = 0; k < list.length; k++) {
        const doc = list[k] ?? 0;
        const seen = this.counts[doc] ?? 0;
        if (seen === 0) this.touched[touchedCount++] = doc;
        if (seen < 255) this.counts[doc] = seen + 1;
      }
    }
    const minShared = Math.max(1, Math.ceil(minShare * counted));
    // Bucket by shared count, then read the buckets from the top: no sort of the touched list.
    const buckets: number[][] = [];
    for (let t = 0; t < touchedCount; t++) {
      const doc = this.touched[t] ?? 0;
      const shared = this.counts[doc] ?? 0;
      this.counts[doc] = 0;
      if (shared < minShared || !accept(doc)) continue;
      const bucket = buckets[shared];
      if (bucket) bucket.push(doc);
      else buckets[shared] = [doc];
    }
    const out: number[] = [];
    for (let shared = buckets.length - 1; shared >= minShared && out.length < limit; shared--) {
      const bucket = buckets[shared];
      if (!bucket) continue;
      for (const doc of bucket) {
        if (out.length >= limit) break;
        out.push(doc);
      }
    }
    return out;
  }
}
