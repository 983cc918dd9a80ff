import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILT_IN_DATA_PATH, loadLandscape } from "../../src/data/load.js";
import { Landscape, type LandscapeInput } from "../../src/data/schema.js";
import { entriesFromLandscape } from "../../src/search/entries.js";
import { SearchIndex } from "../../src/search/index.js";

const cite = [{ source: "test" }];
const text = (value: string) => ({ claims: [{ value, asOf: "2024", cite }] });
const usd = (amount: number, currency: "USD" | "EUR" = "USD") => ({
  claims: [{ value: { amount, currency }, asOf: "2024", cite }],
});

const tiny: LandscapeInput = {
  version: 2,
  asOf: "2024-12",
  sources: [{ id: "test", publisher: "Test", title: "Test", date: "2024" }],
  fxRates: [{ from: "EUR", to: "USD", rate: 1.1, asOf: "2024", cite }],
  companies: [
    {
      id: "big",
      name: "Big AI",
      aliases: ["بيغ"],
      domain: "big.ai",
      categories: ["agents"],
      description: text("Big."),
      founders: [{ person: "ann", cite }],
      products: [{ id: "big-chat", name: "Big Chat", description: text("A chat.") }],
      rounds: [
        {
          id: "a",
          date: "2023",
          stage: "seed",
          amount: usd(10e6, "EUR"),
          cite,
          investors: [{ investor: "vc", cite }],
        },
        { id: "b", date: "2024", stage: "series-a", amount: usd(100e6), cite },
        { id: "c", date: "2025", stage: "series-b", status: "reported", amount: usd(900e6), cite },
      ],
    },
    { id: "small", name: "Small", categories: ["agents"], description: text("Small.") },
  ],
  people: [{ id: "ann", name: "Ann Example" }],
  investors: [{ id: "vc", name: "Example Ventures", kind: "vc" }],
  ecosystem: [
    {
      id: "plan",
      topic: "state-plan",
      title: "The plan",
      keywords: ["big ai", "budget"],
      text: text("A plan."),
    },
  ],
};

describe("search entries from the dataset", () => {
  const entries = entriesFromLandscape(Landscape.parse(tiny));
  const find = (kind: string, id: string) => entries.find((e) => e.kind === kind && e.id === id);

  it("weighs a company by the USD it raised in completed rounds, euros converted at the dataset's rate", () => {
    expect(find("company", "big")?.weight).toBeCloseTo(111e6);
    expect(find("company", "small")?.weight).toBe(0);
  });

  it("lists the domain as an alias, and products with their company", () => {
    expect(find("company", "big")?.aliases).toEqual(["بيغ", "big.ai"]);
    expect(find("product", "big-chat")).toMatchObject({ companyId: "big", name: "Big Chat" });
  });

  it("gives people and investors the prominence of their companies", () => {
    expect(find("person", "ann")?.weight).toBeCloseTo(111e6);
    expect(find("investor", "vc")?.weight).toBeCloseTo(111e6);
  });

  it("leaves a company's name out of an ecosystem fact's keywords, so the company keeps it", () => {
    expect(find("ecosystem", "plan")?.aliases).toEqual(["budget"]);
    expect(new SearchIndex(entries).resolve("big ai").best?.id).toBe("big");
  });
});

describe.skipIf(!existsSync(BUILT_IN_DATA_PATH))("searching the built-in dataset", () => {
  const data = existsSync(BUILT_IN_DATA_PATH) ? loadLandscape() : undefined;
  const index = data ? SearchIndex.fromLandscape(data) : new SearchIndex([]);

  it("every company and person is found by its own name", () => {
    for (const company of data?.companies ?? []) {
      expect(index.resolve(company.name, { kinds: ["company"] }).best?.id, company.name).toBe(company.id);
    }
    for (const person of data?.people ?? []) {
      expect(index.resolve(person.name, { kinds: ["person"] }).best?.id, person.name).toBe(person.id);
    }
  });

  it("finds the seed's companies by prefix, typo, Arabic alias and single letter", () => {
    const company = (query: string) => index.resolve(query, { kinds: ["company"] }).best?.id;
    expect(company("mis")).toBe("mistral-ai");
    expect(company("mistal")).toBe("mistral-ai");
    expect(company("hugingface")).toBe("hugging-face");
    expect(company("ميسترال")).toBe("mistral-ai");
    expect(company("وجه العناق")).toBe("hugging-face");
    expect(company("H")).toBe("h-company");
    expect(index.autocomplete("hug")[0]?.id).toBe("hugging-face");
  });

  it("finds companies by the Arabic spellings the press uses, and their near misses", () => {
    const company = (query: string) => index.resolve(query, { kinds: ["company"] }).best?.id;
    expect(company("هاغينغ فيس")).toBe("hugging-face");
    expect(company("هاجينغ فيس")).toBe("hugging-face");
    expect(company("كيوتاي")).toBe("kyutai");
    expect(company("لايت اون")).toBe("lighton");
    expect(company("سب ماجيك")).toBe("submagic");
    expect(index.autocomplete("هاغ", { kinds: ["company"] })[0]?.id).toBe("hugging-face");
  });

  it("Mistral AI outweighs a small company in prominence", () => {
    const entries = entriesFromLandscape(data ?? Landscape.parse(tiny));
    const weight = (id: string) => entries.find((e) => e.kind === "company" && e.id === id)?.weight ?? 0;
    expect(weight("mistral-ai")).toBeGreaterThan(weight("presti"));
  });
});
