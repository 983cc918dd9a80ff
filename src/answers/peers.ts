// The companies most like one company, for "Compare with…": those sharing most of its categories,
// then those closest to it in size (money raised, on a log scale, so a seed-stage start-up is
// offered its peers rather than the landscape's giants). Under every card and company answer, so
// it must stay cheap at 10,000 companies: sizes and who is in which category are worked out once
// per dataset, only the companies sharing a category are weighed (all of them only when too few
// do), the best few are kept while walking instead of sorting, and each company's peers are kept.
import type { Category, Company, Landscape } from "../data/schema.js";
import { companyWeight, eurToUsd } from "../search/entries.js";
import { companyWithId } from "./lookup.js";

/** Discord shows at most 25 options in a select menu. */
export const MAX_PEERS = 25;

interface PeerIndex {
  /** Each company's size: log10 of 1 + the USD it raised. */
  size: Map<string, number>;
  byCategory: Map<Category, Company[]>;
  /** Peers worked out so far, by company id (the data never changes while the bot runs). */
  peers: Map<string, { id: string; name: string }[]>;
}

const indexes = new WeakMap<Landscape, PeerIndex>();

function peerIndex(data: Landscape): PeerIndex {
  let index = indexes.get(data);
  if (index === undefined) {
    const usdPerEur = eurToUsd(data);
    const byCategory = new Map<Category, Company[]>();
    for (const c of data.companies)
      for (const category of c.categories) {
        const list = byCategory.get(category);
        if (list === undefined) byCategory.set(category, [c]);
        else list.push(c);
      }
    index = {
      size: new Map(data.companies.map((c) => [c.id, Math.log10(1 + companyWeight(c, usdPerEur))])),
      byCategory,
      peers: new Map(),
    };
    indexes.set(data, index);
  }
  return index;
}

interface Candidate {
  company: Company;
  shared: number;
  distance: number;
}

/** True when `a` is a better peer than `b`: more shared categories, then closer in size, then by name. */
const better = (a: Candidate, b: Candidate) =>
  a.shared !== b.shared
    ? a.shared > b.shared
    : a.distance !== b.distance
      ? a.distance < b.distance
      : a.company.name.localeCompare(b.company.name) < 0;

export function peersOf(
  data: Landscape,
  companyId: string,
  limit = MAX_PEERS,
): { id: string; name: string }[] {
  const company = companyWithId(data, companyId);
  if (company === undefined || limit <= 0) return [];
  const index = peerIndex(data);
  const key = `${companyId}|${limit}`;
  const known = index.peers.get(key);
  if (known !== undefined) return known;
  const sharing = [...new Set(company.categories.flatMap((c) => index.byCategory.get(c) ?? []))];
  // Too few share a category (the company itself is among them): everyone is weighed.
  const pool = sharing.length - 1 >= limit ? sharing : data.companies;
  const peers = best(pool, company, index.size, limit).map(({ company: c }) => ({ id: c.id, name: c.name }));
  index.peers.set(key, peers);
  return peers;
}

/** The best `limit` peers of `company` among `pool`, best first. */
function best(
  pool: readonly Company[],
  company: Company,
  size: Map<string, number>,
  limit: number,
): Candidate[] {
  const own = size.get(company.id) ?? 0;
  const categories = new Set(company.categories);
  // The best `limit` so far, best first; a candidate worse than the last is skipped at once.
  const best: Candidate[] = [];
  for (const c of pool) {
    if (c.id === company.id) continue;
    let shared = 0;
    for (const category of c.categories) if (categories.has(category)) shared++;
    const last = best.length >= limit ? best.at(-1) : undefined;
    // Most companies lose on their categories alone: no size looked up, nothing allocated.
    if (last !== undefined && shared < last.shared) continue;
    const candidate = { company: c, shared, distance: Math.abs((size.get(c.id) ?? 0) - own) };
    if (last !== undefined && !better(candidate, last)) continue;
    let at = best.length;
    while (at > 0 && better(candidate, best[at - 1] as Candidate)) at--;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best;
}
