import { describe, expect, it } from "vitest";
import type { AnswerContext } from "../../src/answers/context.js";
import { companyFunding, companyProfile } from "../../src/answers/index.js";
import { drillDown } from "../../src/bot/components.js";
import { expectKind, realContext } from "./real-context.js";

const ctx = realContext();

describe("asking about a company the bot doesn't know", () => {
  it("says the name isn't in the data yet, out of how many companies, and never throws", () => {
    const answer = expectKind(companyProfile(ctx, "Mistrel Robotiks Interplanetary"), "not-found");
    expect(answer.query).toBe("Mistrel Robotiks Interplanetary");
    expect(answer.known.companies).toBe(ctx.data.companies.length);
    expect(answer.sources).toEqual([]);
    expect(answer.asOf.data).toBe(ctx.data.asOf);
  });

  it("suggests the closest names only when they are close: a typo, not a stranger", () => {
    expect(
      expectKind(companyProfile(ctx, "Hugging Fase Labs"), "not-found").suggestions.map((s) => s.id),
    ).toEqual(["hugging-face"]);
    expect(expectKind(companyFunding(ctx, "qqqqqqqq"), "not-found").suggestions).toEqual([]);
    // "Alan" shares a few letters with many names; none is close enough to offer.
    expect(expectKind(companyProfile(ctx, "Alan"), "not-found").suggestions).toEqual([]);
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

describe("asking about a company the data knows is not French", () => {
  it("says where it is based, with the sentence of the source, instead of 'not in my data yet'", () => {
    const answer = expectKind(companyProfile(ctx, "helsing"), "not-found");
    expect(answer.abroad?.name).toBe("Helsing");
    expect(answer.abroad?.hq.claims[0]?.value).toEqual({ city: "Munich", country: "DE" });
    expect(answer.suggestions).toEqual([]);
    expect(answer.sources[0]?.says?.[0]).toContain("headquartered in Munich");
  });
});

describe("a button whose company the data no longer has", () => {
  it("is answered as not in the data, naming what it asked for, never an error", () => {
    for (const target of [
      { action: "profile", companyId: "gone-ai" },
      { action: "funding", companyId: "gone-ai" },
    ] as const) {
      const answer = drillDown(ctx, target, undefined);
      expect(answer?.kind).toBe("not-found");
      expect(answer?.kind === "not-found" && answer.query).toBe("gone-ai");
    }
    const compared = drillDown(ctx, { action: "compare", companyId: "mistral-ai" }, "gone-ai");
    expect(compared?.kind).toBe("not-found");
  });
});
