import { describe, expect, it } from "vitest";
import { ConversationMemory } from "../../src/bot/memory.js";
import type { Subject } from "../../src/questions/types.js";

const mistral: Subject = { companyIds: ["mistral-ai"], intent: "figure", metric: "valuation" };
const dust: Subject = { companyIds: ["dust"], intent: "founders" };

describe("what the bot remembers of a conversation", () => {
  it("is per person and per channel", () => {
    const memory = new ConversationMemory();
    memory.remember("c1", "u1", mistral, 0);
    expect(memory.recall("c1", "u1", 1)?.companyIds).toEqual(["mistral-ai"]);
    expect(memory.recall("c1", "u2", 1)).toBeUndefined();
    expect(memory.recall("c2", "u1", 1)).toBeUndefined();
  });

  it("keeps the companies asked about just before, for 'compare them'", () => {
    const memory = new ConversationMemory();
    memory.remember("c", "u", mistral, 0);
    memory.remember("c", "u", dust, 1);
    expect(memory.recall("c", "u", 2)).toMatchObject({ companyIds: ["dust"], earlier: ["mistral-ai"] });
  });

  it("forgets after its time is up, and past its size the oldest first", () => {
    const memory = new ConversationMemory(2, 1_000);
    memory.remember("c", "u", mistral, 0);
    expect(memory.recall("c", "u", 1_001)).toBeUndefined();
    memory.remember("c", "a", mistral, 0);
    memory.remember("c", "b", dust, 0);
    memory.remember("c", "d", dust, 0);
    expect(memory.recall("c", "a", 1)).toBeUndefined();
    expect(memory.recall("c", "d", 1)?.companyIds).toEqual(["dust"]);
    expect(memory.size).toBeLessThanOrEqual(2);
  });

  it("remembers what each of the bot's messages was about", () => {
    const memory = new ConversationMemory();
    memory.rememberMessage("m1", dust, 0);
    expect(memory.recallMessage("m1", 1)?.companyIds).toEqual(["dust"]);
    expect(memory.recallMessage("m2", 1)).toBeUndefined();
  });
});
