import { describe, expect, it } from "vitest";
import { SEED_ENTRIES } from "../../bench/seed-entries.js";
import { syntheticCompanies } from "../../bench/synthetic.js";
import { SearchIndex } from "../../src/search/index.js";
import type { SearchEntry } from "../../src/search/types.js";

const index = new SearchIndex(SEED_ENTRIES);
const bestId = (query: string) => index.resolve(query).best?.id;
const topId = (query: string) => index.search(query)[0]?.id;

describe("finding a company by name", () => {
  it("an exact name or alias finds it, whatever the case, accents, spacing or punctuation", () => {
    expect(bestId("Mistral AI")).toBe("mistral-ai");
    expect(bestId("MISTRAL AI")).toBe("mistral-ai");
    expect(bestId("Mistral.AI")).toBe("mistral-ai");
    expect(bestId("hugging face")).toBe("hugging-face");
    expect(bestId("huggingface")).toBe("hugging-face");
    expect(bestId("poolside.ai")).toBe("poolside");
    expect(bestId("CLEMENT DELANGUE")).toBe("clement-delangue");
    expect(topId("clément")).toBe("clement-delangue");
  });

  it("a typo in a company name still finds it", () => {
    expect(bestId("mistal")).toBe("mistral-ai");
    expect(bestId("poolsdie")).toBe("poolside");
    expect(bestId("phtoroom")).toBe("photoroom");
    expect(bestId("hugingface")).toBe("hugging-face");
    expect(bestId("prestti")).toBe("presti");
    expect(bestId("submagik")).toBe("submagic");
  });

  it("swapping two letters counts as one typo, so 'dsut' still finds Dust", () => {
    expect(bestId("dsut")).toBe("dust");
    expect(index.resolve("dsut").best?.how).toBe("fuzzy");
  });

  it("typing the first letters suggests the company", () => {
    expect(index.autocomplete("mis")[0]?.id).toBe("mistral-ai");
    expect(index.autocomplete("hug")[0]?.id).toBe("hugging-face");
    expect(index.autocomplete("photo")[0]?.id).toBe("photoroom");
    expect(index.autocomplete("pools")[0]?.id).toBe("poolside");
    expect(index.autocomplete("hug")[0]?.how).toBe("prefix");
  });

  it("a later word of a name is a prefix too", () => {
    expect(topId("delangue")).toBe("clement-delangue");
    expect(topId("chat")).toBe("le-chat");
  });

  it("an Arabic alias finds the company, with or without harakat, hamza or tatweel", () => {
    expect(bestId("ميسترال")).toBe("mistral-ai");
    expect(bestId("مِيسْتْرَال")).toBe("mistral-ai");
    expect(bestId("ميـــسترال")).toBe("mistral-ai");
    expect(bestId("وجه العناق")).toBe("hugging-face");
    expect(bestId("وَجْهُ العِنَاق")).toBe("hugging-face");
    expect(bestId("غرفة التصوير")).toBe("photoroom");
    expect(bestId("غرفه التصوير")).toBe("photoroom");
    expect(bestId("بريستى")).toBe("presti");
  });
});

describe("very short names", () => {
  it("the single letter H finds H Company and nothing floods", () => {
    expect(bestId("H")).toBe("h-company");
    expect(bestId("h")).toBe("h-company");
    expect(bestId("ح")).toBe("h-company");
    expect(index.autocomplete("h")[0]?.id).toBe("h-company");
    // "h" is inside "photoroom", but a letter typed is a beginning, not a substring.
    expect(index.search("h").map((hit) => hit.id)).not.toContain("photoroom");
  });

  it("H stays H Company among hundreds of bigger names starting with h", () => {
    const rivals = Array.from(
      { length: 300 },
      (_, i): SearchEntry => ({
        kind: "company",
        id: `hexa-${i}`,
        name: `Hexa ${i}`,
        aliases: [`h${i}.ai`],
        weight: 1e10,
      }),
    );
    const crowded = new SearchIndex([...rivals, ...SEED_ENTRIES]);
    expect(crowded.search("h", { limit: 25 }).length).toBe(25);
    expect(crowded.resolve("H").best?.id).toBe("h-company");
    expect(crowded.autocomplete("h")[0]?.id).toBe("h-company");
  });

  it("H Company's one-letter alias doesn't turn up in other searches", () => {
    for (const query of ["photoroom", "phtoroom", "mistal", "dsut", "ph", "hug", "chat"]) {
      expect(
        index.search(query).map((hit) => hit.id),
        query,
      ).not.toContain("h-company");
    }
  });
});

describe("junk", () => {
  it("a 5,000-character message finds nothing and doesn't throw", () => {
    for (const text of ["x".repeat(5000), "mistral ".repeat(625), "ميسترال ".repeat(700)]) {
      expect(index.search(text)).toEqual([]);
      expect(index.resolve(text)).toEqual({ alternatives: [] });
      expect(index.autocomplete(text)).toEqual([]);
    }
  });

  it("empty text, punctuation, emoji and zero-width characters find nothing", () => {
    for (const text of ["", "   ", "!!!???", "🤗🚀", "\u200B\u200F\u200B", "؟،؛", "^=!'"]) {
      expect(index.search(text), JSON.stringify(text)).toEqual([]);
      expect(index.resolve(text).best).toBeUndefined();
    }
  });
});

describe("autocomplete", () => {
  const crowded = new SearchIndex([...SEED_ENTRIES, ...syntheticCompanies(500, 7)]);

  it("returns at most 25 choices, one per entity", () => {
    for (const query of ["", "a", "m", "mi", "bra", "labs", "ai"]) {
      const hits = crowded.autocomplete(query);
      expect(hits.length, query).toBeLessThanOrEqual(25);
      const keys = hits.map((h) => `${h.kind}:${h.id}`);
      expect(new Set(keys).size, query).toBe(keys.length);
    }
    expect(crowded.autocomplete("a").length).toBe(25);
    expect(crowded.autocomplete("a", { limit: 100 }).length).toBe(25);
  });

  it("an empty box suggests the most prominent entities first", () => {
    const hits = index.autocomplete("", { kinds: ["company"] });
    expect(hits.map((h) => h.id).slice(0, 3)).toEqual(["mistral-ai", "poolside", "hugging-face"]);
    expect(hits.every((h) => h.kind === "company")).toBe(true);
  });

  it("equally good prefixes go to the most prominent company", () => {
    const entries: SearchEntry[] = [
      { kind: "company", id: "misty", name: "Misty", aliases: [], weight: 1e5 },
      ...SEED_ENTRIES,
      { kind: "company", id: "mistrale", name: "Mistrale", aliases: [], weight: 2e5 },
    ];
    expect(new SearchIndex(entries).autocomplete("mis", { kinds: ["company"] })[0]?.id).toBe("mistral-ai");
  });
});

describe("kinds and results", () => {
  it("restricts results to the kinds asked for", () => {
    expect(index.search("eric schmidt", { kinds: ["investor"] }).map((h) => h.kind)).toEqual(["investor"]);
    expect(index.resolve("mis", { kinds: ["company"] }).best?.id).toBe("mistral-ai");
    expect(index.autocomplete("le", { kinds: ["product"] })[0]?.id).toBe("le-chat");
    expect(index.search("dust", { kinds: ["person"] })).toEqual([]);
  });

  it("a product hit names its company, and every hit says what matched and how well", () => {
    const [chat] = index.search("le chat");
    expect(chat).toMatchObject({
      kind: "product",
      id: "le-chat",
      companyId: "mistral-ai",
      how: "exact",
      score: 0,
    });
    const [poolside] = index.search("Poolside.ai");
    expect(poolside).toMatchObject({ id: "poolside", matched: "Poolside.ai", how: "exact" });
    for (const hit of index.search("mist", { limit: 25 })) {
      expect(hit.score).toBeGreaterThanOrEqual(0);
      expect(hit.score).toBeLessThanOrEqual(1);
    }
  });

  it("resolve names no one when two entities fit equally, and offers both", () => {
    const twins = new SearchIndex([
      { kind: "company", id: "kora-ai", name: "Kora AI", aliases: [] },
      { kind: "company", id: "kora-labs", name: "Kora Labs", aliases: [] },
    ]);
    const { best, alternatives } = twins.resolve("kora");
    expect(best).toBeUndefined();
    expect(alternatives.map((h) => h.id).sort()).toEqual(["kora-ai", "kora-labs"]);
  });

  it("the same name for a person and an investor resolves to the kind asked for", () => {
    expect(index.resolve("Eric Schmidt", { kinds: ["investor"] }).best?.kind).toBe("investor");
    expect(index.resolve("Eric Schmidt", { kinds: ["person"] }).best?.kind).toBe("person");
  });

  it("an entity listed twice is one entity with the names of both", () => {
    const twice = new SearchIndex([
      { kind: "company", id: "dust", name: "Dust", aliases: [] },
      { kind: "company", id: "dust", name: "Dust", aliases: ["dust.tt"], weight: Number.NaN },
    ]);
    expect(twice.size).toBe(1);
    expect(twice.autocomplete("dus").map((h) => h.id)).toEqual(["dust"]);
    expect(twice.resolve("dust.tt").best?.id).toBe("dust");
  });

  it("a large limit returns every match once", () => {
    const crowded = new SearchIndex([...SEED_ENTRIES, ...syntheticCompanies(500, 7)]);
    const hits = crowded.search("a", { limit: 10_000 });
    expect(hits.length).toBeGreaterThan(25);
    expect(new Set(hits.map((h) => `${h.kind}:${h.id}`)).size).toBe(hits.length);
  });

  it("an index with nothing in it finds nothing", () => {
    const empty = new SearchIndex([]);
    expect(empty.search("mistral")).toEqual([]);
    expect(empty.autocomplete("")).toEqual([]);
    expect(empty.resolve("h")).toEqual({ alternatives: [] });
  });
});
