// An overloaded bot: many people at the same moment, charts drawn on one worker thread behind a
// queue of one. Every interaction is acknowledged within Discord's 3 s and answered; a reply
// whose chart could not be drawn in time goes out without it and says so, rather than late.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Standin, type StoredMessage, startStandin } from "../standin/index.js";
import { BotProcess, runScript } from "./bot-process.js";

describe("a burst of people at once", () => {
  let standin: Standin;
  let bot: BotProcess;

  beforeAll(async () => {
    standin = await startStandin();
    const env = {
      ...standin.botEnv(),
      RATE_LIMIT_PER_MINUTE: "100",
      CHART_THREADS: "1",
      CHART_QUEUE: "1",
    };
    expect((await runScript("register.js", env)).code).toBe(0);
    bot = new BotProcess(env);
    await standin.ready();
    await bot.waitForLog((l) => l.msg === "online");
  });

  afterAll(async () => {
    await bot?.stop();
    await standin?.close();
  });

  it("answers everyone within Discord's rules; a chart it can't draw in time is left out and said", async () => {
    const companies = ["Mistral", "Hugging Face", "Poolside", "Photoroom", "Dust", "H Company"];
    const people = Array.from({ length: 24 }, (_, i) => ({
      id: String(800000000000000000n + BigInt(i)),
      username: `burst${i}`,
    }));
    const commands = people
      .slice(0, 16)
      .map((user, i) =>
        standin.sendCommand("funding", { company: companies[i % companies.length] ?? "Mistral" }, { user }),
      );
    const mentions = people
      .slice(16)
      .map((user, i) => standin.sendMention(`who founded ${companies[i % companies.length]}?`, { user }));
    const results = await Promise.all(commands.map((c) => c.response({ timeoutMs: 20_000 })));
    const replies: StoredMessage[] = await Promise.all(mentions);

    for (const result of results) {
      expect(result.ackMs).toBeLessThan(3_000);
      const message = result.message;
      const charted = (message?.attachments?.length ?? 0) > 0;
      // With its chart, or without it and saying why.
      if (!charted) expect(message?.content).toContain("the chart is left out this time");
      expect(message?.embeds?.[0]?.title).toMatch(/: funding rounds$/);
    }
    const charted = results.filter((r) => (r.message?.attachments?.length ?? 0) > 0).length;
    expect(charted).toBeGreaterThan(0);
    expect(charted).toBeLessThan(results.length);
    for (const reply of replies) expect(reply.embeds?.[0]?.description).toMatch(/was founded by/);
    // No interaction timed out, none was answered twice, no payload broke a limit.
    standin.assertNoProblems();
  });
});
