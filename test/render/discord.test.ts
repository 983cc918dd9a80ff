import { describe, expect, it } from "vitest";
import {
  companyFunding,
  companyProfile,
  compareCompanies,
  fundingRanking,
  type RankingQuery,
} from "../../src/answers/index.js";
import { messages } from "../../src/i18n/index.js";
import { renderDiscord } from "../../src/render/discord/index.js";
import { renderSourcesEmbed } from "../../src/render/discord/sources.js";
import { comparisonPairs, expectKind, realContext } from "../answers/real-context.js";
import { checkDiscordLimits, payloadText } from "./discord-limits.js";

const EN = messages("en");

const ctx = realContext();
const companies = ctx.data.companies;

describe("every answer fits in a Discord message", () => {
  it("renders every company's profile and funding within every limit", () => {
    for (const company of companies) {
      for (const answer of [companyProfile(ctx, company.name), companyFunding(ctx, company.name)]) {
        const payload = renderDiscord(answer, EN);
        expect(checkDiscordLimits(payload), `${answer.kind} of ${company.name}`).toEqual([]);
        expect(payload.embeds[0]?.title).toContain(company.name);
      }
    }
  });

  it("renders every company compared with several others within every limit", () => {
    for (const [a, b] of comparisonPairs(companies)) {
      const payload = renderDiscord(compareCompanies(ctx, [a.name, b.name]), EN);
      expect(checkDiscordLimits(payload), `${a.name} vs ${b.name}`).toEqual([]);
    }
  });

  it("renders four-way comparisons and every ranking within every limit", () => {
    const four = [...companies]
      .sort((x, y) => y.rounds.length - x.rounds.length)
      .slice(0, 4)
      .map((c) => c.name);
    expect(checkDiscordLimits(renderDiscord(compareCompanies(ctx, four), EN))).toEqual([]);
    const queries: RankingQuery[] = [];
    for (const by of ["round", "company"] as const)
      for (const year of [undefined, 2021, 2023, 2024, 2025, 2026])
        for (const stage of [undefined, "seed", "series-b"] as const) queries.push({ by, year, stage });
    queries.push({ by: "round", limit: 1000 }, { by: "company", limit: 1000 });
    for (const query of queries)
      expect(
        checkDiscordLimits(renderDiscord(fundingRanking(ctx, query), EN)),
        JSON.stringify(query),
      ).toEqual([]);
  });
});

describe("what a Discord user sees", () => {
  it("Mistral's card shows the Sept 2025 Series C as the latest round", () => {
    const payload = renderDiscord(companyProfile(ctx, "Mistral"), EN);
    const latest = payload.embeds[0]?.fields?.find((f) => f.name === "Latest round")?.value ?? "";
    expect(latest).toContain("Series C, 9 Sept 2025");
    expect(latest).toContain("EUR 1.7 bn");
  });

  it("Mistral's funding shows the June 2024 Series B in its history", () => {
    const text = payloadText(renderDiscord(companyFunding(ctx, "Mistral"), EN));
    expect(text).toContain("Series B, 11 June 2024");
    expect(text).toContain("USD 640 M");
  });

  it("Hugging Face's valuation shows USD 4 bn and USD 4.5 bn, marked as differing, with their sources", () => {
    const answer = expectKind(companyProfile(ctx, "Hugging Face"), "company-profile");
    const payload = renderDiscord(answer, EN);
    const valuation = payload.embeds[0]?.fields?.find((f) => f.name === "Valuation")?.value ?? "";
    expect(valuation).toContain("⚠️ sources differ");
    expect(valuation).toMatch(/USD 4 bn.*\[\d+(, \d+)*\].*USD 4\.5 bn.*\[\d+(, \d+)*\]/);
    // Its many sources fold behind the Sources button, whose list names each under its number.
    expect(payloadText(payload)).toContain(`${answer.sources.length} sources, numbered as marked above`);
    const listed = payloadText(renderSourcesEmbed(answer, "Hugging Face", EN));
    for (const claim of answer.valuation.latest?.figure.claims ?? [])
      for (const n of claim.sources) expect(listed).toContain(`[${n}] `);
    expect(listed).toContain("Reuters");
  });

  it("a comparison of Mistral and Hugging Face names Mistral the leader on total raised and says it converted", () => {
    const payload = renderDiscord(compareCompanies(ctx, ["Mistral", "Hugging Face"]), EN);
    const total = payload.embeds[0]?.fields?.find((f) => f.name.endsWith("Total raised"))?.value ?? "";
    expect(total).toContain("🏆 **Mistral AI**");
    expect(total).toContain("Mistral AI leads");
    expect(total).toContain("converting");
    // Mistral's total was reported in February 2026: converted at the ECB's mean rate of that month.
    const rate = ctx.data.fxRates.find((r) => r.asOf === "2026-02")?.rate;
    expect(payloadText(payload)).toContain(`1 EUR = ${rate} USD`);
  });

  it("H's valuation shows the seed's 'undisclosed' beside TNW's figure; a valuation nobody found is 'not in the data'", () => {
    const payload = renderDiscord(companyProfile(ctx, "H Company"), EN);
    const valuation = payload.embeds[0]?.fields?.find((f) => f.name === "Valuation")?.value ?? "";
    expect(valuation).toMatch(/sources differ.*undisclosed.*USD 370 M/);
    const compared = payloadText(renderDiscord(compareCompanies(ctx, ["Dust", "Mistral"]), EN));
    expect(compared).toContain("**Dust**: not in the data");
    expect(payloadText(renderDiscord(companyProfile(ctx, "Dust"), EN))).toContain(
      "Valuation\nnot in the data",
    );
  });

  it("the ranking of 2024 rounds puts Mistral's Series B first", () => {
    const payload = renderDiscord(fundingRanking(ctx, { by: "round", year: 2024 }), EN);
    expect(payload.embeds[0]?.title).toBe("Largest rounds in 2024");
    expect(payload.embeds[0]?.description?.split("\n")[0]).toMatch(
      /^\*\*1\.\*\* \*\*Mistral AI\*\*: Series B, 11 June 2024/,
    );
  });

  it("cites the seed article by fact id and line", () => {
    const text = payloadText(renderSourcesEmbed(companyProfile(ctx, "Mistral"), "Mistral AI", EN));
    expect(text).toMatch(/Seed article\]?\(?[^)]*\)? \(Feb 2025\), FACTS M\d, L\d+/);
    expect(text).toContain("Seed article (Feb 2025), FACTS M4, L19, L22, L33");
  });

  it("every answer carries the data's as-of date in its footer", () => {
    const payload = renderDiscord(companyProfile(ctx, "Photoroom"), EN);
    expect(payload.embeds.at(-1)?.footer?.text).toMatch(/^Data as of 23 June 2026/);
  });

  it("an unknown name is said not to be in the data yet, escaped and unable to ping", () => {
    const payload = renderDiscord(
      companyProfile(ctx, "@everyone **Mistrel** <@123> [x](https://evil.example)"),
      EN,
    );
    expect(checkDiscordLimits(payload)).toEqual([]);
    const text = payloadText(payload);
    expect(text).toContain(
      "isn't in my data yet (174 companies as of 23 June 2026)".replace("174", String(companies.length)),
    );
    expect(text).not.toContain("@everyone");
    expect(text).not.toContain("<@123>");
    expect(text).not.toContain("**Mistrel**");
    expect(text).not.toContain("](https://evil");
    expect(payload.allowed_mentions).toEqual({ parse: [] });
  });

  it("naming the same company twice explains the mistake", () => {
    const text = payloadText(renderDiscord(compareCompanies(ctx, ["Mistral", "Mistral AI"]), EN));
    expect(text).toContain("You named **Mistral AI** twice");
  });
});
