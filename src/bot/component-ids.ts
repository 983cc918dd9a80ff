// Buttons and menus carry the state they need in their custom_id (at most 100 characters), so they
// keep working after a restart: what to show, who asked (only they may page their reply) and when
// (they expire). `v1` lets a later format tell old ids apart.

export type ComponentAction =
  /** "Funding" on a profile: that company's rounds. */
  | { action: "funding"; companyId: string }
  /** A name under "no such company" or "did you mean …?": that company's profile. */
  | { action: "profile"; companyId: string }
  /** "Compare with…" menu on a profile: the chosen company against this one. */
  | { action: "compare"; companyId: string }
  /** "Sources" on any answer: the full source list, ephemeral. `query` rebuilds the answer. */
  | { action: "sources"; query: SourcesQuery }
  /** Previous/Next on a ranking. */
  | { action: "page"; stage: string | undefined; year: number | undefined; offset: number };

export type SourcesQuery =
  | { kind: "profile"; companyId: string }
  /** `stage`/`year`: the filter of `/funding company: stage: year:`, so the numbers match the reply's. */
  | { kind: "funding"; companyId: string; stage?: string | undefined; year?: number | undefined }
  | { kind: "compare"; companyIds: string[] }
  | { kind: "ranking"; stage: string | undefined; year: number | undefined; offset: number };

export interface ComponentState {
  /** The user who asked: only they may page the reply. */
  ownerId: string;
  /** When the reply was made (ms), for expiry. */
  createdAt: number;
  target: ComponentAction;
  /**
   * The reply's language when no Discord locale can say it (Arabic): a press then answers in it.
   * Without it, whoever presses reads the answer in their own locale's language.
   */
  language?: "ar" | undefined;
}

const PREFIX = "v1";
/** "v1.ar": the prefix carries the reply's language when it has to. */
const ARABIC_PREFIX = `${PREFIX}.ar`;
export const CUSTOM_ID_MAX = 100;

function encodeTarget(t: ComponentAction): string[] {
  switch (t.action) {
    case "funding":
      return ["f", t.companyId];
    case "profile":
      return ["o", t.companyId];
    case "compare":
      return ["c", t.companyId];
    case "page":
      return ["p", t.stage ?? "", t.year?.toString() ?? "", String(t.offset)];
    case "sources": {
      const q = t.query;
      if (q.kind === "profile") return ["s", "p", q.companyId];
      if (q.kind === "funding")
        return q.stage === undefined && q.year === undefined
          ? ["s", "f", q.companyId]
          : ["s", "f", q.companyId, q.stage ?? "", q.year?.toString() ?? ""];
      if (q.kind === "compare") return ["s", "c", q.companyIds.join(",")];
      return ["s", "r", q.stage ?? "", q.year?.toString() ?? "", String(q.offset)];
    }
  }
}

export function encodeComponentId(state: ComponentState): string {
  const prefix = state.language === "ar" ? ARABIC_PREFIX : PREFIX;
  const id = [prefix, state.ownerId, state.createdAt.toString(36), ...encodeTarget(state.target)].join(":");
  if (id.length > CUSTOM_ID_MAX) throw new Error(`custom_id over ${CUSTOM_ID_MAX} characters: ${id}`);
  return id;
}

const yearOf = (text: string | undefined) => (text ? Number.parseInt(text, 10) : undefined);

/** The state in a custom_id, or undefined for one this version doesn't understand. */
export function decodeComponentId(customId: string): ComponentState | undefined {
  const [prefix, ownerId, created, kind, ...rest] = customId.split(":");
  if ((prefix !== PREFIX && prefix !== ARABIC_PREFIX) || !ownerId || !created || !kind) return undefined;
  const createdAt = Number.parseInt(created, 36);
  if (!Number.isFinite(createdAt)) return undefined;
  const base =
    prefix === ARABIC_PREFIX ? { ownerId, createdAt, language: "ar" as const } : { ownerId, createdAt };
  const [a, b, c, d] = rest;
  switch (kind) {
    case "f":
      return a ? { ...base, target: { action: "funding", companyId: a } } : undefined;
    case "o":
      return a ? { ...base, target: { action: "profile", companyId: a } } : undefined;
    case "c":
      return a ? { ...base, target: { action: "compare", companyId: a } } : undefined;
    case "p":
      return {
        ...base,
        target: { action: "page", stage: a || undefined, year: yearOf(b), offset: Number(c) || 0 },
      };
    case "s": {
      if (a === "p" && b)
        return { ...base, target: { action: "sources", query: { kind: "profile", companyId: b } } };
      if (a === "f" && b) {
        const filter = c || d ? { stage: c || undefined, year: yearOf(d) } : {};
        return {
          ...base,
          target: { action: "sources", query: { kind: "funding", companyId: b, ...filter } },
        };
      }
      if (a === "c" && b)
        return {
          ...base,
          target: { action: "sources", query: { kind: "compare", companyIds: b.split(",") } },
        };
      if (a === "r")
        return {
          ...base,
          target: {
            action: "sources",
            query: { kind: "ranking", stage: b || undefined, year: yearOf(c), offset: Number(d) || 0 },
          },
        };
      return undefined;
    }
    default:
      return undefined;
  }
}
