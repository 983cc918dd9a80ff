// The dataset's prose in French and Arabic: every text translated, no figure changed on the way,
// nothing but prose touched, and a broken table stops start-up like a broken dataset.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DatasetError, loadLandscape } from "../../src/data/load.js";
import { proseTexts, translateLandscape } from "../../src/data/localize.js";
import {
  englishLandscape,
  loadPlaceNames,
  loadTranslationTable,
  localizeLandscape,
  TRANSLATED,
  translationProblem,
} from "../../src/data/translations.js";

const data = loadLandscape();
const prose = proseTexts(data);
const dir = mkdtempSync(join(tmpdir(), "landscape-translations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(TRANSLATED)("the %s table", (language) => {
  const table = loadTranslationTable(language);

  it("translates every text of the built-in dataset", () => {
    expect(prose.filter((text) => table[text] === undefined)).toEqual([]);
  });

  it("has no entry left over from a text the dataset no longer has", () => {
    expect(Object.keys(table).filter((text) => !prose.includes(text))).toEqual([]);
  });

  it("translates rather than copies (only names and abbreviations may stay as they are)", () => {
    const copied = prose.filter((text) => table[text] === text);
    expect(copied.length).toBeLessThanOrEqual(3);
  });
});

describe("a translation's figures", () => {
  it("must be the English text's figures, whatever the number style", () => {
    expect(
      translationProblem("EUR 1.3 bn for about 11%", "1,3 Md € pour environ 11 %", "fr"),
    ).toBeUndefined();
    expect(translationProblem("USD 640 M", "604 M $", "fr")).toMatch(/numbers \(604\) are not .*\(640\)/);
    expect(translationProblem("In 2024.", "En 2023.", "fr")).toMatch(/numbers/);
    expect(translationProblem("Founded in 2024.", "Fondée.", "fr")).toMatch(/none/);
  });

  it("are written in the digits the bot's Arabic replies use, in Arabic words", () => {
    expect(translationProblem("About 250 people", "نحو 250 شخصًا", "ar")).toBeUndefined();
    expect(translationProblem("About 250 people", "نحو ٢٥٠ شخصًا", "ar")).toMatch(/numbers/);
    expect(translationProblem("co-founder", "co-founder", "ar")).toMatch(/no Arabic letter/);
  });
});

describe("a broken translation table", () => {
  it("stops start-up, naming the file, the entry and what is wrong", () => {
    const file = join(dir, "fr.json");
    writeFileSync(file, JSON.stringify({ "Raised USD 640 M.": "A levé 604 M $." }));
    let error: unknown;
    try {
      loadTranslationTable("fr", file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toContain('$["Raised USD 640 M."]: its numbers (604)');
  });

  it("that is not JSON, or holds an empty text, is refused too", () => {
    const notJson = join(dir, "ar.json");
    writeFileSync(notJson, "{ oops");
    expect(() => loadTranslationTable("ar", notJson)).toThrow(DatasetError);
    const empty = join(dir, "empty.json");
    writeFileSync(empty, JSON.stringify({ Staff: " " }));
    expect(() => loadTranslationTable("fr", empty)).toThrow(/an empty translation/);
  });
});

describe("the translated dataset", () => {
  it("changes nothing but prose: names, ids, figures, dates and sources stay as they are", () => {
    const marked = translateLandscape(data, (text) => `«${text}»`);
    expect(marked.sources).toEqual(data.sources);
    expect(marked.fxRates.map(({ note: _, ...r }) => r)).toEqual(data.fxRates.map(({ note: _, ...r }) => r));
    marked.companies.forEach((c, i) => {
      const original = data.companies[i];
      expect(c.name).toBe(original?.name);
      expect(c.aliases).toEqual(original?.aliases);
      expect(
        c.rounds.map((r) => [r.id, r.date, r.stage, r.amount.claims.map((a) => [a.value, a.asOf, a.cite])]),
      ).toEqual(
        original?.rounds.map((r) => [
          r.id,
          r.date,
          r.stage,
          r.amount.claims.map((a) => [a.value, a.asOf, a.cite]),
        ]),
      );
      expect(c.metrics.map((m) => m.fact.claims.map((a) => a.value))).toEqual(
        original?.metrics.map((m) => m.fact.claims.map((a) => a.value)),
      );
    });
    // Everything a reader sees as prose went through the translation.
    expect(marked.companies[0]?.description.claims[0]?.value).toMatch(/^«.*»$/);
  });

  it("is the English dataset for English, and is never translated twice", () => {
    expect(localizeLandscape(data, "en")).toBe(data);
    const fr = localizeLandscape(data, "fr");
    expect(fr).not.toBe(data);
    expect(localizeLandscape(fr, "fr")).toBe(fr);
    expect(englishLandscape(fr)).toBe(data);
    // A French copy asked for Arabic is translated from the English, not from the French.
    const ar = localizeLandscape(fr, "ar");
    expect(englishLandscape(ar)).toBe(data);
    expect(ar.companies[0]?.description.claims[0]?.value).toMatch(/[\u0621-\u064A]/);
  });
});

describe("the cities companies are based in", () => {
  it("each have an Arabic spelling, so an Arabic reply doesn't switch to Latin letters for them", () => {
    const cities = new Set(data.companies.flatMap((c) => c.hq?.claims.map((cl) => cl.value.city) ?? []));
    const arabic = loadPlaceNames().ar ?? {};
    expect([...cities].filter((city) => arabic[city] === undefined)).toEqual([]);
    const mistral = localizeLandscape(data, "ar").companies.find((c) => c.id === "mistral-ai");
    expect(mistral?.hq?.claims[0]?.value.city).toBe("باريس");
  });
});
