// Buttons and menus carry the state they need in their custom_id (at most 100 characters), so they
// keep working after a restart: what to show, in which language, who asked (only they may page
// their reply) and when (they expire). `v1` lets a later format tell old ids apart.
import { LANGUAGES, type Language } from "../i18n/language.js";

export type ComponentAction =
  /** "Funding" on a profile or a company answer: that company's rounds. */
  | { action: "funding"; companyId: string }
  /** "Profile", or a name under "no such company" / "did you mean …?": that company's card. */
  | { action: "profile"; companyId: string }
  /** "Compare with…" menu: the chosen company against this one. */
  | { action: "compare"; companyId: string }
  /** "Full comparison" under a question's short answer: the whole card `query` rebuilds. */
  | { action: "card"; query: SourcesQuery }
  /**
   * "Sources": the full source list, ephemeral. `query` rebuilds the answer; `cited`, when set, is
   * the sources a question's short answer showed, as the rebuilt answer numbers them, in the order
   * the short answer numbered them [1], [2]…
   */
  | { action: "sources"; query: SourcesQuery; cited?: number[] | undefined }
  /** Previous/Next on a ranking. */
  | ({ action: "page" } & RankingSlice);

/** Which ranking (the filter of `/funding`, or one investor's rounds) and which page of it. */
export interface RankingSlice {
  stage: string | undefined;
  year: number | undefined;
  offset: number;
  /** One investor's rounds only (`investorLed`: those it led). */
  investor?: string | undefined;
  investorLed?: boolean | undefined;
}

export type SourcesQuery =
  | { kind: "profile"; companyId: string }
  /** `stage`/`year`: the filter of `/funding company: stage: year:`, so the numbers match the reply's. */
  | { kind: "funding"; companyId: string; stage?: string | undefined; year?: number | undefined }
  | { kind: "compare"; companyIds: string[] }
  | ({ kind: "ranking" } & RankingSlice);

export interface ComponentState {
  /** The user who asked: only they may page the reply. */
  ownerId: string;
  /** When the reply was made (ms), for expiry. */
  createdAt: number;
  target: ComponentAction;
  /**
   * The language of the message the component is on: a press answers in it. Ids made before the
   * language was always written (an English or French reply's) have none: the presser's locale.
   */
  language?: Language | undefined;
}

const PREFIX = "v1";
export const CUSTOM_ID_MAX = 100;
/** "#3.7.12": the cited numbers a Sources button carries, last. */
const CITED = "#";

const yearOf = (text: string | undefined) => (text ? Number.parseInt(text, 10) : undefined);

/**
 * A ranking slice's parts: stage, year, offset, then the investor only when set ("<id>!" for the
 * rounds it led), so ids made before investors were written still read.
 */
function encodeSlice(s: RankingSlice): string[] {
  const investor = s.investor ? [`${s.investor}${s.investorLed ? "!" : ""}`] : [];
  return [s.stage ?? "", s.year?.toString() ?? "", String(s.offset), ...investor];
}

function decodeSlice([stage, year, offset, investor]: readonly (string | undefined)[]): RankingSlice {
  return {
    stage: stage || undefined,
    year: yearOf(year),
    offset: Number(offset) || 0,
    ...(investor
      ? { investor: investor.replace(/!$/, ""), ...(investor.endsWith("!") ? { investorLed: true } : {}) }
      : {}),
  };
}

function encodeQuery(q: SourcesQuery): string[] {
  if (q.kind === "profile") return ["p", q.companyId];
  if (q.kind === "funding")
    return q.stage === undefined && q.year === undefined
      ? ["f", q.companyId]
      : ["f", q.companyId, q.stage ?? "", q.year?.toString() ?? ""];
  if (q.kind === "compare") return ["c", q.companyIds.join(",")];
  return ["r", ...encodeSlice(q)];
}

function encodeTarget(t: ComponentAction): string[] {
  switch (t.action) {
    case "funding":
      return ["f", t.companyId];
    case "profile":
      return ["o", t.companyId];
    case "compare":
      return ["c", t.companyId];
    case "card":
      return ["k", ...encodeQuery(t.query)];
    case "page":
      return ["p", ...encodeSlice(t)];
    case "sources":
      return ["s", ...encodeQuery(t.query), ...(t.cited ? [`${CITED}${t.cited.join(".")}`] : [])];
  }
}

/** The custom_id for `state`, or undefined when it can't fit Discord's 100 characters. */
export function tryEncodeComponentId(state: ComponentState): string | undefined {
  const prefix = state.language === undefined ? PREFIX : `${PREFIX}.${state.language}`;
  const id = [prefix, state.ownerId, state.createdAt.toString(36), ...encodeTarget(state.target)].join(":");
  return id.length > CUSTOM_ID_MAX ? undefined : id;
}

export function encodeComponentId(state: ComponentState): string {
  const id = tryEncodeComponentId(state);
  if (id === undefined) throw new Error(`custom_id over ${CUSTOM_ID_MAX} characters: ${state.target.action}`);
  return id;
}

function decodeQuery(parts: readonly string[]): SourcesQuery | undefined {
  const [kind, a, b, c] = parts;
  if (kind === "p" && a) return { kind: "profile", companyId: a };
  if (kind === "f" && a) {
    const filter = b || c ? { stage: b || undefined, year: yearOf(c) } : {};
    return { kind: "funding", companyId: a, ...filter };
  }
  if (kind === "c" && a) return { kind: "compare", companyIds: a.split(",") };
  if (kind === "r") return { kind: "ranking", ...decodeSlice(parts.slice(1)) };
  return undefined;
}

function decodeTarget(kind: string, rest: string[]): ComponentAction | undefined {
  const [a] = rest;
  switch (kind) {
    case "f":
      return a ? { action: "funding", companyId: a } : undefined;
    case "o":
      return a ? { action: "profile", companyId: a } : undefined;
    case "c":
      return a ? { action: "compare", companyId: a } : undefined;
    case "p":
      return { action: "page", ...decodeSlice(rest) };
    case "k": {
      const query = decodeQuery(rest);
      return query ? { action: "card", query } : undefined;
    }
    case "s": {
      const last = rest.at(-1);
      const cited = last?.startsWith(CITED) ? last.slice(1).split(".").map(Number) : undefined;
      const query = decodeQuery(cited ? rest.slice(0, -1) : rest);
      if (!query || cited?.some((n) => !Number.isInteger(n) || n < 1)) return undefined;
      return cited ? { action: "sources", query, cited } : { action: "sources", query };
    }
    default:
      return undefined;
  }
}

/** The state in a custom_id, or undefined for one this version doesn't understand. */
export function decodeComponentId(customId: string): ComponentState | undefined {
  const [prefix = "", ownerId, created, kind, ...rest] = customId.split(":");
  const [version, language] = prefix.split(".");
  if (version !== PREFIX || !ownerId || !created || !kind) return undefined;
  if (language !== undefined && !(LANGUAGES as readonly string[]).includes(language)) return undefined;
  const createdAt = Number.parseInt(created, 36);
  if (!Number.isFinite(createdAt)) return undefined;
  const target = decodeTarget(kind, rest);
  if (target === undefined) return undefined;
  const base = { ownerId, createdAt, target };
  return language === undefined ? base : { ...base, language: language as Language };
}
