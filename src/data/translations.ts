// The dataset's prose in French and Arabic: tables keyed by the English text itself, so a
// self-hoster's DATA_PATH file gets every translation whose English it shares and English for the
// rest. Names, figures, dates and source titles are never in a table (see localize.ts).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { Language } from "../i18n/language.js";
import { DatasetError } from "./load.js";
import { translateLandscape } from "./localize.js";
import type { Landscape } from "./schema.js";

export type TranslatedLanguage = Exclude<Language, "en">;
export const TRANSLATED: readonly TranslatedLanguage[] = ["fr", "ar"];

const Table = z.record(z.string().min(1), z.string().trim().min(1, "an empty translation"));
export type TranslationTable = z.infer<typeof Table>;

export function translationPath(language: TranslatedLanguage): string {
  return fileURLToPath(new URL(`./translations/${language}.json`, import.meta.url));
}

/** Reads and validates one bundled table; a broken one stops start-up like a broken dataset. */
export function loadTranslationTable(language: TranslatedLanguage, path = translationPath(language)) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new DatasetError(path, [`$: ${(error as Error).message}`]);
  }
  const parsed = Table.safeParse(raw);
  if (!parsed.success)
    throw new DatasetError(
      path,
      parsed.error.issues.map(
        (i) => `$${i.path.map((k) => `[${JSON.stringify(k)}]`).join("")}: ${i.message}`,
      ),
    );
  const problems = Object.entries(parsed.data).flatMap(([en, text]) => {
    const why = translationProblem(en, text, language);
    return why === undefined ? [] : [`$[${JSON.stringify(en)}]: ${why}`];
  });
  if (problems.length > 0) throw new DatasetError(path, problems);
  return parsed.data;
}

/** The runs of digits in a text, sorted: "EUR 1.3 bn" and "1,3 Md €" both give ["1", "3"]. */
export function digitRuns(text: string): string[] {
  return (text.match(/\d+/g) ?? []).sort();
}

const ARABIC_LETTER = /[\u0621-\u064A]/;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/;

/**
 * Why a translation can't be shown, if it can't: it must carry the very same figures as the English
 * (a translation never adds, drops or changes a number), and Arabic is written in Arabic letters with
 * the digits the rest of the bot's Arabic replies use.
 */
export function translationProblem(
  en: string,
  text: string,
  language: TranslatedLanguage,
): string | undefined {
  const want = digitRuns(en).join(" ");
  const got = digitRuns(text).join(" ");
  if (want !== got) return `its numbers (${got || "none"}) are not the English text's (${want || "none"})`;
  if (language === "ar") {
    if (ARABIC_INDIC_DIGIT.test(text))
      return "write numbers with the digits 0-9, as the bot's Arabic replies do";
    if (!ARABIC_LETTER.test(text)) return "it has no Arabic letter";
  }
  return undefined;
}

/** Cities as each language writes them ("Paris" → "باريس"): names, so not in the prose tables. */
const Places = z.record(z.enum(["fr", "ar"]), z.record(z.string().min(1), z.string().trim().min(1)));
export type PlaceNames = z.infer<typeof Places>;

export function placesPath(): string {
  return fileURLToPath(new URL("./translations/places.json", import.meta.url));
}

let places: PlaceNames | undefined;

/** The bundled place names; a broken file stops start-up like a broken dataset. */
export function loadPlaceNames(path = placesPath()): PlaceNames {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new DatasetError(path, [`$: ${(error as Error).message}`]);
  }
  const parsed = Places.safeParse(raw);
  if (!parsed.success)
    throw new DatasetError(
      path,
      parsed.error.issues.map(
        (i) => `$${i.path.map((k) => `[${JSON.stringify(k)}]`).join("")}: ${i.message}`,
      ),
    );
  return parsed.data;
}

function placeNames(): PlaceNames {
  places ??= loadPlaceNames();
  return places;
}

const tables = new Map<TranslatedLanguage, TranslationTable>();
const localized = new WeakMap<Landscape, Map<Language, Landscape>>();
/** Each translated copy's English original, so that a copy is never translated twice. */
const originals = new WeakMap<Landscape, Landscape>();

/** The English dataset behind `data` (itself when it is not a translated copy). */
export function englishLandscape(data: Landscape): Landscape {
  return originals.get(data) ?? data;
}

function tableFor(language: TranslatedLanguage): TranslationTable {
  let table = tables.get(language);
  if (table === undefined) {
    table = loadTranslationTable(language);
    tables.set(language, table);
  }
  return table;
}

/** A city's name in `language` ("London" -> "Londres"), or the name itself where none is known. */
export function placeName(city: string, language: Language): string {
  return language === "en" ? city : (placeNames()[language]?.[city] ?? city);
}

/** Loads every table now, so that a broken one stops start-up rather than the first French reply. */
export function loadTranslations(): void {
  for (const language of TRANSLATED) tableFor(language);
  placeNames();
}

/**
 * The dataset with its prose in `language` (English where a table has no entry). Cached per dataset
 * and language: answers keep their own per-dataset caches, and they stay valid.
 */
export function localizeLandscape(given: Landscape, language: Language): Landscape {
  const data = englishLandscape(given);
  if (language === "en") return data;
  let byLanguage = localized.get(data);
  if (byLanguage === undefined) {
    byLanguage = new Map();
    localized.set(data, byLanguage);
  }
  let result = byLanguage.get(language);
  if (result === undefined) {
    const table = tableFor(language);
    const cities = placeNames()[language] ?? {};
    result = translateLandscape(
      data,
      (text) => table[text] ?? text,
      (city) => cities[city] ?? city,
    );
    byLanguage.set(language, result);
    originals.set(result, data);
  }
  return result;
}
