import { describe, expect, it } from "vitest";
import { companyFunding, companyProfile } from "../../src/answers/index.js";
import { expectKind, realContext } from "./real-context.js";

const ctx = realContext();
/** The dataset's EUR→USD rate for a month (the ECB's monthly mean). */
const rateOf = (month: string) =>
  ctx.data.fxRates.find((r) => r.from === "EUR" && r.to === "USD" && r.asOf === month)?.rate ?? Number.NaN;

describe("asking for a company's profile", () => {
  it("shows Mistral's Sept 2025 Series C as its latest round", () => {
    const profile = expectKind(companyProfile(ctx, "Mistral"), "company-profile");
    expect(profile.company.name).toBe("Mistral AI");
    expect(profile.latestRound?.stage).toBe("series-c");
    expect(profile.latestRound?.date).toBe("2025-09-09");
    expect(profile.latestRound?.amount.claims[0]?.value).toEqual({ amount: 1.7e9, currency: "EUR" });
  });

  it("gives Mistral's total as the one reported after its Series C, converted at that month's rate", () => {
    const { totalRaised } = expectKind(companyProfile(ctx, "Mistral AI"), "company-profile");
    expect(totalRaised.basis).toBe("reported");
    expect(totalRaised.reported?.afterRound.stage).toBe("series-c");
    expect(totalRaised.reported?.figure.claims[0]?.value).toEqual({ amount: 2.8e9, currency: "EUR" });
    // Compared in dollars at the ECB's mean rate of the month the total was reported (Feb 2026).
    const [conversion] = totalRaised.comparable?.converted ?? [];
    expect(conversion?.rate).toMatchObject({
      from: "EUR",
      to: "USD",
      asOf: "2026-02",
      rate: rateOf("2026-02"),
    });
    expect(totalRaised.comparable?.value.amount).toBeCloseTo(2.8e9 * rateOf("2026-02"), -3);
  });

  it("adds the rounds since a reported total, each converted at its own month's rate", () => {
    const { totalRaised } = expectKind(companyProfile(ctx, "LightOn"), "company-profile");
    expect(totalRaised.basis).toBe("reported-plus-later-rounds");
    expect(totalRaised.reported?.figure.claims[0]?.value).toEqual({ amount: 3.3e6, currency: "USD" });
    expect(totalRaised.sinceThen.map((r) => r.stage)).toEqual(["ipo"]);
    // The IPO's final size (after the over-allotment) is dated December 2024: that month's rate.
    const ipo = totalRaised.sinceThen[0]?.amount.claims[0];
    expect(ipo?.value).toEqual({ amount: 13.5e6, currency: "EUR" });
    const month = ipo?.asOf.slice(0, 7) ?? "";
    expect(totalRaised.comparable?.converted.map((c) => c.rate.asOf)).toEqual([month]);
    expect(totalRaised.comparable?.value.amount).toBeCloseTo(3.3e6 + 13.5e6 * rateOf(month), -2);
  });

  it("keeps both of Hugging Face's valuations, each with its own sources", () => {
    const profile = expectKind(companyProfile(ctx, "Hugging Face"), "company-profile");
    const figure = profile.valuation.latest?.figure;
    expect(figure?.disputed).toBeDefined();
    expect(figure?.claims.map((c) => c.value)).toEqual([
      { amount: 4e9, currency: "USD" },
      { amount: 4.5e9, currency: "USD" },
    ]);
    const [four, fourAndHalf] = figure?.claims ?? [];
    const ids = (numbers: number[] | undefined) =>
      (numbers ?? []).map((n) => profile.sources.find((s) => s.n === n)?.sourceId);
    expect(ids(four?.sources)).toEqual(["seed"]);
    expect(ids(fourAndHalf?.sources)).toEqual(
      expect.arrayContaining(["reuters-2023-08-24-hugging-face", "le-figaro-2023-08-24-hugging-face"]),
    );
    expect(profile.disputes.some((d) => d.what === "valuation")).toBe(true);
  });

  it("says H's valuation is undisclosed, as its source does", () => {
    const profile = expectKind(companyProfile(ctx, "H"), "company-profile");
    expect(profile.company.id).toBe("h-company");
    expect(profile.valuation.latest?.figure.claims[0]?.value).toBe("undisclosed");
  });

  it("finds a company by one of its products' names", () => {
    const profile = expectKind(companyProfile(ctx, "Le Chat"), "company-profile");
    expect(profile.company.id).toBe("mistral-ai");
  });

  it("numbers the seed article once per fact, with the fact id and the article's lines", () => {
    const profile = expectKind(companyProfile(ctx, "Mistral"), "company-profile");
    // Arthur Mensch's background: seed fact M4, lines 19, 22 and 33, cited once.
    const m4 = profile.sources.filter((s) => s.seed?.fact === "M4");
    expect(m4.map((s) => s.sourceId)).toEqual(["seed"]);
    expect(m4[0]?.seed?.lines).toEqual([19, 22, 33]);
    expect(profile.sources.map((s) => s.n)).toEqual(profile.sources.map((_, i) => i + 1));
  });

  it("dates the answer: the newest figure shown and the dataset's own date", () => {
    const profile = expectKind(companyProfile(ctx, "Mistral"), "company-profile");
    expect(profile.asOf.data).toBe(ctx.data.asOf);
    // The newest figure on Mistral's card: the total raised reported in February 2026.
    expect(profile.asOf.shown).toBe("2026-02-18");
  });

  it("answers for every company in the data without throwing", () => {
    for (const company of ctx.data.companies) {
      const profile = expectKind(companyProfile(ctx, company.name), "company-profile");
      expect(profile.company.id).toBe(company.id);
      expect(profile.sources.length).toBeGreaterThan(0);
      const cited = new Set(
        JSON.stringify(profile)
          .match(/"sources":\[[\d,]*\]/g)
          ?.flatMap((m) => m.match(/\d+/g) ?? []),
      );
      for (const s of profile.sources) expect(cited.has(String(s.n))).toBe(true);
    }
  });
});

describe("asking for a company's funding history", () => {
  it("lists Mistral's rounds oldest first, the June 2024 Series B among them", () => {
    const funding = expectKind(companyFunding(ctx, "Mistral"), "company-funding");
    const dates = funding.rounds.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    const seriesB = funding.rounds.find((r) => r.stage === "series-b");
    expect(seriesB?.date).toBe("2024-06-11");
    expect(seriesB?.status).toBe("completed");
    expect(funding.rounds.at(-1)?.stage).toBe("series-c");
  });

  it("marks reported rounds (talks) and leaves them out of the total", () => {
    const funding = expectKind(companyFunding(ctx, "AMI Labs"), "company-funding");
    const talks = funding.rounds.filter((r) => r.status === "reported");
    expect(talks.map((r) => r.date)).toEqual(["2025-12-18"]);
    expect(funding.totalRaised.sinceThen.some((r) => r.status === "reported")).toBe(false);
    expect(funding.totalRaised.comparable?.value).toEqual({ amount: 1.03e9, currency: "USD" });
  });

  it("names lead and other investors separately", () => {
    const funding = expectKind(companyFunding(ctx, "Mistral"), "company-funding");
    const seriesC = funding.rounds.find((r) => r.stage === "series-c");
    expect(seriesC?.leads.map((i) => i.name)).toContain("ASML");
    expect(seriesC?.others.length).toBeGreaterThan(0);
  });

  it("keeps only the rounds of a stage or a year when asked, the total raised still whole", () => {
    const all = expectKind(companyFunding(ctx, "Mistral"), "company-funding");
    expect(all.filter).toBeUndefined();
    const of2024 = expectKind(companyFunding(ctx, "Mistral", { year: 2024 }), "company-funding");
    expect(of2024.rounds.map((r) => r.stage)).toEqual(["series-b"]);
    expect(of2024.filter).toEqual({ stage: undefined, year: 2024, roundsOnRecord: all.rounds.length });
    expect(of2024.totalRaised.comparable?.value).toEqual(all.totalRaised.comparable?.value);
    const seeds = expectKind(
      companyFunding(ctx, "Mistral", { stage: "seed", year: 2023 }),
      "company-funding",
    );
    expect(seeds.rounds.map((r) => r.date)).toEqual(["2023-06-13"]);
    const none = expectKind(companyFunding(ctx, "Mistral", { year: 2019 }), "company-funding");
    expect(none.rounds).toEqual([]);
    expect(none.filter?.roundsOnRecord).toBe(all.rounds.length);
  });

  it("answers for every company in the data", () => {
    for (const company of ctx.data.companies) {
      const funding = expectKind(companyFunding(ctx, company.name), "company-funding");
      expect(funding.rounds).toHaveLength(company.rounds.length);
    }
  });
});
