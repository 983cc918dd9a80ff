import { describe, expect, it } from "vitest";
import { prepare } from "../../src/questions/prepare.js";
import { compact, normalize } from "../../src/search/normalize.js";

describe("normalisation (the same for the index and the query)", () => {
  it("folds case and Latin accents", () => {
    expect(normalize("CLÉMENT Delangue")).toBe("clement delangue");
    expect(normalize("Aglaé Ventures")).toBe("aglae ventures");
    expect(normalize("Ça Fonctionne À Paris")).toBe("ca fonctionne a paris");
    expect(normalize("İstanbul")).toBe("istanbul");
  });

  it("spells out the letters accents can't strip", () => {
    expect(normalize("Straße Æsir Œuvre Søren")).toBe("strasse aesir oeuvre soren");
  });

  it("drops harakat and folds hamza forms of alef", () => {
    expect(normalize("مِيسْتْرَال")).toBe("ميسترال");
    expect(normalize("وَجْهُ العِنَاق")).toBe("وجه العناق");
    expect(normalize("أحمد إبراهيم آمنة ٱلله")).toBe("احمد ابراهيم امنه الله");
  });

  it("removes tatweel and folds Arabic letters written several ways", () => {
    expect(normalize("ميـــسترال")).toBe("ميسترال");
    expect(normalize("غرفة التصوير")).toBe(normalize("غرفه التصوير"));
    expect(normalize("بريستى")).toBe(normalize("بريستي"));
    expect(normalize("کیک")).toBe("كيك"); // Persian keheh and yeh
  });

  it("reads Arabic presentation forms and full-width letters through NFKC", () => {
    expect(normalize("ﻣﻴﺴﺘﺮﺍﻝ")).toBe("ميسترال");
    expect(normalize("Ｈｕｇｇｉｎｇ")).toBe("hugging");
  });

  it("turns Arabic-Indic digits into 0-9", () => {
    expect(normalize("٢٠٢٤")).toBe("2024");
    expect(normalize("۱۲")).toBe("12");
  });

  it("ignores zero-width and bidi marks pasted inside a name", () => {
    expect(normalize("Mis\u200Btral\u200F")).toBe("mistral");
    // The question reader and the search keys read invisible characters the same way: an Arabic
    // letter mark, a Hangul filler, a word joiner show nothing, so they change nothing.
    for (const mark of ["\u061C", "\u3164", "\u2060", "\u00AD", "\uFEFF"]) {
      expect(normalize(`Mis${mark}tral`), JSON.stringify(mark)).toBe("mistral");
      expect(
        prepare(`Mis${mark}tral`).tokens.map((t) => t.norm),
        JSON.stringify(mark),
      ).toEqual(["mistral"]);
    }
    expect(normalize("\u202Bميسترال\u202C\uFEFF")).toBe("ميسترال");
    expect(normalize("\u2066Dust\u2069")).toBe("dust");
  });

  it("makes punctuation a single space, and compact() drops the spaces", () => {
    expect(normalize("Mistral.AI")).toBe("mistral ai");
    expect(normalize("  poolside.ai  ")).toBe("poolside ai");
    expect(compact("poolside.ai")).toBe("poolsideai");
    expect(compact("hugging face")).toBe(compact("HuggingFace"));
    expect(normalize("H-VLM / Runner H!")).toBe("h vlm runner h");
  });

  it("reduces junk to nothing", () => {
    for (const junk of ["", "   ", "!!!???", "🤗🚀", "\u200B\u200F\u200B", "؟،؛", "1\uFE0F\u20E3".slice(1)]) {
      expect(normalize(junk)).toBe("");
    }
  });
});
