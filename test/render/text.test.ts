import { describe, expect, it } from "vitest";
import {
  type Answer,
  aboutBot,
  companyFunding,
  companyProfile,
  compareCompanies,
  fundingRanking,
} from "../../src/answers/index.js";
import { messages } from "../../src/i18n/index.js";
import { renderText } from "../../src/render/text/index.js";
import { realContext } from "../answers/real-context.js";

const EN = messages("en");

const ctx = realContext();

function everyAnswer(): Answer[] {
  const answers: Answer[] = [aboutBot(ctx)];
  for (const c of ctx.data.companies) answers.push(companyProfile(ctx, c.name), companyFunding(ctx, c.name));
  answers.push(
    compareCompanies(ctx, ["Mistral", "Hugging Face"]),
    compareCompanies(ctx, ["H", "Dust", "Photoroom", "Poolside"]),
    compareCompanies(ctx, ["Mistral", "Mistral"]),
    fundingRanking(ctx, { by: "round" }),
    fundingRanking(ctx, { by: "company", year: 2024 }),
    companyProfile(ctx, "no such startup"),
  );
  return answers;
}

describe("the offline console's text", () => {
  it("lists every answer's numbered sources and its as-of line", () => {
    for (const answer of everyAnswer()) {
      const text = renderText(answer, EN);
      if ("sources" in answer && answer.sources.length > 0) {
        const listed = text.slice(text.indexOf("\nSources\n"));
        expect(listed.length, answer.kind).toBeGreaterThan(0);
        for (const source of answer.sources) expect(listed).toContain(`[${source.n}]`);
      }
      expect(text).toMatch(/Data as of \S/);
    }
  });

  it("shows both of Hugging Face's valuations, marked as differing", () => {
    const text = renderText(companyProfile(ctx, "Hugging Face"), EN);
    expect(text).toMatch(/Valuation\s+\(!\) sources differ: USD 4 bn .*\/ USD 4\.5 bn/s);
    expect(text).toContain("Reuters, undated: AI startup Hugging Face valued at $4.5 billion");
  });

  it("shows a seed citation with its fact id and lines", () => {
    expect(renderText(companyProfile(ctx, "Mistral"), EN)).toContain("(Feb 2025), FACTS M4, L19, L22, L33");
  });

  it("/about names the seed article as such among the most cited, not by its publisher's description", () => {
    const about = renderText(aboutBot(ctx), EN);
    expect(about).toMatch(/Most cited\s+(.|\n)*Seed article \(\d+\)/);
    expect(about).not.toContain("Unconfirmed Chinese outlet");
  });

  it("shows a page that gives no date as undated, in the reader's language", () => {
    const hf = companyProfile(ctx, "Hugging Face");
    expect(renderText(hf, EN)).toContain("L'ADN, undated: C'est quoi Hugging Face");
    expect(renderText(hf, messages("fr"))).toContain("L'ADN, sans date");
    expect(renderText(hf, messages("ar"))).toContain("بلا تاريخ");
  });

  it("aligns labels in a column", () => {
    const lines = renderText(companyProfile(ctx, "Dust"), EN).split("\n");
    const valueColumn = (label: string) =>
      lines.find((l) => l.startsWith(label))?.match(/^\S.*?\s{2,}/)?.[0].length;
    expect(valueColumn("Founded")).toBeGreaterThan(0);
    expect(valueColumn("Founded")).toBe(valueColumn("Total raised"));
    expect(valueColumn("Founded")).toBe(valueColumn("Valuation"));
  });

  it("says an unknown name isn't in the data yet, without echoing control characters", () => {
    const text = renderText(companyProfile(ctx, "zzz\u001b[2J"), EN);
    expect(text).toMatch(/^"zzz.*" isn't in my data yet \(\d+ companies as of /);
    expect(text).not.toContain("\u001b");
  });

  it("keeps lines readable on a terminal", () => {
    for (const answer of everyAnswer())
      for (const line of renderText(answer, EN).split("\n"))
        if (!/https?:\/\//.test(line)) expect(line.length, line).toBeLessThanOrEqual(100);
  });
});
