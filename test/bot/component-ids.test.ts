import { describe, expect, it } from "vitest";
import { type ComponentState, decodeComponentId, encodeComponentId } from "../../src/bot/component-ids.js";

const owner = "123456789012345678";
const at = Date.UTC(2026, 10, 26, 12, 0, 0);

describe("buttons keep their state in their custom_id", () => {
  it.each<ComponentState["target"]>([
    { action: "funding", companyId: "mistral-ai" },
    { action: "profile", companyId: "pollen-robotics" },
    { action: "compare", companyId: "hugging-face" },
    { action: "page", stage: "series-b", year: 2024, offset: 10 },
    { action: "page", stage: undefined, year: undefined, offset: 0 },
    { action: "sources", query: { kind: "profile", companyId: "h-company" } },
    { action: "sources", query: { kind: "funding", companyId: "mistral-ai" } },
    { action: "sources", query: { kind: "funding", companyId: "mistral-ai", stage: "series-b", year: 2024 } },
    { action: "sources", query: { kind: "funding", companyId: "dust", stage: undefined, year: 2019 } },
    {
      action: "sources",
      query: { kind: "compare", companyIds: ["mistral-ai", "poolside", "dust", "photoroom"] },
    },
    { action: "sources", query: { kind: "ranking", stage: undefined, year: 2025, offset: 20 } },
    // One investor's rounds, and those it led: a page or a Sources press keeps the filter.
    { action: "page", stage: undefined, year: undefined, offset: 10, investor: "lightspeed" },
    { action: "page", stage: "seed", year: 2024, offset: 0, investor: "bpifrance", investorLed: true },
    {
      action: "sources",
      query: {
        kind: "ranking",
        stage: undefined,
        year: undefined,
        offset: 0,
        investor: "bpifrance",
        investorLed: true,
      },
      cited: [3, 1],
    },
  ])("%o survives a round trip within Discord's 100 characters", (target) => {
    const id = encodeComponentId({ ownerId: owner, createdAt: at, target });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeComponentId(id)).toEqual({ ownerId: owner, createdAt: at, target });
  });

  it("an Arabic reply's button carries its language, which no Discord locale can", () => {
    const state: ComponentState = {
      ownerId: owner,
      createdAt: at,
      target: { action: "funding", companyId: "mistral-ai" },
      language: "ar",
    };
    const id = encodeComponentId(state);
    expect(id.startsWith("v1.ar:")).toBe(true);
    expect(decodeComponentId(id)).toEqual(state);
    expect(decodeComponentId(id.replace("v1.ar:", "v1.xx:"))).toBeUndefined();
  });

  it("an id from another version or another bot is not misread", () => {
    expect(decodeComponentId("v2:1:2:f:x")).toBeUndefined();
    expect(decodeComponentId("confirm")).toBeUndefined();
    expect(decodeComponentId(`v1:${owner}:zz:q:x`)).toBeUndefined();
  });
});
