// A small Unicode bidi algorithm (UAX #9) for the docs painter: explicit isolates (LRI, RLI, FSI,
// PDI, which the Arabic replies use), the weak and neutral rules (W1–W7, N1–N2), implicit levels
// (I1–I2) and line reordering (L1–L2). Embeddings and overrides (LRE, RLO…) and bracket pairs (N0)
// are left out: the replies never use the first, and wrap bracketed Latin text in isolates.
// The painter draws text in runs of one style and one level, so it needs the levels itself: the
// canvas reorders the characters inside a run, never runs of different styles.

type BidiClass =
  | "L"
  | "R"
  | "AL"
  | "EN"
  | "ES"
  | "ET"
  | "AN"
  | "CS"
  | "NSM"
  | "BN"
  | "WS"
  | "ON"
  | "LRI"
  | "RLI"
  | "FSI"
  | "PDI";

const RANGES: [number, number, BidiClass][] = [
  [0x30, 0x39, "EN"],
  [0xb2, 0xb3, "EN"],
  [0xb9, 0xb9, "EN"],
  [0x6f0, 0x6f9, "EN"],
  [0x2070, 0x2079, "EN"],
  [0x2080, 0x2089, "EN"],
  [0x660, 0x669, "AN"],
  [0x66b, 0x66c, "AN"],
  [0x600, 0x605, "AN"],
  [0x6dd, 0x6dd, "AN"],
  [0x610, 0x61a, "NSM"],
  [0x64b, 0x65f, "NSM"],
  [0x670, 0x670, "NSM"],
  [0x6d6, 0x6dc, "NSM"],
  [0x6df, 0x6e4, "NSM"],
  [0x6e7, 0x6e8, "NSM"],
  [0x6ea, 0x6ed, "NSM"],
  [0x300, 0x36f, "NSM"],
  [0xfe00, 0xfe0f, "NSM"],
  [0x60c, 0x60c, "CS"],
  [0x600, 0x6ff, "AL"],
  [0x750, 0x77f, "AL"],
  [0x8a0, 0x8ff, "AL"],
  [0xfb50, 0xfdff, "AL"],
  [0xfe70, 0xfefe, "AL"],
  [0x590, 0x5ff, "R"],
  [0x7c0, 0x85f, "R"],
  [0xfb1d, 0xfb4f, "R"],
  [0x200e, 0x200e, "L"],
  [0x200f, 0x200f, "R"],
  [0x2066, 0x2066, "LRI"],
  [0x2067, 0x2067, "RLI"],
  [0x2068, 0x2068, "FSI"],
  [0x2069, 0x2069, "PDI"],
  [0x200b, 0x200d, "BN"],
  [0x2060, 0x2064, "BN"],
  [0xfeff, 0xfeff, "BN"],
  [0xad, 0xad, "BN"],
];

function classOf(char: string): BidiClass {
  const cp = char.codePointAt(0) ?? 0;
  for (const [from, to, cls] of RANGES) if (cp >= from && cp <= to) return cls;
  if (char === " " || char === "\t" || char === "\u00a0" || (cp >= 0x2000 && cp <= 0x200a)) return "WS";
  if ("+-\u2212".includes(char)) return "ES";
  if ("#$%°¢£¤¥‰‱±".includes(char) || (cp >= 0x20a0 && cp <= 0x20cf)) return "ET";
  if (",.:/".includes(char)) return "CS";
  if (/\p{Mn}/u.test(char)) return "NSM";
  if (/[\p{L}\p{Mc}]/u.test(char)) return "L";
  return "ON";
}

const isStrong = (c: BidiClass) => c === "L" || c === "R" || c === "AL";
const isIsolateStart = (c: BidiClass) => c === "LRI" || c === "RLI" || c === "FSI";
const isNeutral = (c: BidiClass) =>
  c === "WS" || c === "ON" || c === "BN" || isIsolateStart(c) || c === "PDI";

/** The direction of `chars` from its first strong letter (skipping isolates), as UAX #9's P2–P3. */
function firstStrong(classes: BidiClass[], from: number, to: number): "ltr" | "rtl" | undefined {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = classes[i] ?? "ON";
    if (isIsolateStart(c)) depth++;
    else if (c === "PDI") {
      if (depth === 0) return undefined;
      depth--;
    } else if (depth === 0 && isStrong(c)) return c === "L" ? "ltr" : "rtl";
  }
  return undefined;
}

/** The paragraph direction Discord would use for a line: its first strong letter (P2–P3). */
export function paragraphDirection(text: string): "ltr" | "rtl" {
  const chars = [...text];
  return firstStrong(chars.map(classOf), 0, chars.length) ?? "ltr";
}

/**
 * The embedding level of each code point of `chars` (0 = left to right), for a paragraph of the
 * given level. Lines are reordered with `visualOrder` afterwards.
 */
export function bidiLevels(chars: readonly string[], paragraphLevel: 0 | 1): number[] {
  const n = chars.length;
  const original = chars.map(classOf);
  const levels = new Array<number>(n).fill(paragraphLevel);
  const matching = new Array<number>(n).fill(-1);

  // X rules, isolates only: each initiator keeps the outer level, its content goes one level up.
  const stack: { level: number; at: number }[] = [];
  let level: number = paragraphLevel;
  for (let i = 0; i < n; i++) {
    const c = original[i] ?? "ON";
    if (isIsolateStart(c)) {
      levels[i] = level;
      let rtl = c === "RLI";
      if (c === "FSI") {
        let end = n;
        let depth = 0;
        for (let j = i + 1; j < n; j++) {
          const cj = original[j];
          if (cj !== undefined && isIsolateStart(cj)) depth++;
          else if (cj === "PDI") {
            if (depth === 0) {
              end = j;
              break;
            }
            depth--;
          }
        }
        rtl = firstStrong(original, i + 1, end) === "rtl";
      }
      stack.push({ level, at: i });
      level = rtl ? (level % 2 === 0 ? level + 1 : level + 2) : level % 2 === 0 ? level + 2 : level + 1;
    } else if (c === "PDI" && stack.length > 0) {
      const open = stack.pop();
      if (open !== undefined) {
        level = open.level;
        matching[open.at] = i;
        matching[i] = open.at;
      }
      levels[i] = level;
    } else levels[i] = level;
  }

  // Isolating run sequences: level runs, joined across a matched initiator and its PDI.
  const sequences: number[][] = [];
  const sequenceOf = new Map<number, number[]>();
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && levels[end + 1] === levels[start]) end++;
    const run = Array.from({ length: end - start + 1 }, (_, k) => start + k);
    const opener = original[start] === "PDI" ? (matching[start] ?? -1) : -1;
    const joined = opener >= 0 ? sequenceOf.get(opener) : undefined;
    const sequence = joined ?? [];
    if (joined === undefined) sequences.push(sequence);
    sequence.push(...run);
    const last = run.at(-1) ?? start;
    sequenceOf.set(last, sequence);
    start = end + 1;
  }

  const types = [...original];
  for (const seq of sequences) {
    const first = seq[0] ?? 0;
    const last = seq.at(-1) ?? 0;
    const seqLevel = levels[first] ?? 0;
    const before = first > 0 ? (levels[first - 1] ?? paragraphLevel) : paragraphLevel;
    const lastClass = original[last] ?? "ON";
    const after =
      isIsolateStart(lastClass) || last + 1 >= n ? paragraphLevel : (levels[last + 1] ?? paragraphLevel);
    const sos: BidiClass = Math.max(seqLevel, before) % 2 === 0 ? "L" : "R";
    const eos: BidiClass = Math.max(seqLevel, after) % 2 === 0 ? "L" : "R";
    const t = seq.map((i) => types[i] ?? "ON");
    const m = t.length;
    // W1: a mark takes the type before it.
    for (let k = 0; k < m; k++)
      if (t[k] === "NSM") {
        const prev = k === 0 ? sos : (t[k - 1] ?? sos);
        t[k] = isIsolateStart(prev) || prev === "PDI" ? "ON" : prev;
      }
    // W2, W3: European digits after Arabic letters are Arabic numbers; AL is R.
    let strong: BidiClass = sos;
    for (let k = 0; k < m; k++) {
      const c = t[k];
      if (c === "L" || c === "R" || c === "AL") strong = c;
      else if (c === "EN" && strong === "AL") t[k] = "AN";
    }
    for (let k = 0; k < m; k++) if (t[k] === "AL") t[k] = "R";
    // W4: one separator between two numbers of a kind.
    for (let k = 1; k + 1 < m; k++) {
      const [a, c, b] = [t[k - 1], t[k], t[k + 1]];
      if (c === "ES" && a === "EN" && b === "EN") t[k] = "EN";
      else if (c === "CS" && a === b && (a === "EN" || a === "AN")) t[k] = a;
    }
    // W5: currency and percent signs next to European digits.
    for (let k = 0; k < m; k++)
      if (t[k] === "ET") {
        let e = k;
        while (e < m && t[e] === "ET") e++;
        const touches = (k > 0 && t[k - 1] === "EN") || (e < m && t[e] === "EN");
        for (let j = k; j < e; j++) t[j] = touches ? "EN" : "ON";
        k = e - 1;
      }
    // W6: other separators are neutral.
    for (let k = 0; k < m; k++) if (t[k] === "ES" || t[k] === "ET" || t[k] === "CS") t[k] = "ON";
    // W7: European digits after a Latin letter are Latin.
    strong = sos;
    for (let k = 0; k < m; k++) {
      const c = t[k];
      if (c === "L" || c === "R") strong = c;
      else if (c === "EN" && strong === "L") t[k] = "L";
    }
    // N1, N2: neutrals between two of a direction take it; otherwise the embedding's.
    const dirOf = (c: BidiClass | undefined): "L" | "R" | undefined =>
      c === "L" ? "L" : c === "R" || c === "EN" || c === "AN" ? "R" : undefined;
    const embedding: BidiClass = seqLevel % 2 === 0 ? "L" : "R";
    for (let k = 0; k < m; k++) {
      if (!isNeutral(t[k] ?? "ON")) continue;
      let e = k;
      while (e < m && isNeutral(t[e] ?? "ON")) e++;
      const prev = k === 0 ? sos : dirOf(t[k - 1]);
      const next = e >= m ? eos : dirOf(t[e]);
      const resolved = prev !== undefined && prev === next ? prev : embedding;
      for (let j = k; j < e; j++) t[j] = resolved;
      k = e - 1;
    }
    // I1, I2.
    for (let k = 0; k < m; k++) {
      const i = seq[k] ?? 0;
      const c = t[k];
      const base = levels[i] ?? 0;
      if (base % 2 === 0) levels[i] = c === "R" ? base + 1 : c === "AN" || c === "EN" ? base + 2 : base;
      else levels[i] = c === "L" || c === "EN" || c === "AN" ? base + 1 : base;
    }
  }
  return levels;
}

/** Whether a character is a bidi control that takes no room (it is never drawn). */
export function isBidiControl(char: string): boolean {
  return /^[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]$/u.test(char);
}

/**
 * The visual order (left to right) of the logical indices `from`..`to` (exclusive) of one line:
 * trailing spaces and controls go back to the paragraph level (L1), then runs are reversed from
 * the highest level down (L2).
 */
export function visualOrder(
  chars: readonly string[],
  levels: readonly number[],
  from: number,
  to: number,
  paragraphLevel: 0 | 1,
): { index: number; level: number }[] {
  const line = Array.from({ length: to - from }, (_, k) => ({
    index: from + k,
    level: levels[from + k] ?? paragraphLevel,
  }));
  for (let k = line.length - 1; k >= 0; k--) {
    const c = chars[from + k] ?? "";
    const entry = line[k];
    if (entry === undefined || !(c === " " || isBidiControl(c))) break;
    entry.level = paragraphLevel;
  }
  const highest = Math.max(paragraphLevel, ...line.map((e) => e.level));
  const lowestOdd = Math.min(...line.map((e) => e.level).filter((l) => l % 2 === 1), highest + 1);
  for (let lvl = highest; lvl >= lowestOdd && lvl >= 1; lvl--) {
    for (let k = 0; k < line.length; k++) {
      if ((line[k]?.level ?? 0) < lvl) continue;
      let e = k;
      while (e < line.length && (line[e]?.level ?? 0) >= lvl) e++;
      const reversed = line.slice(k, e).reverse();
      line.splice(k, e - k, ...reversed);
      k = e - 1;
    }
  }
  return line;
}
