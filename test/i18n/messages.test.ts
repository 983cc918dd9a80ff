// The per-language tables: the same keys in English, French and Arabic (TypeScript checks it with
// `satisfies Messages`; this checks it at run time too, both ways), nothing left empty, the figures'
// words the same as the question engine's, and the slash commands described in French.
import { describe, expect, it } from "vitest";
import { commandDefinitions } from "../../src/commands/index.js";
import { ar } from "../../src/i18n/ar.js";
import { en } from "../../src/i18n/en.js";
import { fr } from "../../src/i18n/fr.js";
import { LANGUAGES, languageForLocale, messages } from "../../src/i18n/index.js";
import { formatDate as questionDate, formatMoney as questionMoney } from "../../src/questions/format.js";
import { formatDate as cardDate, formatMoney as cardMoney } from "../../src/render/format.js";

/** Every path of a table: "figures.ledBy()", "numbers.months[12]", "labels.sources". */
function paths(value: unknown, at = ""): string[] {
  if (typeof value === "function") return [`${at}()/${value.length}`];
  if (Array.isArray(value)) return [`${at}[${value.length}]`];
  if (value !== null && typeof value === "object")
    return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) =>
      paths(v, at === "" ? key : `${at}.${key}`),
    );
  return [at];
}

/** Every leaf's text; a function's with sample values (numbers where it counts). */
function texts(value: unknown, at = ""): [string, string][] {
  if (typeof value === "function") {
    const counts = { companies: 3, rounds: 3, people: 3, investors: 3, ecosystem: 3, sources: 3 };
    const args = Array.from({ length: value.length }, (_, i) =>
      i === 0 && at.endsWith("knows") ? counts : 3,
    );
    return [[at, String((value as (...a: unknown[]) => unknown)(...args))]];
  }
  if (Array.isArray(value)) return value.map((v, i) => [`${at}[${i}]`, String(v)]);
  if (value !== null && typeof value === "object")
    return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) =>
      texts(v, at === "" ? key : `${at}.${key}`),
    );
  return [[at, String(value)]];
}

describe("the reply tables", () => {
  const english = paths(en).sort();

  it.each([
    ["fr", fr],
    ["ar", ar],
  ] as const)("%s has exactly the keys of en, each of the same kind", (_, table) => {
    const other = paths(table).sort();
    expect(
      other.filter((p) => !english.includes(p)),
      "keys en doesn't have",
    ).toEqual([]);
    expect(
      english.filter((p) => !other.includes(p)),
      "keys missing from this language",
    ).toEqual([]);
  });

  it("would notice a missing key", () => {
    const { figures: _figures, ...broken } = fr;
    const missing = english.filter((p) => !paths(broken).includes(p));
    expect(missing).toContain("figures.undisclosed");
  });

  it.each(LANGUAGES)("%s leaves nothing empty", (language) => {
    // A digit group's separator may be a (narrow no-break) space; everything else has words.
    for (const [at, text] of texts(messages(language)))
      expect(at === "numbers.group" ? text : text.trim(), at).not.toBe("");
  });

  it("French and Arabic are not English left in place", () => {
    const same = (table: typeof fr | typeof ar) =>
      texts(table).filter(([at, text]) => {
        const english = texts(en).find(([p]) => p === at)?.[1];
        return (
          english === text &&
          // Placeholders ("{company}: {description}") are not words.
          /[a-z]{4}/.test(text.replace(/\{\w+\}/g, "")) &&
          !at.startsWith("numbers.") &&
          !at.startsWith("language")
        );
      });
    // Words French shares with English ("Sources", "Notes", "Image", ...) are the only ones allowed.
    expect(
      same(fr)
        .map(([at]) => at)
        .sort(),
    ).toEqual(
      [
        "categories.image",
        "categories.agriculture",
        "answers.categoryNames.agriculture",
        "answers.categoryNames.finance",
        "answers.categoryNames.image",
        "answers.categoryNames.marketing",
        "answers.metricNames.acquisitions",
        "categories.finance",
        "categories.marketing",
        "valuationBasis.post-money",
        "components.sources",
        "labels.notes",
        "labels.sources",
        "disputes.description",
      ].sort(),
    );
    expect(same(ar)).toEqual([]);
  });

  it.each(LANGUAGES)("%s: a question's sentence writes a figure as the card does", (language) => {
    const m = messages(language);
    for (const money of [
      { amount: 1.7e9, currency: "EUR" as const },
      { amount: 640e6, currency: "USD" as const },
      { amount: 250_000, currency: "EUR" as const },
    ])
      expect(questionMoney(money, m)).toBe(cardMoney(money, { language }));
    expect(questionDate("2025-09-09", m)).toBe(cardDate("2025-09-09", { language, full: true }));
  });
});

describe("which language a Discord locale gets", () => {
  it("gives French to fr, Arabic to ar (the console's --locale) and English to everything else", () => {
    expect(languageForLocale("fr")).toBe("fr");
    expect(languageForLocale("ar-SA")).toBe("ar");
    for (const locale of ["en-US", "en-GB", "de", "es-ES", "ja", undefined, ""])
      expect(languageForLocale(locale)).toBe("en");
  });
});

describe("the slash commands in French", () => {
  type Option = {
    name: string;
    description: string;
    description_localizations?: { fr?: string };
    choices?: readonly { name: string; name_localizations?: { fr?: string } }[];
  };

  it("describe every command and option in French, within Discord's 100 characters", () => {
    for (const command of commandDefinitions) {
      const fr = command.description_localizations?.fr ?? "";
      expect(fr.length, command.name).toBeGreaterThan(0);
      expect(fr.length, command.name).toBeLessThanOrEqual(100);
      for (const option of (command.options ?? []) as readonly Option[]) {
        const at = `/${command.name} ${option.name}`;
        const optionFr = option.description_localizations?.fr ?? "";
        expect(optionFr.length, at).toBeGreaterThan(0);
        expect(optionFr.length, at).toBeLessThanOrEqual(100);
        for (const choice of option.choices ?? [])
          expect(choice.name_localizations?.fr?.length ?? 0, `${at} ${choice.name}`).toBeGreaterThan(0);
      }
    }
  });

  it("keep the command and option names English", () => {
    for (const command of commandDefinitions) {
      expect(command.name).toMatch(/^[a-z]+$/);
      expect((command as { name_localizations?: unknown }).name_localizations).toBeUndefined();
    }
  });

  it("tell the four companies of /compare apart", () => {
    const compare = commandDefinitions.find((c) => c.name === "compare");
    const descriptions = ((compare?.options ?? []) as readonly Option[])
      .filter((o) => o.name !== "hide")
      .map((o) => o.description_localizations?.fr);
    expect(new Set(descriptions).size).toBe(4);
  });
});
