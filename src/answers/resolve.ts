// From the name a user typed to one company, or to the answer that says why not: "no company
// matches ..." with the closest names, or "did you mean ..." when several fit equally well.
import type { Company, Elsewhere, Landscape } from "../data/schema.js";
import { normalize } from "../search/normalize.js";
import type { SearchHit } from "../search/types.js";
import { companyById } from "./company-facts.js";
import type { AnswerContext } from "./context.js";
import { SourceBook } from "./sources.js";
import type { AmbiguousAnswer, CompanyRef, NotFoundAnswer } from "./types.js";

const MAX_SUGGESTIONS = 3;
/** A suggestion must be about this close (the search's score: one typo ≈ 0.25; 1 = nothing alike). */
const CLOSE_SCORE = 0.5;
/** The last-resort letter-pair similarity a suggestion needs (1 = the same letters). */
const CLOSE_SIMILARITY = 0.6;

export type CompanyResolution =
  | { ok: true; company: Company; hit?: SearchHit | undefined }
  | { ok: false; answer: NotFoundAnswer | AmbiguousAnswer };

function companyOfHit(ctx: AnswerContext, hit: SearchHit): Company | undefined {
  if (hit.kind === "company") return companyById(ctx.data, hit.id);
  if (hit.companyId !== undefined) return companyById(ctx.data, hit.companyId);
  return undefined;
}

function uniqueCompanies(ctx: AnswerContext, hits: readonly SearchHit[]): CompanyRef[] {
  const refs: CompanyRef[] = [];
  for (const hit of hits) {
    const company = companyOfHit(ctx, hit);
    if (company !== undefined && !refs.some((r) => r.id === company.id))
      refs.push({ id: company.id, name: company.name });
  }
  return refs;
}

function bigrams(text: string): string[] {
  const s = ` ${text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "")} `;
  return Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
}

/** Dice similarity of two names' letter pairs: a last resort when the search finds nothing close. */
function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return 0;
  const pool = [...y];
  let shared = 0;
  for (const pair of x) {
    const i = pool.indexOf(pair);
    if (i >= 0) {
      shared++;
      pool.splice(i, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

function closestByName(ctx: AnswerContext, query: string): CompanyRef[] {
  return ctx.data.companies
    .map((c) => ({ c, score: Math.max(...[c.name, ...c.aliases].map((n) => similarity(query, n))) }))
    .filter((x) => x.score >= CLOSE_SIMILARITY)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ c }) => ({ id: c.id, name: c.name }));
}

function noSources(ctx: AnswerContext) {
  return { sources: [], asOf: { data: ctx.data.asOf } };
}

/**
 * "X isn't in my data yet": with the closest names only when they are close (a typo, a prefix),
 * never a list of unrelated companies.
 */
/** The company abroad one of `names` names ("Helsing"): the data knows it, and that it isn't French. */
export function companyAbroad(data: Landscape, names: readonly string[]): Elsewhere | undefined {
  const asked = new Set(names.map(normalize));
  return data.elsewhere.find((c) => [c.name, ...c.aliases].some((name) => asked.has(normalize(name))));
}

export function notFound(ctx: AnswerContext, query: string, hits: readonly SearchHit[] = []): NotFoundAnswer {
  // "/startup Helsing": not French, said with the place and its source.
  const abroad = companyAbroad(ctx.data, [query]);
  if (abroad !== undefined) {
    const book = new SourceBook(ctx.data);
    return {
      kind: "not-found",
      query,
      what: "company",
      known: { companies: ctx.data.companies.length },
      suggestions: [],
      abroad: { name: abroad.name, hq: book.fact(abroad.hq) },
      ...book.done(),
    };
  }
  const close = [...hits, ...safeSearch(ctx, query)].filter((h) => h.score <= CLOSE_SCORE);
  const fromSearch = uniqueCompanies(ctx, close);
  const suggestions = (fromSearch.length > 0 ? fromSearch : closestByName(ctx, query)).slice(
    0,
    MAX_SUGGESTIONS,
  );
  return {
    kind: "not-found",
    query,
    what: "company",
    known: { companies: ctx.data.companies.length },
    suggestions,
    ...noSources(ctx),
  };
}

function safeSearch(ctx: AnswerContext, query: string): SearchHit[] {
  if (query.trim() === "") return [];
  return ctx.search.search(query, { kinds: ["company", "product"], limit: MAX_SUGGESTIONS * 2 });
}

/**
 * The company a name stands for (company names, aliases, or one of its products' names). A
 * company's id (what autocomplete sends when a suggestion is picked) is taken as it is: no search.
 */
export function resolveCompany(ctx: AnswerContext, query: string): CompanyResolution {
  const trimmed = query.trim();
  if (trimmed === "") return { ok: false, answer: notFound(ctx, query) };
  const byId = companyById(ctx.data, trimmed);
  if (byId !== undefined) return { ok: true, company: byId };
  const resolution = ctx.search.resolve(trimmed, { kinds: ["company", "product"] });
  const best = resolution.best === undefined ? undefined : companyOfHit(ctx, resolution.best);
  if (best !== undefined) return { ok: true, company: best, hit: resolution.best };

  const strong = resolution.alternatives.filter((h) => h.how !== "fuzzy");
  const candidates = uniqueCompanies(ctx, strong);
  if (candidates.length > 0) {
    return {
      ok: false,
      answer: { kind: "ambiguous", query, what: "company", candidates, ...noSources(ctx) },
    };
  }
  return { ok: false, answer: notFound(ctx, query, resolution.alternatives) };
}
