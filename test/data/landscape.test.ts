// The built-in dataset as a reader of the bot meets it: it loads, every fact of the seed article is
// cited somewhere, and where sources disagree the data keeps both sides instead of picking one.
import { describe, expect, it } from "vitest";
import { loadLandscape } from "../../src/data/load.js";
import type { Citation, Company, Fact, Landscape, Round } from "../../src/data/schema.js";
import { SEED_FACTS } from "../../src/data/seed-facts.js";

const data: Landscape = loadLandscape();

/** Every citation anywhere in the data, with the JSON path of the record that carries it. */
function allCitations(node: unknown, path = "$"): { at: string; cite: Citation }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => allCitations(item, `${path}[${i}]`));
  if (node === null || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  const here = Array.isArray(record.cite)
    ? (record.cite as Citation[]).map((cite) => ({ at: path, cite }))
    : [];
  return [
    ...here,
    ...Object.entries(record)
      .filter(([key]) => key !== "cite")
      .flatMap(([key, value]) => allCitations(value, `${path}.${key}`)),
  ];
}

function company(id: string): Company {
  const found = data.companies.find((c) => c.id === id);
  if (!found) throw new Error(`no company "${id}" in the dataset`);
  return found;
}

function round(companyId: string, roundId: string): Round {
  const found = company(companyId).rounds.find((r) => r.id === roundId);
  if (!found) throw new Error(`no round "${roundId}" for ${companyId}`);
  return found;
}

/** The sources a claim cites, e.g. ["seed", "reuters-2024-06-11"]. */
const sourcesOf = <T>(fact: Fact<T>) => fact.claims.map((c) => c.cite.map((x) => x.source));

describe("the built-in landscape", () => {
  it("loads through the same validation a self-hoster's file gets (schema and cross-checks)", () => {
    expect(data.version).toBe(2);
    expect(data.companies.length).toBeGreaterThanOrEqual(150);
    expect(data.sources.find((s) => s.id === "seed")?.date).toBe("2025-02");
  });

  it("cites every fact of the seed article somewhere", () => {
    const cited = new Set(allCitations(data).flatMap(({ cite }) => (cite.fact ? [cite.fact] : [])));
    const missing = SEED_FACTS.map((f) => f.id).filter((id) => !cited.has(id));
    expect(missing, `seed facts cited nowhere in landscape.json: ${missing.join(", ")}`).toEqual([]);
  });

  it("cites seed facts only at the article lines FACTS.md gives for them", () => {
    const wrong = allCitations(data)
      .filter(({ cite }) => cite.source === "seed")
      .flatMap(({ at, cite }) => {
        const fact = SEED_FACTS.find((f) => f.id === cite.fact);
        const lines = cite.line === undefined ? [] : Array.isArray(cite.line) ? cite.line : [cite.line];
        const bad = lines.filter((l) => !fact?.lines.includes(l));
        return bad.length > 0 ? [`${at}: ${cite.fact} at line ${bad.join(", ")}`] : [];
      });
    expect(wrong).toEqual([]);
  });

  it("gives every company a cited one-line description and a name people can search", () => {
    for (const c of data.companies) {
      expect(c.name.length, c.id).toBeGreaterThan(0);
      expect(c.description.claims.length, c.id).toBeGreaterThan(0);
      for (const claim of c.description.claims) {
        expect(claim.value, c.id).not.toContain("\n");
        expect(claim.cite.length, c.id).toBeGreaterThan(0);
      }
    }
  });

  it("knows the companies by the names the seed article writes", () => {
    const names = (id: string) => [company(id).name, ...company(id).aliases];
    expect(names("mistral-ai")).toEqual(
      expect.arrayContaining(["Mistral", "Mistral AI", "Mistral.AI", "ميسترال"]),
    );
    expect(names("hugging-face")).toEqual(expect.arrayContaining(["HuggingFace", "وجه العناق"]));
    expect(names("h-company")).toEqual(expect.arrayContaining(["H", "H.ai", "H Company", "ح"]));
    expect(names("photoroom")).toEqual(expect.arrayContaining(["Photoroom", "غرفة التصوير"]));
    expect(names("poolside")).toEqual(expect.arrayContaining(["Poolside", "Poolside.ai"]));
    expect(names("dust")).toEqual(expect.arrayContaining(["Dust", "Dust AI"]));
    expect(names("presti")).toEqual(expect.arrayContaining(["Presti", "بريستي"]));
    const kantor = data.people.find((p) => p.id === "charles-kantor");
    expect(kantor?.aliases).toEqual(expect.arrayContaining(["تشارلز كانتوس", "Cantos"]));
  });

  it("dates every claim no later than the dataset's own as-of date", () => {
    const dates: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node)) {
        if ((key === "asOf" || key === "date") && typeof value === "string") dates.push(value);
        else walk(value);
      }
    };
    walk({ companies: data.companies, ecosystem: data.ecosystem, people: data.people });
    expect(dates.every((d) => d <= data.asOf)).toBe(true);
    expect(dates).toContain(data.asOf);
  });

  describe("keeps both sides where the second sources differ from the seed", () => {
    it("Mistral's Series B valuation: the seed's USD 6.4 bn beside CNBC's post-money EUR 5.8 bn", () => {
      const valuation = round("mistral-ai", "mistral-ai-series-b-2024-06").valuation;
      expect(valuation?.disputed).toBeTruthy();
      expect(valuation?.claims.map((c) => c.value)).toEqual(
        expect.arrayContaining([
          { amount: 6_400_000_000, currency: "USD" },
          { amount: 5_800_000_000, currency: "EUR", basis: "post-money" },
        ]),
      );
      expect(sourcesOf(valuation as Fact<unknown>).flat()).toEqual(
        expect.arrayContaining(["seed", "cnbc-2024-06-12-mistral-ai"]),
      );
    });

    it("Hugging Face's valuation: USD 4 bn (the seed) beside Reuters' and Le Figaro's USD 4.5 bn", () => {
      const valuation = round("hugging-face", "hugging-face-series-d-2023-08").valuation;
      expect(valuation?.disputed).toBeTruthy();
      const bySource = Object.fromEntries(
        (valuation?.claims ?? []).flatMap((c) => c.cite.map((x) => [x.source, c.value])),
      );
      expect(bySource.seed).toEqual({ amount: 4_000_000_000, currency: "USD" });
      expect(bySource["reuters-2023-08-24-hugging-face"]).toEqual({ amount: 4_500_000_000, currency: "USD" });
      expect(bySource["le-figaro-2023-08-24-hugging-face"]).toEqual({
        amount: 4_500_000_000,
        currency: "USD",
      });
    });

    it("AMI Labs' valuation is pre-money, Mistral's Series C gives both bases: said, never merged", () => {
      expect(round("ami-labs", "ami-labs-seed-2026-03").valuation?.claims[0]?.value).toEqual({
        amount: 3_500_000_000,
        currency: "USD",
        basis: "pre-money",
      });
      const seriesC = round("mistral-ai", "mistral-ai-series-c-2025-09").valuation;
      expect(seriesC?.claims.map((c) => c.value)).toEqual(
        expect.arrayContaining([{ amount: 10_000_000_000, currency: "EUR", basis: "pre-money" }]),
      );
    });

    it("Photoroom's total raised: USD 62.1 M (the seed) beside USD 64 M (TNW)", () => {
      const total = round("photoroom", "photoroom-series-b-2024-03").totalRaisedAfter;
      expect(total?.disputed).toBeTruthy();
      expect(total?.claims.map((c) => c.value.amount)).toEqual(
        expect.arrayContaining([62_100_000, 64_000_000]),
      );
    });

    it("Photoroom's revenue: the seed's ARR of USD 65 M and its heading's USD 12.65 M, both kept", () => {
      const arr = company("photoroom").metrics.find((m) => m.kind === "arr");
      expect(arr?.fact.disputed).toBeTruthy();
      const seedClaims = arr?.fact.claims.filter((c) => c.cite.some((x) => x.source === "seed"));
      expect(seedClaims?.map((c) => c.value)).toEqual(expect.arrayContaining([65_000_000, 12_650_000]));
    });

    it("also H's model size, the H1 2024 total and Aglaé's total", () => {
      expect(
        company("h-company").metrics.find((m) => m.kind === "model-parameters")?.fact.disputed,
      ).toBeTruthy();
      for (const id of ["funding-h1-2024", "arnault-aglae-2024"]) {
        const eco = data.ecosystem.find((e) => e.id === id);
        expect(eco?.disputed, id).toBeTruthy();
        expect(eco?.text.claims.length, id).toBeGreaterThanOrEqual(2);
      }
    });

    it("says in words how the sources differ, whenever a fact has several claims", () => {
      // A valuation before and after the round's money is two bases of one figure, not a disagreement.
      const bases = (fact: Fact<unknown>) =>
        fact.claims.map((c) => (c.value as { basis?: string }).basis ?? "as reported");
      const onBases = (fact: Fact<unknown>) => new Set(bases(fact)).size === fact.claims.length;
      const undisputed = allFacts(data).filter(
        ({ at, fact }) =>
          fact.claims.length > 1 && !fact.disputed && !(at.endsWith(".valuation") && onBases(fact)),
      );
      expect(undisputed.map(({ at }) => at)).toEqual([]);
      expect(round("mistral-ai", "mistral-ai-series-c-2025-09").valuation?.disputed).toBeUndefined();
    });
  });

  describe("is current past the seed article", () => {
    const completed = (id: string) =>
      company(id)
        .rounds.filter((r) => r.status === "completed")
        .sort((a, b) => a.date.localeCompare(b.date));

    it("makes Mistral's 2025-09 Series C its latest round, and keeps the seed's 2024-06 Series B in its history", () => {
      const rounds = completed("mistral-ai");
      const latest = rounds.at(-1);
      expect(latest?.stage).toBe("series-c");
      expect(latest?.date.startsWith("2025-09")).toBe(true);
      expect(latest?.amount.claims[0]?.value).toEqual({ amount: 1_700_000_000, currency: "EUR" });
      expect(latest?.valuation?.claims[0]?.value).toEqual({ amount: 11_700_000_000, currency: "EUR" });
      expect(latest?.investors.find((i) => i.lead)?.investor).toBe("asml");
      const seriesB = rounds.find((r) => r.stage === "series-b");
      expect(seriesB?.date).toBe("2024-06-11");
      expect(seriesB?.cite.some((c) => c.source === "seed" && c.fact === "M3")).toBe(true);
      expect(rounds.map((r) => r.stage)).toEqual(["seed", "series-a", "series-b", "series-c"]);
    });

    it("never counts talks or leaks as completed rounds", () => {
      const reported = data.companies.flatMap((c) =>
        c.rounds.filter((r) => r.status === "reported").map((r) => `${c.id}/${r.date}`),
      );
      expect(reported).toEqual(expect.arrayContaining(["ami-labs/2025-12-18"]));
      for (const c of data.companies)
        for (const r of c.rounds.filter((x) => x.status === "reported"))
          expect(completed(c.id), `${c.id}/${r.id}`).not.toContain(r);
    });
  });
});

/** Every Fact (an object with `claims`) in the data, with its JSON path. */
function allFacts(node: unknown, path = "$"): { at: string; fact: Fact<unknown> }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => allFacts(item, `${path}[${i}]`));
  if (node === null || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  const here = Array.isArray(record.claims) ? [{ at: path, fact: record as unknown as Fact<unknown> }] : [];
  return [...here, ...Object.entries(record).flatMap(([key, value]) => allFacts(value, `${path}.${key}`))];
}
