// Id → thing maps over one landscape, so a lookup is not a walk over thousands of companies. The
// landscape never changes while the bot runs: each map is built on first use and kept as long as
// the landscape is (a WeakMap), so start-up stays fast and a reloaded dataset gets fresh maps.
// Where ids repeat, the first one wins, as `Array.find` would have it.
import type { Company, Investor, Landscape, Person, Round, Source } from "../data/schema.js";

/** A company a person founded or works at. */
export interface PersonLink {
  company: Company;
  founder: boolean;
}

/** One part an investor took in one round. */
export interface Backing {
  company: Company;
  round: Round;
  part: Round["investors"][number];
}

interface Lookups {
  companies?: Map<string, Company>;
  investors?: Map<string, Investor>;
  /** The investor that is a person, by the person's id. */
  investorsByPerson?: Map<string, Investor>;
  people?: Map<string, Person>;
  sources?: Map<string, Source>;
  personLinks?: Map<string, PersonLink[]>;
  backings?: Map<string, Backing[]>;
}

const lookups = new WeakMap<Landscape, Lookups>();

function lookupsOf(data: Landscape): Lookups {
  let known = lookups.get(data);
  if (known === undefined) {
    known = {};
    lookups.set(data, known);
  }
  return known;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

export function companyWithId(data: Landscape, id: string): Company | undefined {
  const known = lookupsOf(data);
  known.companies ??= byId(data.companies);
  return known.companies.get(id);
}

export function investorWithId(data: Landscape, id: string): Investor | undefined {
  const known = lookupsOf(data);
  known.investors ??= byId(data.investors);
  return known.investors.get(id);
}

export function personWithId(data: Landscape, id: string): Person | undefined {
  const known = lookupsOf(data);
  known.people ??= byId(data.people);
  return known.people.get(id);
}

export function sourceWithId(data: Landscape, id: string): Source | undefined {
  const known = lookupsOf(data);
  known.sources ??= byId(data.sources);
  return known.sources.get(id);
}

/** The investor record of a person who also invests, if any. */
export function investorOfPerson(data: Landscape, personId: string): Investor | undefined {
  const known = lookupsOf(data);
  if (known.investorsByPerson === undefined) {
    known.investorsByPerson = new Map();
    for (const investor of data.investors)
      if (investor.person !== undefined && !known.investorsByPerson.has(investor.person))
        known.investorsByPerson.set(investor.person, investor);
  }
  return known.investorsByPerson.get(personId);
}

/** Companies a person founded (or else works at), in the data's order. */
export function personLinks(data: Landscape, personId: string): readonly PersonLink[] {
  const known = lookupsOf(data);
  if (known.personLinks === undefined) {
    const links = new Map<string, PersonLink[]>();
    const add = (id: string, link: PersonLink) => {
      const list = links.get(id);
      if (list === undefined) links.set(id, [link]);
      else if (list.at(-1)?.company !== link.company) list.push(link);
    };
    for (const company of data.companies) {
      for (const f of company.founders) add(f.person, { company, founder: true });
      for (const p of company.people) add(p.person, { company, founder: false });
    }
    known.personLinks = links;
  }
  return known.personLinks.get(personId) ?? [];
}

/** Every part an investor took, company by company in the data's order, rounds as listed. */
export function backingsOf(data: Landscape, investorId: string): readonly Backing[] {
  const known = lookupsOf(data);
  if (known.backings === undefined) {
    const backings = new Map<string, Backing[]>();
    for (const company of data.companies)
      for (const round of company.rounds)
        for (const part of round.investors) {
          const list = backings.get(part.investor);
          if (list === undefined) backings.set(part.investor, [{ company, round, part }]);
          else list.push({ company, round, part });
        }
    known.backings = backings;
  }
  return known.backings.get(investorId) ?? [];
}
