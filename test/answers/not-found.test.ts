import { describe, expect, it } from "vitest";
import type { AnswerContext } from "../../src/answers/context.js";
import { companyFunding, companyProfile } from "../../src/answers/index.js";
import { expectKind, realContext } from "./real-context.js";

const ctx = realContext();

describe("asking about a company the bot doesn't know", () => {
  it("says no company matches, with the closest names, and never throws", () => {
    const answer = expectKind(companyProfile(ctx, "Mistrel Robotiks Interplanetary"), "not-found");
    expect(answer.query).toBe("Mistrel Robotiks Interplanetary");
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(answer.sources).toEqual([]);
    expect(answer.asOf.data).toBe(ctx.data.asOf);
  });

  it("suggests names even when nothing is close", () => {
    const answer = expectKind(companyFunding(ctx, "qqqqqqqq"), "not-found");
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it("handles an empty name", () => {
    expect(companyProfile(ctx, "   ").kind).toBe("not-found");
  });

  it("still finds a name with a typo", () => {
    expect(expectKind(companyProfile(ctx, "Mistrall"), "company-profile").company.id).toBe("mistral-ai");
  });

  it("asks 'did you mean' when several companies fit equally well", () => {
    const [a, b] = ctx.data.companies;
    const finder: AnswerContext["search"] = {
      resolve: () => ({
        alternatives: [
          { kind: "company", id: a?.id ?? "", name: a?.name ?? "", matched: "x", score: 0.1, how: "prefix" },
          { kind: "company", id: b?.id ?? "", name: b?.name ?? "", matched: "x", score: 0.1, how: "prefix" },
        ],
      }),
      search: () => [],
    };
    const answer = expectKind(companyProfile({ data: ctx.data, search: finder }, "x"), "ambiguous");
    expect(answer.candidates.map((c) => c.id)).toEqual([a?.id, b?.id]);
  });
});
