// The companies most like one company, for "Compare with…": those sharing most of its categories,
// then those closest to it in size (money raised, on a log scale, so a seed-stage start-up is
// offered its peers rather than the landscape's giants).
import type { Landscape } from "../data/schema.js";
import { companyWeight, eurToUsd } from "../search/entries.js";
import { companyWithId } from "./lookup.js";

/** Discord shows at most 25 options in a select menu. */
export const MAX_PEERS = 25;

export function peersOf(
  data: Landscape,
  companyId: string,
  limit = MAX_PEERS,
): { id: string; name: string }[] {
  const company = companyWithId(data, companyId);
  if (company === undefined) return [];
  const usdPerEur = eurToUsd(data);
  const size = (w: number) => Math.log10(1 + w);
  const own = size(companyWeight(company, usdPerEur));
  const categories = new Set(company.categories);
  return data.companies
    .filter((c) => c.id !== companyId)
    .map((c) => ({
      c,
      shared: c.categories.filter((cat) => categories.has(cat)).length,
      distance: Math.abs(size(companyWeight(c, usdPerEur)) - own),
    }))
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.c.name.localeCompare(b.c.name))
    .slice(0, limit)
    .map(({ c }) => ({ id: c.id, name: c.name }));
}
