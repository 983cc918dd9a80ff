import { describe, expect, it } from "vitest";
import { compareCompanies, fundingRanking } from "../../src/answers/index.js";
import type { ComparisonAnswer } from "../../src/answers/types.js";
import { expectKind, realContext } from "./real-context.js";

const ctx = realContext();
const rowOf = (answer: ComparisonAnswer, key: string) => {
  const row = answer.rows.find((r) => r.key === key);
  if (row === undefined) throw new Error(`no ${key} row`);
  return row;
};

describe("asking who raised the most", () => {
  it("puts Mistral's Series B first among 2024 rounds", () => {
    const ranking = fundingRanking(ctx, { by: "round", year: 2024 });
    const first = ranking.entries[0];
    expect(first?.company.id).toBe("mistral-ai");
    expect(first?.round?.stage).toBe("series-b");
    expect(ranking.entries.every((e) => e.round?.date.startsWith("2024"))).toBe(true);
  });

  it("orders by amount after converting euros with the dataset's rate, and says so", () => {
    const ranking = fundingRanking(ctx, { by: "round" });
    const amounts = ranking.entries.map((e) => e.amount.value.amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(ranking.currency).toBe("USD");
    const converted = ranking.entries.find((e) => e.amount.converted.length > 0);
    expect(converted).toBeDefined();
    // Each euro amount at the ECB's mean rate of its own month, every rate used listed once.
    for (const entry of ranking.entries)
      for (const c of entry.amount.converted) {
        const claim = entry.round?.amount.claims[0];
        expect(c.rate).toMatchObject({ from: "EUR", to: "USD", asOf: claim?.asOf.slice(0, 7) });
        expect(ranking.rates).toContainEqual(c.rate);
      }
    const ecb = ctx.data.sources.find((s) => s.id === "ecb-eurofxref");
    for (const rate of ranking.rates)
      expect(rate.sources.map((n) => ranking.sources.find((s) => s.n === n)?.sourceId)).toEqual([ecb?.id]);
  });

  it("never ranks a reported round (talks), but shows it apart", () => {
    const ranking = fundingRanking(ctx, { by: "round", limit: 100 });
    expect(ranking.entries.some((e) => e.round?.status === "reported")).toBe(false);
    expect(ranking.reportedRounds.length).toBeGreaterThan(0);
  });

  it("filters by stage", () => {
    const ranking = fundingRanking(ctx, { by: "round", stage: "series-b" });
    expect(ranking.entries.length).toBeGreaterThan(0);
    expect(ranking.entries.every((e) => e.round?.stage === "series-b")).toBe(true);
  });

  it("ranks companies by total raised, leaving out those with nothing on record", () => {
    const ranking = fundingRanking(ctx, { by: "company", limit: 100 });
    expect(ranking.entries[0]?.company.id).toBe("mistral-ai");
    const ranked = new Set(ranking.entries.map((e) => e.company.id));
    for (const c of ranking.unranked) expect(ranked.has(c.id)).toBe(false);
  });

  it("adds the national totals with their dates and sources", () => {
    const ranking = fundingRanking(ctx, { by: "round", year: 2024 });
    expect(ranking.national.length).toBeGreaterThan(0);
    for (const figure of ranking.national) {
      expect(figure.sources.length).toBeGreaterThan(0);
      if (figure.value.currency === "EUR") expect(figure.converted?.to.currency).toBe("USD");
    }
  });

  it("ranks one investor's rounds, or only those it led, without the national totals", () => {
    const backed = fundingRanking(ctx, { by: "round", investor: "lightspeed", limit: 50 });
    const roundsOf = (id: string) => ctx.data.companies.find((c) => c.id === id)?.rounds ?? [];
    expect(backed.entries.length).toBeGreaterThan(1);
    for (const e of backed.entries) {
      const round = roundsOf(e.company.id).find((r) => r.id === e.round?.id);
      expect(
        round?.investors.some((i) => i.investor === "lightspeed"),
        e.round?.id,
      ).toBe(true);
    }
    expect(backed.filter.investor).toEqual({
      id: "lightspeed",
      name: "Lightspeed Venture Partners",
      led: false,
    });
    expect(backed.national).toEqual([]);

    const led = fundingRanking(ctx, { by: "round", investor: "lightspeed", investorLed: true, limit: 50 });
    expect(led.entries.length).toBeLessThan(backed.entries.length);
    for (const e of led.entries) {
      const round = roundsOf(e.company.id).find((r) => r.id === e.round?.id);
      expect(round?.investors.find((i) => i.investor === "lightspeed")?.lead, e.round?.id).toBe(true);
    }
  });

  it("gives an empty ranking, not an error, for a year with no rounds", () => {
    const ranking = fundingRanking(ctx, { by: "round", year: 2001 });
    expect(ranking.entries).toEqual([]);
    expect(ranking.matched).toBe(0);
  });
});

describe("comparing companies", () => {
  it("names Mistral the leader on total raised over Hugging Face, and says a figure was converted", () => {
    const answer = expectKind(compareCompanies(ctx, ["Mistral", "Hugging Face"]), "comparison");
    const total = rowOf(answer, "total-raised");
    expect(total.leader).toEqual(["mistral-ai"]);
    expect(total.converted).toBe(true);
    expect(new Set(answer.rates.map((r) => `${r.from}>${r.to}`))).toEqual(new Set(["EUR>USD"]));
  });

  it("flags Hugging Face's disputed valuation and keeps both claims", () => {
    const answer = expectKind(compareCompanies(ctx, ["Hugging Face", "Poolside"]), "comparison");
    const valuation = rowOf(answer, "valuation");
    expect(valuation.disputed).toBe(true);
    const cell = valuation.cells[0];
    expect(cell?.kind === "money" && cell.figure.claims.length).toBe(2);
    expect(valuation.leader).toEqual(["hugging-face"]);
  });

  it("never reads a valuation the data doesn't have as zero, and says it is not in the data", () => {
    const answer = expectKind(compareCompanies(ctx, ["Dust", "Mistral"]), "comparison");
    const valuation = rowOf(answer, "valuation");
    expect(valuation.cells[0]?.kind).toBe("unknown");
    expect(valuation.leader).toBeUndefined();
    expect(valuation.note).toContain("undisclosed");
  });

  it("never ranks a pre-money valuation against a post-money one", () => {
    const answer = expectKind(compareCompanies(ctx, ["AMI Labs", "Hugging Face"]), "comparison");
    const valuation = rowOf(answer, "valuation");
    expect(valuation.leader).toBeUndefined();
    expect(valuation.note).toBe("valuation-basis");
  });

  it("explains the mistake when the same company is named twice", () => {
    const answer = expectKind(compareCompanies(ctx, ["Mistral", "mistral ai"]), "invalid-request");
    expect(answer.reason).toBe("same-company");
    expect(answer.company?.name).toBe("Mistral AI");
  });

  it("takes two to four companies", () => {
    expect(expectKind(compareCompanies(ctx, ["Mistral"]), "invalid-request").reason).toBe("too-few");
    const five = ["Mistral", "Hugging Face", "H", "Dust", "Poolside"];
    expect(expectKind(compareCompanies(ctx, five), "invalid-request").reason).toBe("too-many");
    expect(compareCompanies(ctx, five.slice(0, 4)).kind).toBe("comparison");
  });

  it("answers 'no company matches' when one of the names is unknown", () => {
    const answer = expectKind(compareCompanies(ctx, ["Mistral", "Zzyzx Robotics"]), "not-found");
    expect(answer.query).toBe("Zzyzx Robotics");
  });

  it("compares metrics only when every company has them", () => {
    const answer = expectKind(compareCompanies(ctx, ["Mistral", "Photoroom"]), "comparison");
    for (const row of answer.rows.filter((r) => r.key.startsWith("metric:")))
      expect(row.cells.every((c) => c.kind === "number")).toBe(true);
  });
});
