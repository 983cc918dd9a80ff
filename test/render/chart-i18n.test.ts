// The charts in the reader's language: French and Arabic words and figures (written by the same
// formatter as the embeds), every glyph in the shipped fonts, an Arabic chart laid out right to
// left with its mixed Arabic, Latin and number runs in reading order, and the alt text in the language.
import { loadImage } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import { companyFunding, compareCompanies, fundingRanking } from "../../src/answers/index.js";
import type { Answer } from "../../src/answers/types.js";
import { audienceOf, commandAudience } from "../../src/bot/audience.js";
import { present } from "../../src/bot/present.js";
import { hasArabic, LANGUAGES, type Language, messages, stripIsolates } from "../../src/i18n/index.js";
import { answerQuestion } from "../../src/questions/answer.js";
import type { Reply } from "../../src/questions/types.js";
import { altText } from "../../src/render/chart/alt.js";
import { chartFor, chartModel, missingGlyphs } from "../../src/render/chart/index.js";
import type { ChartModel } from "../../src/render/chart/model.js";
import { rtlRuns } from "../../src/render/chart/text.js";
import { renderDiscord } from "../../src/render/discord/index.js";
import { expectKind, realContext } from "../answers/real-context.js";
import { modelTexts } from "./chart-texts.js";

const ctx = realContext();
const rates = ctx.data.fxRates;

function modelOf(answer: Answer, language: Language): ChartModel {
  const model = chartModel(answer, { rates, language });
  if (model === undefined) throw new Error(`no chart for a ${answer.kind} answer`);
  return model;
}

function expectPng(png: Buffer | undefined): Buffer {
  expect([...(png ?? Buffer.alloc(0)).subarray(0, 8)]).toEqual([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
  ]);
  return png ?? Buffer.alloc(0);
}

/** The leftmost and rightmost columns (in card pixels) with light ink, between two heights. */
async function inkSpan(png: Buffer, top: number, bottom: number): Promise<[number, number]> {
  const image = await loadImage(png);
  const { createCanvas } = await import("@napi-rs/canvas");
  const canvas = createCanvas(image.width, image.height);
  const draw = canvas.getContext("2d");
  draw.drawImage(image, 0, 0);
  const scale = image.width / 800;
  const { data, width } = draw.getImageData(0, top * scale, image.width, (bottom - top) * scale);
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  for (let i = 0; i < data.length; i += 4) {
    if ((data[i] ?? 0) > 200 && (data[i + 1] ?? 0) > 200 && (data[i + 2] ?? 0) > 200) {
      const x = (i / 4) % width;
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  return [left / scale, right / scale];
}

const mistral = expectKind(companyFunding(ctx, "Mistral AI"), "company-funding");
const comparison = expectKind(
  compareCompanies(ctx, ["Mistral AI", "Hugging Face", "Poolside"]),
  "comparison",
);

describe("a French funding chart", () => {
  const model = modelOf(mistral, "fr");
  const bars = model.groups[0]?.bars ?? [];

  it("has a French title, subtitle and footer", () => {
    expect(model.language).toBe("fr");
    expect(model.title).toBe("Mistral AI\u00a0: levées de fonds par tour");
    expect(model.subtitle).toBe(
      "Tours par date, barres en dollars à partir de zéro · total levé\u00a0: ~ 3,31 Md $",
    );
    expect(model.footer).toBe("Sources\u00a0: voir le message · données au 23 juin 2026");
  });

  it("writes stages, dates and amounts the French way", () => {
    expect(bars.map((b) => b.label)).toEqual(["Amorçage", "Série A", "Série B", "Série C"]);
    expect(bars.map((b) => b.detail)).toEqual([
      "13 juin 2023",
      "10 déc. 2023",
      "11 juin 2024",
      "9 sept. 2025",
    ]);
    expect(bars.map((b) => b.amountText)).toEqual(["105 M €", "385 M €", "640 M $", "1,7 Md €"]);
    expect(bars.at(-1)?.convertedText).toBe("~ 1,99 Md $");
  });

  it("gives its notes in French: the rate, the dispute, the outlined bar", () => {
    const notes = Object.fromEntries(model.notes.map((n) => [n.kind, n.text]));
    expect(notes.converted).toMatch(
      /^Montants en euros convertis au taux du mois de chacun, de 1 EUR = 1,084 USD à 1 EUR = 1,1824 USD \[\d+\]$/,
    );
    expect(notes.disputed).toMatch(
      /^Série B, 11 juin 2024\u00a0: les sources divergent\u00a0: 640 M \$ \[\d+\] \(juin 2024\) \/ 600 M € \[[\d, ]+\] \(11 juin 2024\)$/,
    );
    const ami = modelOf(expectKind(companyFunding(ctx, "AMI Labs"), "company-funding"), "fr");
    expect(ami.notes.find((n) => n.kind === "reported")?.text).toContain("Barre en pointillés");
  });

  it("says a figure as the French embed does", () => {
    const embed = JSON.stringify(renderDiscord(mistral, messages("fr")));
    for (const amount of ["1,7 Md €", "640 M $", "105 M €"]) expect(embed).toContain(amount);
  });

  it("is what a French Discord locale gets; an English audience gets English", () => {
    const french = commandAudience("fr", "1", mistral);
    expect(chartModel(mistral, { rates, language: french.language })).toEqual(model);
    const english = commandAudience("en-US", "1", mistral);
    expect(chartModel(mistral, { rates, language: english.language })?.title).toBe(
      "Mistral AI: funding by round",
    );
  });

  it("ranks and compares in French too", () => {
    const ranking = modelOf(fundingRanking(ctx, { by: "round", year: 2024 }), "fr");
    expect(ranking.title).toBe("Plus grosses levées en 2024");
    expect(ranking.groups[0]?.bars[0]).toMatchObject({
      label: "Mistral AI",
      detail: "Série B, 11 juin 2024",
    });
    const compared = modelOf(comparison, "fr");
    expect(compared.title).toBe("Mistral AI contre Hugging Face contre Poolside");
    expect(compared.groups.map((g) => g.title)).toEqual(["Total levé", "Dernière levée", "Valorisation"]);
    expect(compared.notes.filter((n) => n.kind === "disputed").map((n) => n.text)).toContainEqual(
      expect.stringMatching(/^Hugging Face, valorisation\u00a0: les sources divergent\u00a0: 4 Md \$/),
    );
  });
});

describe("an Arabic comparison chart", () => {
  const model = modelOf(comparison, "ar");
  const names = comparison.companies.map((c) => c.name);

  it("is in Arabic, every word but the companies' names and the currency codes", () => {
    expect(model.language).toBe("ar");
    expect(model.title).toBe("Mistral AI مقابل Hugging Face مقابل Poolside");
    expect(model.groups.map((g) => g.title)).toEqual(["إجمالي التمويل", "أحدث جولة", "التقييم"]);
    const latest = model.groups[1]?.bars[0];
    expect(latest).toMatchObject({
      amountText: "1.7 مليار يورو",
      convertedText: "~ 1.99 مليار دولار",
      detail: "جولة الفئة C، 9 سبتمبر 2025",
    });
    for (const text of modelTexts(model)) {
      const rest = names.reduce((t, name) => t.replaceAll(name, ""), text).replace(/\b(EUR|USD)\b/g, "");
      expect(rest, text).not.toMatch(/[A-Za-z]{2,}/);
      if (!names.includes(text)) expect(hasArabic(text), text).toBe(true);
    }
  });

  it("has a glyph in the shipped fonts for every character, and no bidi control", () => {
    const texts = modelTexts(model);
    expect(texts.flatMap(missingGlyphs)).toEqual([]);
    expect(texts.join("")).not.toMatch(/[\u2066-\u2069\u200e\u200f]/);
  });

  it("as every French and Arabic chart, has its glyphs: funding, rankings, comparisons", () => {
    const companies = ctx.data.companies;
    const answers: Answer[] = [
      ...companies.map((c) => companyFunding(ctx, c.name)),
      ...companies.slice(1).map((c) => compareCompanies(ctx, [companies[0]?.name ?? "", c.name])),
      fundingRanking(ctx, { by: "company" }),
      fundingRanking(ctx, { by: "round", stage: "seed" }),
    ];
    for (const language of ["fr", "ar"] as const) {
      const texts = answers.flatMap((a) => {
        const m = chartModel(a, { rates, language });
        return m === undefined ? [] : modelTexts(m);
      });
      expect(texts.length).toBeGreaterThan(100);
      expect([...new Set(texts.flatMap(missingGlyphs))], language).toEqual([]);
    }
  });
});

describe("Arabic lines laid out right to left", () => {
  it("keeps a rate and a date in reading order: each Latin or numeric stretch is one left-to-right run", () => {
    const text = "حُوّلت المبالغ من اليورو بسعر 1 EUR = 1.0367 USD (سعر البيانات بتاريخ 9 فبراير 2025 [6])";
    const runs = rtlRuns(text);
    expect(runs.map((r) => r.text).join("")).toBe(text);
    expect(runs.filter((r) => !r.rtl).map((r) => r.text)).toEqual(["1 EUR = 1.0367 USD", "9", "2025 [6]"]);
    expect(runs[0]).toEqual({ text: "حُوّلت المبالغ من اليورو بسعر ", rtl: true });
    for (const run of runs) expect(run.text).not.toMatch(/[\u2066-\u2069]/);
  });

  it("draws a line with no Arabic (a name, a figure) as one left-to-right run", () => {
    expect(rtlRuns("Mistral AI")).toEqual([{ text: "Mistral AI", rtl: false }]);
    expect(rtlRuns("~ 1.76 مليار دولار").map((r) => r.text)).toEqual(["~ ", "1.76", " مليار دولار"]);
  });

  it("aligns the title right in Arabic, left in English and French", async () => {
    for (const language of LANGUAGES) {
      const png = expectPng(chartFor(mistral, { rates, language })?.png);
      const [left, right] = await inkSpan(png, 18, 48);
      if (language === "ar") {
        expect(right, language).toBeGreaterThan(770);
        expect(left, language).toBeGreaterThan(300);
      } else {
        expect(left, language).toBeLessThan(30);
        expect(right, language).toBeLessThan(600);
      }
    }
  });
});

describe("the PNG and its alt text in each language", () => {
  const answers: [string, Answer][] = [
    ["funding", mistral],
    ["comparison", comparison],
    ["ranking", fundingRanking(ctx, { by: "company" })],
  ];

  it.each(answers)("a %s chart renders in English, French and Arabic, each its own", (_, answer) => {
    const pngs = LANGUAGES.map((language) => expectPng(chartFor(answer, { rates, language })?.png));
    for (const png of pngs) expect(png.readUInt32BE(16)).toBe(1600);
    expect(new Set(pngs.map((p) => p.toString("base64"))).size).toBe(3);
  });

  it("keeps the fullest French and Arabic charts small (Arabic letters compress less: under 400 KB)", () => {
    const fullest = [
      compareCompanies(ctx, ["Mistral AI", "Hugging Face", "Poolside", "AMI Labs"]),
      fundingRanking(ctx, { by: "company" }),
    ];
    for (const answer of fullest) {
      expect(chartFor(answer, { rates, language: "fr" })?.png.length).toBeLessThan(400_000);
      expect(chartFor(answer, { rates, language: "ar" })?.png.length).toBeLessThan(400_000);
    }
  });

  it("describes the chart in French", () => {
    const alt = chartFor(mistral, { rates, language: "fr" })?.alt ?? "";
    expect(alt).toMatch(/^Graphique en barres\. Mistral AI\u00a0: levées de fonds par tour\./);
    expect(alt).toContain("Série C (9 sept. 2025) : 1,7 Md € [converti : ~ 1,99 Md $]");
    const ami = modelOf(expectKind(companyFunding(ctx, "AMI Labs"), "company-funding"), "fr");
    expect(altText(ami)).toContain(
      "Levée signalée (18 déc. 2025) : 500 M € [converti : ~ 585 M $ ; signalée, non finalisée]",
    );
    expect(alt.length).toBeLessThanOrEqual(1024);
  });

  it("describes the chart in Arabic, isolated for right-to-left reading like the Arabic replies", () => {
    const alt = chartFor(comparison, { rates, language: "ar" })?.alt ?? "";
    expect(alt.startsWith("\u2067")).toBe(true);
    const plain = stripIsolates(alt);
    expect(plain).toMatch(/^مخطط أعمدة\. Mistral AI مقابل Hugging Face مقابل Poolside\./);
    expect(plain).toContain("أحدث جولة: Mistral AI (جولة الفئة C، 9 سبتمبر 2025): 1.7 مليار يورو");
    expect(plain).toContain("[بعد التحويل: ~ 1.99 مليار دولار]");
    expect(alt.length).toBeLessThanOrEqual(1024);
  });
});

describe("a reply's chart follows the reply's language", () => {
  /** The alt text of the chart the bot attaches to `reply` for a user with `locale`. */
  const altOf = async (reply: Reply, locale: string) => {
    const sent = await present(reply, commandAudience(locale, "1", reply), ctx).message();
    return ((sent.files as { description?: string }[] | undefined)?.[0]?.description ?? "").replace(
      /[\u2066-\u2069]/g,
      "",
    );
  };

  it("a command's, the Discord locale's: French for fr, English otherwise", async () => {
    expect(await altOf(mistral, "fr")).toMatch(/^Graphique en barres\./);
    expect(await altOf(mistral, "en-US")).toMatch(/^Bar chart\./);
  });

  it("a question's card, opened from its answer: the question's own, Arabic included, whatever the locale", async () => {
    /** The chart of the card a question's button opens: in the language of the answer it was on. */
    const cardAltOf = async (question: string) => {
      const reply = answerQuestion(question, { ...ctx, locale: "en-US" });
      if (reply.kind !== "answered" || reply.answer === undefined) throw new Error(reply.kind);
      const audience = audienceOf({ kind: "question", understanding: reply.understanding, userId: "1" });
      const card = await present(reply.answer, audience, ctx).message();
      return ((card.files as { description?: string }[] | undefined)?.[0]?.description ?? "").replace(
        /[\u2066-\u2069]/g,
        "",
      );
    };
    expect(await cardAltOf("قارن بين ميسترال و H و Poolside")).toMatch(/^مخطط أعمدة\./);
    expect(await cardAltOf("Combien a levé Mistral AI ?")).toMatch(/^Graphique en barres\./);
  });

  it("a question's short answer has none: its sources are numbered afresh", async () => {
    const reply = answerQuestion("Combien a levé Mistral AI ?", { ...ctx, locale: "en-US" });
    expect(await altOf(reply, "en-US")).toBe("");
  });
});

describe("the chart tables", () => {
  it.each(LANGUAGES)("%s names both currencies and every chart note", (language) => {
    const chart = messages(language).chart;
    expect(Object.keys(chart.currencies).sort()).toEqual(["EUR", "USD"]);
    expect(chart.footer("1")).not.toBe("");
  });
});
