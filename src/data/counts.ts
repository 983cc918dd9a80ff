// How much the dataset holds: what /about says and the data report prints, counted one way.
import type { Landscape } from "./schema.js";

export interface LandscapeCounts {
  companies: number;
  people: number;
  investors: number;
  rounds: number;
  sources: number;
  ecosystem: number;
}

export function landscapeCounts(data: Landscape): LandscapeCounts {
  return {
    companies: data.companies.length,
    people: data.people.length,
    investors: data.investors.length,
    rounds: data.companies.reduce((n, c) => n + c.rounds.length, 0),
    sources: data.sources.length,
    ecosystem: data.ecosystem.length,
  };
}
