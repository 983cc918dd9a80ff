// Optimal string alignment distance (Damerau-Levenshtein without reusing a substring): insertions,
// deletions, substitutions and transpositions of neighbours each cost one edit, so "dsut" is one
// edit from "dust" (fuse.js's Bitap counts that as two and misses it; see SEARCH-NOTES.md).

export interface EditDistances {
  /** Edits between the query and the whole key. */
  whole: number;
  /** Edits between the query and the closest beginning of the key ("msitr" -> "mistral": 1). */
  prefix: number;
}

const NONE: EditDistances = { whole: Number.POSITIVE_INFINITY, prefix: Number.POSITIVE_INFINITY };

// Three reusable rows: the search runs on one thread, and the rows only grow.
let before = new Int32Array(64);
let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * Both distances at once, from one dynamic-programming table. Stops early and returns Infinity
 * for both once every cell exceeds `bound`.
 */
export function editDistances(query: string, key: string, bound: number): EditDistances {
  const m = query.length;
  const n = key.length;
  if (m === 0) return { whole: n, prefix: 0 };
  if (n + 1 > current.length) {
    const size = Math.max(n + 1, current.length * 2);
    before = new Int32Array(size);
    previous = new Int32Array(size);
    current = new Int32Array(size);
  }
  for (let j = 0; j <= n; j++) previous[j] = j;
  let previousMin = 0;
  for (let i = 1; i <= m; i++) {
    const qc = query.charCodeAt(i - 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const kc = key.charCodeAt(j - 1);
      const substitution = (previous[j - 1] ?? 0) + (qc === kc ? 0 : 1);
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      if (i > 1 && j > 1 && qc === key.charCodeAt(j - 2) && query.charCodeAt(i - 2) === kc) {
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      }
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // Every later cell derives from this row or the one before it.
    if (rowMin > bound && previousMin > bound) return NONE;
    previousMin = rowMin;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  let prefix = Number.POSITIVE_INFINITY;
  for (let j = 0; j <= n; j++) prefix = Math.min(prefix, previous[j] ?? 0);
  return { whole: previous[n] ?? 0, prefix };
}
