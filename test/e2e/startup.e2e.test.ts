// What a server owner sees when `npm start` can't start: one clear message, a non-zero exit, no
// stack trace.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScript } from "./bot-process.js";

const VALID = { DISCORD_TOKEN: "MTIz.abc.def", DISCORD_APPLICATION_ID: "123456789012345678" };

describe("starting the bot", () => {
  it("without a token, says what is missing, where to get it and how to try offline", async () => {
    const { code, stderr } = await runScript("index.js", {});
    expect(code).toBe(1);
    expect(stderr).toContain("DISCORD_TOKEN is missing");
    expect(stderr).toContain("npm run console");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("`register` without a token gives the same clear message", async () => {
    const { code, stderr } = await runScript("register.js", {});
    expect(code).toBe(1);
    expect(stderr).toContain("DISCORD_TOKEN is missing");
  });

  it("with a broken DATA_PATH file, names the file, the JSON path and what was expected", async () => {
    const file = join(tmpdir(), `broken-landscape-${process.pid}.json`);
    writeFileSync(file, JSON.stringify({ version: 1, asOf: "2025", sources: [], companies: "none" }));
    const { code, stderr } = await runScript("index.js", { ...VALID, DATA_PATH: file });
    expect(code).toBe(1);
    expect(stderr).toContain(file);
    expect(stderr).toContain("$.companies");
    expect(stderr).toMatch(/expected array/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
