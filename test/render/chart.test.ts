import { describe, expect, it } from "vitest";
import {
  aboutBot,
  companyFunding,
  companyProfile,
  compareCompanies,
  fundingRanking,
} from "../../src/answers/index.js";
import type { Answer } from "../../src/answers/types.js";
import { messages } from "../../src/i18n/index.js";
import { altText } from "../../src/render/chart/alt.js";
import { axisTicks } from "../../src/render/chart/draw-columns.js";
import { chartFor, chartModel, missingGlyphs, renderChart, withChart } from "../../src/render/chart/index.js";
import type { ChartModel } from "../../src/render/chart/model.js";
import { renderDiscord } from "../../src/render/discord/index.js";
import { comparisonPairs, expectKind, realContext } from "../answers/real-context.js";
import { modelTexts } from "./chart-texts.js";

const EN = messages("en");

const ctx = realContext();
const options = { rates: ctx.data.fxRates, language: "en" as const };

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.toString("latin1", 12, 16)).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function modelOf(answer: Answer): ChartModel {
  const model = chartModel(answer, options);
  if (model === undefined) throw new Error(`no chart for a ${answer.kind} answer`);
  return model;
}

describe("asking /funding for Mistral AI", () => {
  const answer = expectKind(companyFunding(ctx, "Mistral AI"), "company-funding");

  it("gives a PNG of 800×450 drawn at twice the pixels, well under Discord's limits", () => {
    const chart = chartFor(answer, options);
    expect(chart?.name).toBe("funding-mistral-ai.png");
    const png = chart?.png ?? Buffer.alloc(0);
    expect(pngSize(png)).toEqual({ width: 1600, height: 900 });
    expect(png.length).toBeGreaterThan(20_000);
    expect(png.length).toBeLessThan(300_000);
  });

  it("draws a bar per round in date order, each labelled with its amount and date", () => {
    const bars = modelOf(answer).groups[0]?.bars ?? [];
    expect(bars.map((b) => b.label)).toEqual(["Seed", "Series A", "Series B", "Series C"]);
    expect(bars.map((b) => b.detail)).toEqual(["13 June 2023", "10 Dec 2023", "11 June 2024", "9 Sept 2025"]);
    expect(bars.map((b) => b.amountText)).toEqual(["EUR 105 M", "EUR 385 M", "USD 640 M", "EUR 1.7 bn"]);
    for (const bar of bars) expect(bar.value).toBeGreaterThan(0);
  });

  it("says on the chart which amounts were converted from euros, each at its own month's rate", () => {
    const model = modelOf(answer);
    const rate = (month: string) => ctx.data.fxRates.find((r) => r.asOf === month)?.rate ?? Number.NaN;
    const [seed, , , seriesC] = model.groups[0]?.bars ?? [];
    expect(seriesC?.convertedText).toBe("~ USD 1.99 bn");
    expect(seriesC?.value).toBeCloseTo(1.7e9 * rate("2025-09"));
    expect(seed?.value).toBeCloseTo(105e6 * rate("2023-06"));
    const conversion = model.notes.find((n) => n.kind === "converted");
    expect(conversion?.text).toMatch(
      /^EUR converted at each amount's monthly rate, from 1 EUR = 1\.084 USD to 1 EUR = 1\.1824 USD \[\d+\]$/,
    );
  });

  it("marks the Series B, where sources differ, and gives both figures in a note", () => {
    const model = modelOf(answer);
    const seriesB = model.groups[0]?.bars.find((b) => b.label === "Series B");
    expect(seriesB?.disputed).toBe(true);
    const notes = model.notes.filter((n) => n.kind === "disputed").map((n) => n.text);
    expect(notes).toContainEqual(
      expect.stringContaining("Series B, 11 June 2024: sources differ: USD 640 M"),
    );
    expect(notes).toContainEqual(expect.stringContaining("EUR 600 M"));
  });

  it("draws a reported raise (talks) as an outline and says it never counts in the total", () => {
    const ami = expectKind(companyFunding(ctx, "AMI Labs"), "company-funding");
    const model = modelOf(ami);
    expect(model.groups[0]?.bars.find((b) => b.label === "Reported raise")?.reported).toBe(true);
    expect(model.notes.some((n) => n.kind === "reported")).toBe(true);
    expect(chartFor(ami, options)?.alt).toContain(
      "Reported raise (18 Dec 2025): EUR 500 M [converted: ~ USD 585 M; reported, not completed]",
    );
  });

  it("starts the value axis at zero", () => {
    expect(axisTicks(1.76e9)).toEqual([0, 0.5e9, 1e9, 1.5e9, 2e9]);
    expect(axisTicks(3.5e6)[0]).toBe(0);
    expect(axisTicks(0)).toEqual([0, 1]);
  });

  it("draws the same bytes every time for the same answer", () => {
    expect(chartFor(answer, options)?.png.equals(chartFor(answer, options)?.png ?? Buffer.alloc(0))).toBe(
      true,
    );
  });

  it("draws the same chart when the bot encodes it off the event loop", async () => {
    const sync = chartFor(answer, options);
    const offLoop = await renderChart(answer, options);
    expect(offLoop?.png.equals(sync?.png ?? Buffer.alloc(0))).toBe(true);
    expect(offLoop?.name).toBe(sync?.name);
    expect(offLoop?.alt).toBe(sync?.alt);
  });
});

describe("asking /compare", () => {
  it("with euro and dollar figures says in the alt text and on the chart that an amount was converted", () => {
    const answer = expectKind(compareCompanies(ctx, ["Mistral AI", "Hugging Face"]), "comparison");
    const chart = chartFor(answer, options);
    expect(chart?.name).toBe("compare-mistral-ai-hugging-face.png");
    expect(chart?.alt).toContain(
      "Latest round: Mistral AI (Series C, 9 Sept 2025): EUR 1.7 bn [converted: ~ USD 1.99 bn]",
    );
    expect(chart?.alt).toContain("EUR converted at 1 EUR = 1.1732 USD (dataset rate of September 2025");
    expect(pngSize(chart?.png ?? Buffer.alloc(0)).width).toBe(1600);
  });

  it("shows total raised, latest round and valuation side by side, one colour per company", () => {
    const model = modelOf(compareCompanies(ctx, ["Mistral AI", "Hugging Face", "Poolside"]));
    expect(model.groups.map((g) => g.title)).toEqual(["Total raised", "Latest round", "Valuation"]);
    for (const group of model.groups) {
      expect(group.bars.map((b) => b.label)).toEqual(["Mistral AI", "Hugging Face", "Poolside"]);
      expect(group.bars.map((b) => b.series)).toEqual([0, 1, 2]);
    }
    const hfValuation = model.groups[2]?.bars[1];
    expect(hfValuation?.disputed).toBe(true);
    expect(model.notes.filter((n) => n.kind === "disputed").map((n) => n.text)).toContainEqual(
      expect.stringMatching(
        /^Hugging Face, valuation: sources differ: USD 4 bn \[\d+\] \(Aug 2023\) \/ USD 4\.5 bn \[\d+, \d+, \d+\] \(24 Aug 2023\)$/,
      ),
    );
  });

  it("gives a company whose figures the data lacks no bar at all, never a zero bar", () => {
    const answer = expectKind(compareCompanies(ctx, ["Mistral AI", "Aqemia"]), "comparison");
    const model = modelOf(answer);
    for (const group of model.groups) {
      const aqemia = group.bars.find((b) => b.label === "Aqemia");
      expect(aqemia?.value).toBeUndefined();
      expect(aqemia?.missing).toBe("undisclosed");
      expect(aqemia?.amountText).toBe("not in the data");
    }
    expect(model.notes.some((n) => n.text.includes("not in the data: unknown, not zero"))).toBe(true);
    expect(chartFor(answer, options)?.alt).toContain("Aqemia: not in the data [no bar]");
  });

  it("draws a valuation nobody has as no group rather than an empty one", () => {
    const model = modelOf(compareCompanies(ctx, ["Dust", "Gradium"]));
    expect(model.groups.map((g) => g.title)).toEqual(["Total raised", "Latest round"]);
  });
});

describe("asking /funding for a ranking", () => {
  it("ranks the 2024 rounds as bars from zero, each with its company, round and date", () => {
    const answer = expectKind(fundingRanking(ctx, { by: "round", year: 2024 }), "funding-ranking");
    const model = modelOf(answer);
    const bars = model.groups[0]?.bars ?? [];
    expect(model.layout).toBe("rows");
    expect(bars[0]).toMatchObject({
      rank: 1,
      label: "Mistral AI",
      detail: "Series B, 11 June 2024",
      disputed: true,
    });
    expect(bars.map((b) => b.rank)).toEqual(answer.entries.map((e) => e.rank));
    // A round in euros keeps its own figure, with the dollars it is drawn at beside it.
    const inEuros = bars.filter((b) => b.amountText.startsWith("EUR "));
    expect(inEuros.length).toBeGreaterThan(0);
    for (const bar of inEuros) expect(bar.convertedText).toMatch(/^~ USD \d/);
    const png = chartFor(answer, options)?.png ?? Buffer.alloc(0);
    const { width, height } = pngSize(png);
    expect(width).toBe(1600);
    expect(height).toBeGreaterThanOrEqual(900);
    expect(height).toBeLessThanOrEqual(1200);
  });

  it("lists companies whose amount is unknown without a bar", () => {
    const answer = expectKind(fundingRanking(ctx, { by: "company", limit: 3 }), "funding-ranking");
    const withUnranked = { ...answer, unranked: [{ id: "kyutai", name: "Kyutai" }] };
    const bars = modelOf(withUnranked).groups[0]?.bars ?? [];
    expect(bars.at(-1)).toMatchObject({ label: "Kyutai", amountText: "undisclosed", missing: "undisclosed" });
    expect(bars.at(-1)?.value).toBeUndefined();
  });
});

describe("answers without a chart", () => {
  it("give undefined: a profile, /about, a name not found, a bad comparison, a company with no rounds", () => {
    const answers: Answer[] = [
      companyProfile(ctx, "Mistral AI"),
      aboutBot(ctx),
      companyFunding(ctx, "no such startup anywhere"),
      compareCompanies(ctx, ["Mistral AI", "Mistral AI"]),
      companyFunding(ctx, "Aqemia"),
      compareCompanies(ctx, ["Aqemia", "Iktos"]),
    ];
    for (const answer of answers) expect(chartFor(answer, options), answer.kind).toBeUndefined();
  });

  it("give undefined for a funding history whose only amount is undisclosed, rather than a zero bar", () => {
    const answer = expectKind(companyFunding(ctx, "Dust"), "company-funding");
    const undisclosed = {
      ...answer,
      rounds: answer.rounds.map((r) => ({ ...r, amount: { claims: [] } })),
    };
    expect(chartFor(undisclosed, options)).toBeUndefined();
  });
});

describe("text on the charts", () => {
  const everyModel = (): ChartModel[] => {
    const companies = ctx.data.companies;
    const answers: Answer[] = [
      ...companies.map((c) => companyFunding(ctx, c.name)),
      ...comparisonPairs(companies).map(([a, b]) => compareCompanies(ctx, [a.name, b.name])),
      fundingRanking(ctx, { by: "company" }),
      fundingRanking(ctx, { by: "round" }),
      fundingRanking(ctx, { by: "round", year: 2024 }),
      fundingRanking(ctx, { by: "company", year: 2025 }),
      fundingRanking(ctx, { by: "round", stage: "seed" }),
    ];
    return answers.flatMap((a) => {
      const model = chartModel(a, options);
      return model === undefined ? [] : [model];
    });
  };

  it("has a glyph in the shipped fonts for every character (no boxes on a machine without fonts)", () => {
    const models = everyModel();
    expect(models.length).toBeGreaterThan(100);
    const missing = new Set(models.flatMap(modelTexts).flatMap(missingGlyphs));
    expect([...missing]).toEqual([]);
  });

  it("covers French accents and the dataset's Arabic names", () => {
    expect(missingGlyphs("Société Générale, Clément, François, Hélène, Zoë, Œuvre")).toEqual([]);
    const arabic = ctx.data.companies.flatMap((c) => c.aliases).filter((a) => /[\u0600-\u06ff]/u.test(a));
    expect(arabic.length).toBeGreaterThan(3);
    expect(missingGlyphs(arabic.join(" "))).toEqual([]);
  });

  it("draws an Arabic company name into a chart of the usual size", () => {
    const answer = expectKind(compareCompanies(ctx, ["Mistral AI", "Hugging Face"]), "comparison");
    const arabic = {
      ...answer,
      companies: answer.companies.map((c, i) => ({ ...c, name: ["ميسترال", "وجه العناق"][i] ?? c.name })),
    };
    const chart = chartFor(arabic, options);
    expect(chart?.alt).toContain("ميسترال");
    expect(pngSize(chart?.png ?? Buffer.alloc(0)).width).toBe(1600);
  });

  it("keeps the alt text within Discord's 1024 characters, and the file name plain ASCII", () => {
    for (const model of everyModel()) {
      expect(altText(model).length).toBeLessThanOrEqual(1024);
      expect(model.name).toMatch(/^[a-z0-9-]+\.png$/);
    }
  });

  it("keeps the fullest charts (four companies, ten ranked) under 400 KB", () => {
    const fullest = [
      compareCompanies(ctx, ["Mistral AI", "Hugging Face", "Poolside", "AMI Labs"]),
      fundingRanking(ctx, { by: "company" }),
    ];
    for (const answer of fullest) {
      const png = chartFor(answer, options)?.png ?? Buffer.alloc(0);
      expect(png.length).toBeGreaterThan(20_000);
      // Four companies with their disputed figures in notes: a tall chart, still far below Discord's limits.
      expect(png.length).toBeLessThan(400_000);
    }
  });
});

describe("a reply with a chart", () => {
  it("attaches the PNG and shows it as the embed's image", () => {
    const answer = compareCompanies(ctx, ["Mistral AI", "Poolside"]);
    const chart = chartFor(answer, options);
    const message = withChart(renderDiscord(answer, EN), chart);
    expect(message.embeds[0]?.image).toEqual({ url: `attachment://${chart?.name}` });
    expect("files" in message && message.files).toEqual([
      { attachment: chart?.png, name: chart?.name, description: chart?.alt },
    ]);
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it("is the message unchanged when the answer has no chart", () => {
    const message = renderDiscord(companyProfile(ctx, "Mistral AI"), EN);
    expect(withChart(message, undefined)).toBe(message);
  });
});
