// The search index: every company, person, investor, product and ecosystem fact in one place,
// found by exact name, by the first letters typed, or despite a typo. Measured on a 2-core machine
// (fuse.js 7.5): fuse.js alone scans everything (173 ms p99 at 10,000 companies) and misranks
// short names, so it only scores a short list the cheaper tiers pick:
//   1. exact: a Map from every normalised and space-free name/alias;
//   2. prefix: a sorted table (binary search), ties going to the most prominent entity;
//   3. fuzzy: the ~200 keys sharing most character pairs with the query -> fuse.js -> re-ranked by
//      edit distance, where a transposition is one edit ("dsut" -> Dust).
// Queries of one or two characters use tiers 1-2 only: "h" is H Company, not Photoroom.
import Fuse, { type FuseIndex } from "fuse.js";
import type { Landscape } from "../data/schema.js";
import { editDistances } from "./edit-distance.js";
import { entriesFromLandscape } from "./entries.js";
import { PairIndex } from "./grams.js";
import { compact, normalize } from "./normalize.js";
import { PrefixTable } from "./prefix.js";
import { BestPerEntity, type How, type Ranked } from "./ranking.js";
import type { EntityKind, Resolution, SearchEntry, SearchHit, SearchOptions } from "./types.js";

// Costs in edits: one typo costs 1. An entity's rank is its best cost minus its prominence bonus.
const EXACT_ALIAS = 0.05; // the display name itself costs 0
const PREFIX = 0.5; // plus up to PREFIX_UNTYPED for the share of the key not typed yet
const PREFIX_UNTYPED = 0.5;
const LATER_WORD = 0.3; // "face" -> "hugging face"
const PREFIX_TYPO = 0.5; // "msitr": one edit from the beginning of "mistral"
const FIRST_LETTER = 0.25; // typos rarely hit the first letter: "feden" is Fieden before Séden
const FUSE_WEIGHT = 0.2; // fuse.js score (0-1) breaks ties between equal edit counts
const FUSE_ONLY_SCORE = 0.25; // keys fuse.js likes but too many edits away: weak suggestions only
const PROMINENCE = 0.35; // the most prominent entity gets this much off its cost...
const FUZZY_PROMINENCE = 0.5; // ...half that for a typo, where the edits are the evidence
const KIND_ORDER: Record<EntityKind, number> = {
  company: 0,
  product: 1,
  person: 2,
  investor: 3,
  ecosystem: 4,
};
const KIND_TIE = 0.001;
/** resolve() only names a best match when the runner-up ranks at least this much worse. */
const STANDS_OUT_BY = 0.3;

const MAX_QUERY_CHARS = 200; // names are at most 100 characters; a pasted essay is not a name
const MIN_FUZZY_LENGTH = 3;
const FUZZY_CANDIDATES = 200;
const MIN_SHARED_PAIRS = 0.25; // share of the query's character pairs a candidate must have
export const AUTOCOMPLETE_LIMIT = 25; // Discord shows at most 25 choices
const SEARCH_LIMIT = 10;
const ALTERNATIVES_LIMIT = 5;

type FuseRecord = FuseIndex<string>["records"][number];
const KIND_BIT: Record<EntityKind, number> = {
  company: 1,
  product: 2,
  person: 4,
  investor: 8,
  ecosystem: 16,
};
const ALL_KINDS = 31;

const weightOf = (e: SearchEntry) =>
  e.weight !== undefined && Number.isFinite(e.weight) ? Math.max(0, e.weight) : 0;

/** One entry per kind and id: a second entry with the same key adds its names to the first. */
function mergeDuplicates(entries: readonly SearchEntry[]): SearchEntry[] {
  const byKey = new Map<string, SearchEntry>();
  for (const entry of entries) {
    const key = `${entry.kind}:${entry.id}`;
    const known = byKey.get(key);
    if (!known) byKey.set(key, entry);
    else byKey.set(key, { ...known, aliases: [...known.aliases, entry.name, ...entry.aliases] });
  }
  return [...byKey.values()];
}

function maxEdits(length: number): number {
  return length < MIN_FUZZY_LENGTH ? 0 : length <= 4 ? 1 : length <= 9 ? 2 : 3;
}

export class SearchIndex {
  private readonly entries: readonly SearchEntry[];
  /** Prominence bonus per entry, from its weight relative to the heaviest (log scale). */
  private readonly bonus: Float64Array;
  private readonly kindBit: Uint8Array;
  /** Added to every rank so that, all else equal, a company comes before its product, etc. */
  private readonly kindTie: Float64Array;
  private readonly byProminence: Int32Array;
  private readonly best: BestPerEntity;
  // One form per distinct normalised name or alias of an entry.
  private readonly formEntry: number[] = [];
  private readonly formIsName: boolean[] = [];
  private readonly formSource: string[] = [];
  private readonly formKey: string[] = [];
  private readonly formCompact: string[] = [];
  private readonly exact = new Map<string, number[]>();
  private readonly prefixes: PrefixTable;
  private readonly pairs: PairIndex;
  private readonly fuse: Fuse<string>;
  private readonly fuseIndex: FuseIndex<string>;
  private readonly fuseRecords: (FuseRecord | undefined)[] = [];
  private readonly longestKey: number;

  static fromLandscape(data: Landscape): SearchIndex {
    return new SearchIndex(entriesFromLandscape(data));
  }

  constructor(entries: readonly SearchEntry[]) {
    this.entries = mergeDuplicates(entries);
    const heaviest = this.entries.reduce((max, e) => Math.max(max, weightOf(e)), 0);
    this.bonus = Float64Array.from(this.entries, (e) =>
      heaviest > 0 ? (PROMINENCE * Math.log10(1 + (999 * weightOf(e)) / heaviest)) / 3 : 0,
    );
    this.kindBit = Uint8Array.from(this.entries, (e) => KIND_BIT[e.kind]);
    this.kindTie = Float64Array.from(this.entries, (e) => KIND_ORDER[e.kind] * KIND_TIE);
    this.best = new BestPerEntity(this.entries.length);
    const weights = this.entries.map(weightOf);
    this.byProminence = Int32Array.from(this.entries.keys()).sort(
      (a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b,
    );

    this.entries.forEach((entry, e) => {
      const keys = new Set<string>();
      for (const source of [entry.name, ...entry.aliases]) {
        const key = normalize(source);
        if (key === "" || keys.has(key)) continue;
        keys.add(key);
        const form = this.formEntry.length;
        this.formEntry.push(e);
        this.formIsName.push(source === entry.name);
        this.formSource.push(source);
        this.formKey.push(key);
        this.formCompact.push(key.replaceAll(" ", ""));
        for (const k of new Set([key, key.replaceAll(" ", "")])) {
          const list = this.exact.get(k);
          if (list) list.push(form);
          else this.exact.set(k, [form]);
        }
      }
    });
    this.longestKey = this.formCompact.reduce((max, k) => Math.max(max, k.length), 0);
    this.prefixes = new PrefixTable(this.formKey);

    // Keys of one or two characters ("h", "ح") are only ever matched exactly or as prefixes.
    const fuzzyKeys = this.formCompact.map((k) => (k.length >= MIN_FUZZY_LENGTH ? k : ""));
    this.pairs = new PairIndex(fuzzyKeys);
    this.fuseIndex = Fuse.createIndex<string>([], fuzzyKeys);
    for (const record of this.fuseIndex.records) this.fuseRecords[record.i] = record;
    this.fuse = new Fuse(
      fuzzyKeys,
      {
        isCaseSensitive: true, // already normalised, so fuse.js needn't lower-case every candidate
        ignoreLocation: true,
        includeScore: true,
        shouldSort: false,
        threshold: 0.4,
        useExtendedSearch: false, // user text must never become operators (! ^ = ')
      },
      this.fuseIndex,
    );
  }

  get size(): number {
    return this.entries.length;
  }

  /** Every entity matching the query, best first (at most `limit`, default 10). */
  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    const limit = opts.limit ?? SEARCH_LIMIT;
    return this.rank(query, opts.kinds, limit, false).map((r) => this.hit(r));
  }

  /**
   * The entity a query names, when one stands out: an exact name or alias no other entity of its
   * kind shares, or a match clearly better than the runner-up. The rest are "did you mean" material.
   */
  resolve(query: string, opts: SearchOptions = {}): Resolution {
    const limit = opts.limit ?? ALTERNATIVES_LIMIT;
    // Exact matches always rank first, so any rival exact match is among these.
    const ranked = this.rank(query, opts.kinds, Math.max(limit + 1, SEARCH_LIMIT), false);
    const [top, second] = ranked;
    if (!top) return { alternatives: [] };
    const kindOf = (r: Ranked) => this.entries[r.entry]?.kind;
    const standsOut =
      top.how === "exact"
        ? !ranked.some((r) => r !== top && r.how === "exact" && kindOf(r) === kindOf(top))
        : second === undefined || second.rank - top.rank >= STANDS_OUT_BY;
    if (!standsOut) return { alternatives: ranked.slice(0, limit).map((r) => this.hit(r)) };
    return { best: this.hit(top), alternatives: ranked.slice(1, limit + 1).map((r) => this.hit(r)) };
  }

  /** Choices for Discord's autocomplete: one per entity, at most 25; the most prominent when empty. */
  autocomplete(query: string, opts: SearchOptions = {}): SearchHit[] {
    const limit = Math.max(0, Math.min(opts.limit ?? AUTOCOMPLETE_LIMIT, AUTOCOMPLETE_LIMIT));
    if (normalize(query.slice(0, MAX_QUERY_CHARS)) === "") return this.mostProminent(limit, opts.kinds);
    return this.rank(query, opts.kinds, limit, true).map((r) => this.hit(r));
  }

  private mostProminent(limit: number, kinds?: readonly EntityKind[]): SearchHit[] {
    const hits: SearchHit[] = [];
    for (const e of this.byProminence) {
      if (hits.length >= limit) break;
      const entry = this.entries[e];
      if (!entry || (kinds && !kinds.includes(entry.kind))) continue;
      hits.push(this.toHit(entry, entry.name, 0, "prefix"));
    }
    return hits;
  }

  /** The `wanted` best entities. While `typing`, typos are only looked for if prefixes don't fill the list. */
  private rank(
    query: string,
    kinds: readonly EntityKind[] | undefined,
    wanted: number,
    typing: boolean,
  ): Ranked[] {
    const key = normalize(query.slice(0, MAX_QUERY_CHARS));
    const joined = key.replaceAll(" ", "");
    if (joined === "" || joined.length > this.longestKey + maxEdits(joined.length)) return [];
    const mask = kinds ? kinds.reduce((m, k) => m | KIND_BIT[k], 0) : ALL_KINDS;
    const best = this.best;
    best.reset();
    const consider = (form: number, cost: number, how: How) => {
      const entry = this.formEntry[form] ?? 0;
      if (((this.kindBit[entry] ?? 0) & mask) === 0) return;
      const bonus = (this.bonus[entry] ?? 0) * (how === "fuzzy" ? FUZZY_PROMINENCE : 1);
      best.offer(entry, form, cost, cost - bonus + (this.kindTie[entry] ?? 0), how);
    };

    let exactFound = false;
    for (const k of key === joined ? [key] : [key, joined]) {
      for (const form of this.exact.get(k) ?? []) {
        consider(form, this.formIsName[form] ? 0 : EXACT_ALIAS, "exact");
        exactFound ||= ((this.kindBit[this.formEntry[form] ?? 0] ?? 0) & mask) !== 0;
      }
      const typed = k.length;
      this.prefixes.forEachStartingWith(k, (form, keyLength, laterWord) => {
        consider(
          form,
          PREFIX + PREFIX_UNTYPED * (1 - typed / keyLength) + (laterWord ? LATER_WORD : 0),
          "prefix",
        );
      });
    }

    const fuzzy = joined.length >= MIN_FUZZY_LENGTH && !exactFound && (!typing || best.size < wanted);
    if (fuzzy) this.addFuzzy(joined, mask, consider);
    return best.top(wanted);
  }

  private addFuzzy(
    query: string,
    mask: number,
    consider: (form: number, cost: number, how: How) => void,
  ): void {
    const bound = maxEdits(query.length);
    const forms = this.pairs.candidates(
      query,
      FUZZY_CANDIDATES,
      MIN_SHARED_PAIRS,
      (form) => ((this.kindBit[this.formEntry[form] ?? 0] ?? 0) & mask) !== 0,
    );
    if (forms.length === 0) return;

    const records: FuseRecord[] = [];
    for (const form of forms) {
      const record = this.fuseRecords[form];
      if (record) records.push(record);
    }
    // One Fuse over all keys, built once; each query narrows its records to the candidates.
    this.fuseIndex.setIndexRecords(records);
    const fuseScore = new Map<number, number>();
    for (const result of this.fuse.search(query)) fuseScore.set(result.refIndex, result.score ?? 1);

    for (const form of forms) {
      const { whole, prefix } = editDistances(query, this.formCompact[form] ?? "", bound);
      // A clean prefix (0 edits) is the prefix tier's business, at the prefix tier's cost.
      const edits = prefix === 0 ? whole : Math.min(whole, prefix + PREFIX_TYPO);
      const score = fuseScore.get(form);
      const firstLetter = this.formCompact[form]?.charCodeAt(0) === query.charCodeAt(0) ? 0 : FIRST_LETTER;
      if (edits <= bound) consider(form, edits + firstLetter + FUSE_WEIGHT * (score ?? 1), "fuzzy");
      else if (score !== undefined && score <= FUSE_ONLY_SCORE) consider(form, bound + 1 + score, "fuzzy");
    }
  }

  private hit(r: Ranked): SearchHit {
    const entry = this.entries[r.entry] as SearchEntry;
    // 0 = perfect, 1 = worst: an exact name 0, a prefix about 0.15, one typo about 0.25.
    const score = Math.min(1, Math.round((r.cost / 4) * 1000) / 1000);
    return this.toHit(entry, this.formSource[r.form] ?? entry.name, score, r.how);
  }

  private toHit(entry: SearchEntry, matched: string, score: number, how: How): SearchHit {
    const hit: SearchHit = { kind: entry.kind, id: entry.id, name: entry.name, matched, score, how };
    if (entry.companyId !== undefined) hit.companyId = entry.companyId;
    return hit;
  }
}

export { compact, normalize };
