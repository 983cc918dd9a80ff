// The engine's steps on their own: the words, the language, the names, the language tables.
import { describe, expect, it } from "vitest";
import { messages } from "../../src/i18n/index.js";
import { languageForLocale } from "../../src/i18n/language.js";
import { understand } from "../../src/questions/answer.js";
import { detectLanguage } from "../../src/questions/language.js";
import { COMPILED, LANGUAGES } from "../../src/questions/lexicon/index.js";
import { MAX_QUESTION_CHARS, prepare } from "../../src/questions/prepare.js";
import { ask, context } from "./ask.js";

const ctx = context();
const names = (q: string) => understand(q, ctx).entities.map((e) => `${e.kind}:${e.id}`);

describe("reading the words", () => {
  it("drops invisible and bidi marks and Discord's mention syntax", () => {
    const words = prepare("\u202B<@123456789012345678> Mis\u200Btral\u202C <#42> <:x:1234567890>").tokens.map(
      (t) => t.norm,
    );
    expect(words).toEqual(["mistral"]);
  });

  it("cuts a text longer than the cap", () => {
    const prepared = prepare("word ".repeat(MAX_QUESTION_CHARS));
    expect(prepared.truncated).toBe(true);
    expect(prepared.tokens.length).toBeLessThanOrEqual(200);
  });

  it("tries an Arabic word without the letters glued to its front", () => {
    const [token] = prepare("وداست").tokens;
    expect(token?.forms).toContain("داست");
    const [latin] = prepare("وMistral").tokens;
    expect(latin?.forms).toContain("mistral");
  });
});

describe("telling the language", () => {
  it.each([
    ["Who founded Dust?", "en"],
    ["Qui a fondé Dust ?", "fr"],
    ["qui a fonde dust", "fr"],
    ["من أسس داست؟", "ar"],
    ["Combien d'utilisateurs a Photoroom ?", "fr"],
  ] as const)("%s is %s", (q, language) => {
    expect(understand(q, ctx).language).toBe(language);
  });

  it("falls back on the user's locale when the words don't tell", () => {
    expect(detectLanguage(prepare("Mistral vs Dust"), "fr")).toBe("fr");
    expect(detectLanguage(prepare("Mistral vs Dust"), "en-GB")).toBe("en");
    expect(languageForLocale("ar-SA")).toBe("ar");
  });

  it("does not count the words of a name: 'Hugging Face' is not English, 'Le Chat' not French", () => {
    expect(understand("HUGGING FACE VS MISTRAL", { ...ctx, locale: "en-US" }).language).toBe("en");
    expect(understand("Le Chat?", { ...ctx, locale: "en-US" }).language).toBe("en");
  });
});

describe("finding names", () => {
  it("finds several names whatever joins them", () => {
    expect(names("Mistral, Dust and Photoroom")).toEqual([
      "company:mistral-ai",
      "company:dust",
      "company:photoroom",
    ]);
    expect(names("ميسترال وداست")).toEqual(["company:mistral-ai", "company:dust"]);
    expect(names("Mistral ou Dust")).toEqual(["company:mistral-ai", "company:dust"]);
  });

  it("prefers the longest name: Runner H is a product, not the company H", () => {
    expect(names("What is Runner H?")).toEqual(["product:runner-h"]);
    expect(names("Mistral 7B")).toEqual(["product:mistral-7b"]);
  });

  it("reads H as the company only as a standalone capital, H Company or H.ai", () => {
    expect(names("What does H do?")).toEqual(["company:h-company"]);
    expect(names("h company valuation")).toEqual(["company:h-company"]);
    expect(names("who founded h.ai")).toEqual(["company:h-company"]);
    expect(names("how much did h raise")).toEqual([]);
    expect(names("How much did French startups raise in H1 2024?")).not.toContain("company:h-company");
  });

  it("takes a word typed as the start of a name only when it covers most of it", () => {
    expect(names("hello there general kenobi")).toEqual([]);
    expect(names("how much did hugging raise")).toEqual(["company:hugging-face"]);
  });

  it("never takes a stop word for a name", () => {
    expect(names("who what le la les qui est the a")).toEqual([]);
  });

  it("finds people, investors and products by their aliases", () => {
    expect(names("Charles Cantos")).toEqual(["person:charles-kantor"]);
    expect(names("لي تشات")).toEqual(["product:le-chat"]);
    expect(names("Aglaé")).toEqual(["investor:aglae-ventures"]);
  });

  it("keeps the words a name didn't take for the intent: 'funding' still asks about money", () => {
    const u = understand("How much funding did Mistral get?", ctx);
    expect(u.intent).toBe("figure");
    expect(u.metric).toBe("total-raised");
  });
});

describe("names that are everyday words", () => {
  it("read 'dust' or 'doctrine' in a sentence as the word, not the company", () => {
    expect(names("is there dust on the moon?")).toEqual([]);
    expect(names("the doctrine of the church")).toEqual([]);
    expect(names("une doctrine juridique")).toEqual([]);
    expect(ask("is there dust on the moon?").kind).toBe("help");
  });

  it("take them for the company in a question about a company, and say so", () => {
    expect(names("how much did dust raise?")).toEqual(["company:dust"]);
    const answer = ask("how much did dust raise?");
    if (answer.kind !== "answered") throw new Error(answer.kind);
    expect(answer.notes).toContain("“dust” is read as the company Dust.");
    // Written as a name (a capital letter mid-sentence), it is the company, with no remark.
    const written = ask("How much did Dust raise?");
    expect(written.kind === "answered" && written.notes.some((n) => n.includes("is read as"))).toBe(false);
    expect(names("qui a fondé doctrine ?")).toEqual(["company:doctrine"]);
  });
});

describe("the language tables", () => {
  it.each(LANGUAGES)("%s: every ask pattern has words after normalisation", (language) => {
    for (const ask of COMPILED[language].asks)
      expect(ask.pattern.size, ask.pattern.source).toBeGreaterThan(0);
    expect(COMPILED[language].stopWords.size).toBeGreaterThan(20);
  });

  it.each(LANGUAGES)("%s: twelve months and a name for every stage and category", (language) => {
    const m = messages(language);
    expect(m.numbers.months).toHaveLength(12);
    expect(Object.values(m.answers.stageNames).every((s) => s.length > 0)).toBe(true);
    expect(Object.values(m.answers.categoryNames).every((s) => s.length > 0)).toBe(true);
  });

  it.each(LANGUAGES)("%s: every template names only placeholders the engine fills", (language) => {
    const known = new Set(
      `company people person companies role background investor investors amount total reported round
      rounds date when since metric value description product products category winner lead leads others missing
      known what claims rate rates names word title candidates dropped count filter year text where city`.split(
        /\s+/,
      ),
    );
    for (const [key, template] of Object.entries(messages(language).answers.templates))
      for (const [, name] of template.matchAll(/\{(\w+)\}/g))
        expect(known.has(name ?? ""), `${key}: {${name}}`).toBe(true);
  });
});
