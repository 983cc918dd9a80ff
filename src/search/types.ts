// The search contract the rest of the bot relies on (answers, commands, autocomplete, questions).

export type EntityKind = "company" | "person" | "investor" | "product" | "ecosystem";

/** One thing that can be found, with every name it goes by. */
export interface SearchEntry {
  kind: EntityKind;
  id: string;
  /** The display name. */
  name: string;
  /** Other spellings: French, Arabic, domains, short forms. */
  aliases: readonly string[];
  /** Prominence used to break ties between equally good matches (e.g. USD raised). Higher first. */
  weight?: number;
  /** For products: the company that makes it. */
  companyId?: string;
}

export interface SearchHit {
  kind: EntityKind;
  id: string;
  name: string;
  /** The name or alias that matched, as written in the data. */
  matched: string;
  /** 0 = perfect, 1 = worst. */
  score: number;
  how: "exact" | "prefix" | "fuzzy";
  companyId?: string;
}

export interface Resolution {
  /** The entity the query names, when one stands out. */
  best?: SearchHit;
  /** Other plausible entities, best first, for "did you mean ...". */
  alternatives: SearchHit[];
}

export interface SearchOptions {
  kinds?: readonly EntityKind[];
  limit?: number;
}
