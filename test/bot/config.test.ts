import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/bot/config.js";

const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDe.abcdefghijklmnopqrstuvwxyz0123456789AB";
const APP = "123456789012345678";

function problem(env: NodeJS.ProcessEnv): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected the configuration to be refused");
}

describe("start-up configuration", () => {
  it("tells `npm run register` to run itself again once fixed, not `npm start`", () => {
    let message = "";
    try {
      parseConfig({}, "npm run register");
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("then run `npm run register` again");
    expect(problem({})).toContain("then run `npm start` again");
  });

  it("a server owner with no token is told what is missing, where to get it, and how to try offline", () => {
    const message = problem({});
    expect(message).toContain("DISCORD_TOKEN is missing");
    expect(message).toContain("Reset Token");
    expect(message).toContain("DISCORD_APPLICATION_ID is missing");
    expect(message).toContain("npm run console");
    expect(message).toContain(".env.example");
  });

  it("draws charts on worker threads unless told otherwise, behind a bounded queue", () => {
    const base = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP };
    expect(parseConfig(base)).toMatchObject({ chartThreads: "auto", chartQueue: 16 });
    expect(parseConfig({ ...base, CHART_THREADS: "0", CHART_QUEUE: "4" })).toMatchObject({
      chartThreads: 0,
      chartQueue: 4,
    });
    expect(problem({ ...base, CHART_THREADS: "many" })).toContain(
      'CHART_THREADS must be "auto" or a whole number',
    );
    expect(problem({ ...base, CHART_QUEUE: "0" })).toContain("CHART_QUEUE must be at least 1");
  });

  it("an empty line in .env counts as missing, not as a broken value", () => {
    expect(problem({ DISCORD_TOKEN: "", DISCORD_APPLICATION_ID: APP })).toContain("DISCORD_TOKEN is missing");
  });

  it("a malformed value is named with what was expected", () => {
    const message = problem({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: "my-app", SHARDS: "many" });
    expect(message).toContain("DISCORD_APPLICATION_ID a Discord id");
    expect(message).toContain('SHARDS must be "auto" or a whole number');
  });

  it("a pasted token that isn't one is caught before Discord is called", () => {
    expect(problem({ DISCORD_TOKEN: "hello", DISCORD_APPLICATION_ID: APP })).toContain(
      "does not look like a bot token",
    );
  });

  it("a complete environment gives a typed config with defaults", () => {
    const config = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP,
      DISCORD_API_URL: "http://127.0.0.1:9999/api",
      SHARDS: "auto",
    });
    expect(config).toMatchObject({
      token: TOKEN,
      applicationId: APP,
      apiUrl: "http://127.0.0.1:9999/api",
      shards: "auto",
      logLevel: "info",
      rateLimitPerMinute: 12,
    });
    expect(parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, SHARDS: "4" }).shards).toBe(4);
  });
});
