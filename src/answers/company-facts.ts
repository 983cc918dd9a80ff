// Small questions about one company, answered from the raw data with the citations still attached.
// The answer functions and the free-text question engine both build on these.
import type {
  Category,
  Citation,
  Company,
  Fact,
  Investor,
  Landscape,
  Metric,
  MetricKind,
  Money,
  Person,
  Position,
  Round,
} from "../data/schema.js";
import { compareDates } from "./dates.js";
import { companyWithId, investorWithId, personLinks, personWithId } from "./lookup.js";

export function companyById(data: Landscape, id: string): Company | undefined {
  return companyWithId(data, id);
}

/** Every round, oldest first (rounds of the same date keep the data's order). */
export function roundsOldestFirst(company: Company): Round[] {
  if (company.rounds.length < 2) return [...company.rounds];
  return company.rounds
    .map((round, i) => ({ round, i }))
    .sort((a, b) => compareDates(a.round.date, b.round.date) || a.i - b.i)
    .map((x) => x.round);
}

/** Rounds that happened (not talks or leaks), oldest first. Only these count in totals and rankings. */
export function completedRounds(company: Company): Round[] {
  return roundsOldestFirst(company).filter((r) => r.status === "completed");
}

/** The latest completed round. */
export function latestRound(company: Company): Round | undefined {
  return completedRounds(company).at(-1);
}

/** Reported (not completed) rounds newer than the latest completed round: talks, leaks. */
export function reportedRoundsSinceLatest(company: Company): Round[] {
  const latest = latestRound(company);
  return roundsOldestFirst(company).filter(
    (r) => r.status === "reported" && (latest === undefined || compareDates(r.date, latest.date) >= 0),
  );
}

export interface TotalRaised {
  basis: "reported" | "reported-plus-later-rounds" | "sum-of-rounds" | "none";
  /** The latest total a source reports, and the round it was reported after. */
  reported?: { fact: Fact<Money>; round: Round } | undefined;
  /** Completed rounds after that round (every completed round for "sum-of-rounds"). */
  sinceThen: Round[];
}

/**
 * What a company has raised: the latest reported total with its date, plus the completed rounds
 * after it ("since then"). With no reported total, the completed rounds on record.
 */
export function totalRaised(company: Company): TotalRaised {
  const rounds = completedRounds(company);
  const at = rounds.findLastIndex((r) => r.totalRaisedAfter !== undefined);
  const round = rounds[at];
  if (round?.totalRaisedAfter !== undefined) {
    const sinceThen = rounds.slice(at + 1);
    return {
      basis: sinceThen.length === 0 ? "reported" : "reported-plus-later-rounds",
      reported: { fact: round.totalRaisedAfter, round },
      sinceThen,
    };
  }
  return { basis: rounds.length === 0 ? "none" : "sum-of-rounds", sinceThen: rounds };
}

export interface Valuation {
  /** The latest completed round stating a valuation (possibly "undisclosed"). */
  latest?: { round: Round; fact: Fact<Money | "undisclosed"> } | undefined;
  /** Valuations in reported rounds (talks) newer than that. */
  reported: { round: Round; fact: Fact<Money | "undisclosed"> }[];
}

/** The company's latest valuation, and any newer one from reported talks. */
export function valuation(company: Company): Valuation {
  const withValuation = (r: Round): r is Round & { valuation: Fact<Money | "undisclosed"> } =>
    r.valuation !== undefined;
  const latest = completedRounds(company).filter(withValuation).at(-1);
  const reported = roundsOldestFirst(company)
    .filter(withValuation)
    .filter(
      (r) => r.status === "reported" && (latest === undefined || compareDates(r.date, latest.date) >= 0),
    );
  return {
    latest: latest === undefined ? undefined : { round: latest, fact: latest.valuation },
    reported: reported.map((round) => ({ round, fact: round.valuation })),
  };
}

export interface CompanyInvestor {
  investor: Investor;
  /** The rounds it took part in, oldest first. */
  rounds: { round: Round; lead: boolean; cite: Citation[]; note?: string | undefined }[];
}

/** Everyone who invested in the company, in the order they first appear. */
export function investorsOf(data: Landscape, company: Company): CompanyInvestor[] {
  const byId = new Map<string, CompanyInvestor>();
  for (const round of roundsOldestFirst(company)) {
    for (const part of round.investors) {
      let entry = byId.get(part.investor);
      if (entry === undefined) {
        const investor = investorWithId(data, part.investor) ?? {
          id: part.investor,
          name: part.investor,
          aliases: [],
          kind: "other" as const,
        };
        entry = { investor, rounds: [] };
        byId.set(part.investor, entry);
      }
      entry.rounds.push({ round, lead: part.lead, cite: part.cite, note: part.note });
    }
  }
  return [...byId.values()];
}

export interface CompanyPerson {
  person: Person;
  position: Position;
  founder: boolean;
}

function peopleIn(data: Landscape, list: Company["founders"], founder: boolean): CompanyPerson[] {
  return list.map((position) => ({
    person: personWithId(data, position.person) ?? {
      id: position.person,
      name: position.person,
      aliases: [],
      notes: [],
    },
    position,
    founder,
  }));
}

/** The founders, with their backgrounds (on `person.background`). */
export function foundersOf(data: Landscape, company: Company): CompanyPerson[] {
  return peopleIn(data, company.founders, true);
}

/** Officers who are not founders: a later CEO, a chair. */
export function otherPeopleOf(data: Landscape, company: Company): CompanyPerson[] {
  return peopleIn(data, company.people, false);
}

export function companiesInCategory(data: Landscape, category: Category): Company[] {
  return data.companies.filter((c) => c.categories.includes(category));
}

/** The company's metric of this kind (the first listed, when several share a kind). */
export function metricOf(company: Company, kind: MetricKind): Metric | undefined {
  return company.metrics.find((m) => m.kind === kind);
}

/** Companies a person founded or works at. */
export function companiesOfPerson(
  data: Landscape,
  personId: string,
): { company: Company; founder: boolean }[] {
  return personLinks(data, personId).map((link) => ({ ...link }));
}
