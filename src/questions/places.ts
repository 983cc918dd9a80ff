// Cities the companies are based in, as a question names them ("startups in Lyon", "la plus grosse
// levée à Grenoble", "الشركات في ليون"): a place that narrows a list or a ranking, never an unknown
// company. City names are often everyday words ("Nice", "Hem", Arabic "كان", was), so a city is
// only read after a word places follow ("in", "à", "في") or with a capital letter mid-sentence.

import type { Company, Landscape } from "../data/schema.js";
import { placeName, TRANSLATED } from "../data/translations.js";
import { isPlaceFollowed } from "./lexicon/index.js";
import { capitalized, prepare, type Token } from "./prepare.js";
import type { Language } from "./types.js";

/** Longest city name, in words ("Meudon la Forêt"). */
const MAX_WORDS = 4;

export interface FoundPlace {
  /** The city as the data writes it, in English. */
  city: string;
  /** The question's words that named it. */
  tokens: number[];
}

const tables = new WeakMap<Landscape, Map<string, string>>();

/** Every way the data's cities are written (English, French, Arabic), normalised, to the city. */
function placeTable(data: Landscape): Map<string, string> {
  let table = tables.get(data);
  if (table === undefined) {
    table = new Map();
    for (const company of data.companies) {
      const city = cityOf(company);
      if (city === undefined) continue;
      for (const spelling of [city, ...TRANSLATED.map((l) => placeName(city, l))]) {
        const key = prepare(spelling)
          .tokens.map((t) => t.norm)
          .join(" ");
        if (key !== "") table.set(key, city);
      }
    }
    tables.set(data, table);
  }
  return table;
}

/** The city a company is based in, as its first HQ claim says. */
export function cityOf(company: Company): string | undefined {
  return company.hq?.claims[0]?.value.city;
}

/** The first city the question names, where a place is meant; the data must be the English one. */
export function findPlace(
  tokens: readonly Token[],
  used: readonly boolean[],
  data: Landscape,
  language: Language,
): FoundPlace | undefined {
  const table = placeTable(data);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (first === undefined || used[i]) continue;
    const before = tokens[i - 1];
    const meant =
      (before !== undefined && isPlaceFollowed(before.norm, language)) || (i > 0 && capitalized(first));
    if (!meant) continue;
    for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
      const span = tokens.slice(i, i + n);
      if (span.some((_, k) => used[i + k])) continue;
      const city = table.get(span.map((t) => t.norm).join(" "));
      if (city !== undefined) return { city, tokens: span.map((_, k) => i + k) };
    }
  }
  return undefined;
}
