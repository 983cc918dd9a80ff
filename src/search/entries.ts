// Turns the landscape into the flat list of searchable things: every company, person, investor,
// product and ecosystem fact, with every name it goes by and a prominence weight (USD raised) that
// breaks ties between equally good matches, so "mis" suggests Mistral AI before a small namesake.
import type { Category, Company, Landscape, Money, Undisclosed } from "../data/schema.js";
import { compact } from "./normalize.js";
import type { SearchEntry } from "./types.js";

// Only used when the dataset states no EUR->USD rate: the weight is a tie-breaker, not a figure
// anyone reads, so an approximate rate is enough.
const FALLBACK_EUR_TO_USD = 1.1;

/** USD per EUR from the dataset's own rate (for prominence only; answers name the rate they use). */
export function eurToUsd(data: Landscape): number {
  const direct = data.fxRates.find((r) => r.from === "EUR" && r.to === "USD");
  if (direct) return direct.rate;
  const inverse = data.fxRates.find((r) => r.from === "USD" && r.to === "EUR");
  return inverse ? 1 / inverse.rate : FALLBACK_EUR_TO_USD;
}

/** Total USD raised: the sum of completed rounds, or a reported running total if larger, or else the largest amount heard of. */
export function companyWeight(company: Company, usdPerEur: number): number {
  const usd = (m: Money | Undisclosed) =>
    m === "undisclosed" ? 0 : m.currency === "USD" ? m.amount : m.amount * usdPerEur;
  let completed = 0;
  let runningTotal = 0;
  let largest = 0;
  for (const round of company.rounds) {
    const amount = round.amount.claims[0] ? usd(round.amount.claims[0].value) : 0;
    if (round.status === "completed") completed += amount;
    largest = Math.max(largest, amount);
    const after = round.totalRaisedAfter?.claims[0];
    if (after) runningTotal = Math.max(runningTotal, usd(after.value));
  }
  return Math.max(completed, runningTotal) || largest;
}

const prominence = new WeakMap<Landscape, Map<Category | "", readonly Company[]>>();

/**
 * The companies (of one category, or all), most prominent first: by weight, ties in the data's
 * order. Worked out once per dataset and category on first use (the landscape never changes while
 * the bot runs), so naming a category's best-known companies doesn't weigh thousands every time.
 */
export function companiesByWeight(data: Landscape, category?: Category): readonly Company[] {
  let known = prominence.get(data);
  if (known === undefined) {
    known = new Map();
    prominence.set(data, known);
  }
  let list = known.get(category ?? "");
  if (list === undefined) {
    if (category === undefined) {
      const usdPerEur = eurToUsd(data);
      list = data.companies
        .map((company) => ({ company, weight: companyWeight(company, usdPerEur) }))
        .sort((a, b) => b.weight - a.weight)
        .map(({ company }) => company);
    } else list = companiesByWeight(data).filter((c) => c.categories.includes(category));
    known.set(category ?? "", list);
  }
  return list;
}

function uniqueAliases(name: string, aliases: readonly (string | undefined)[]): string[] {
  const seen = new Set([name]);
  const out: string[] = [];
  for (const alias of aliases) {
    if (alias === undefined || seen.has(alias)) continue;
    seen.add(alias);
    out.push(alias);
  }
  return out;
}

export function entriesFromLandscape(data: Landscape): SearchEntry[] {
  const usdPerEur = eurToUsd(data);
  const entries: SearchEntry[] = [];
  const personWeight = new Map<string, number>();
  const investorWeight = new Map<string, number>();

  for (const company of data.companies) {
    const weight = companyWeight(company, usdPerEur);
    entries.push({
      kind: "company",
      id: company.id,
      name: company.name,
      aliases: uniqueAliases(company.name, [...company.aliases, company.domain]),
      weight,
    });
    for (const product of company.products) {
      entries.push({
        kind: "product",
        id: product.id,
        name: product.name,
        aliases: uniqueAliases(product.name, product.aliases),
        weight,
        companyId: company.id,
      });
    }
    // A person or an investor is as prominent as the most prominent company they are tied to.
    for (const link of [...company.founders, ...company.people]) {
      personWeight.set(link.person, Math.max(personWeight.get(link.person) ?? 0, weight));
    }
    for (const round of company.rounds) {
      for (const backer of round.investors) {
        investorWeight.set(backer.investor, Math.max(investorWeight.get(backer.investor) ?? 0, weight));
      }
    }
  }

  for (const person of data.people) {
    entries.push({
      kind: "person",
      id: person.id,
      name: person.name,
      aliases: uniqueAliases(person.name, person.aliases),
      weight: personWeight.get(person.id) ?? 0,
    });
  }
  for (const investor of data.investors) {
    entries.push({
      kind: "investor",
      id: investor.id,
      name: investor.name,
      aliases: uniqueAliases(investor.name, investor.aliases),
      weight: investorWeight.get(investor.id) ?? 0,
    });
  }
  // Ecosystem keywords are words of questions ("mistral", "Accel", "H.ai" appear in some): one that
  // is also the name of a company, person, investor or product stays that entity's, or "mistal"
  // would tie Mistral AI with a fact about funding.
  const named = new Set(entries.flatMap((e) => [e.name, ...e.aliases].map((s) => compact(s))));
  for (const fact of data.ecosystem) {
    entries.push({
      kind: "ecosystem",
      id: fact.id,
      name: fact.title,
      aliases: uniqueAliases(
        fact.title,
        fact.keywords.filter((k) => !named.has(compact(k))),
      ),
      weight: 0,
    });
  }
  return entries;
}
