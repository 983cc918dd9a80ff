import { describe, expect, it } from "vitest";
import { commandMap } from "../../src/commands/index.js";
import { parseLine } from "../../src/console/parse.js";

describe("the console reads lines as they'd be typed in Discord", () => {
  it("reads options by name, values with spaces included", () => {
    const parsed = parseLine("/compare first:Mistral second:Hugging Face third: Poolside", commandMap);
    expect(parsed.kind).toBe("command");
    if (parsed.kind !== "command") return;
    expect(parsed.command.definition.name).toBe("compare");
    expect(Object.fromEntries(parsed.values)).toEqual({
      first: "Mistral",
      second: "Hugging Face",
      third: "Poolside",
    });
  });

  it("accepts a bare company name for the first text option", () => {
    const parsed = parseLine("/startup Mistral AI", commandMap);
    expect(parsed.kind === "command" && parsed.values.get("name")).toBe("Mistral AI");
  });

  it("treats text that isn't a command as a question", () => {
    expect(parseLine("who raised more, Mistral or Dust?", commandMap)).toEqual({
      kind: "question",
      text: "who raised more, Mistral or Dust?",
    });
  });

  it("explains an unknown command with the list of commands", () => {
    const parsed = parseLine("/strtup name:Mistral", commandMap);
    expect(parsed.kind).toBe("problem");
    expect(parsed.kind === "problem" && parsed.message).toContain("/startup");
  });
});
