// SHARDS=N runs the bot under discord.js's ShardingManager: a manager process and one child process
// per shard, each child the same entry file. Checked with one shard against the stand-in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Standin, startStandin } from "../standin/index.js";
import { BotProcess, runScript } from "./bot-process.js";

describe("a large deployment runs the bot sharded", () => {
  let standin: Standin;
  let manager: BotProcess;

  beforeAll(async () => {
    standin = await startStandin();
    const env = { ...standin.botEnv(), SHARDS: "1" };
    expect((await runScript("register.js", env)).code).toBe(0);
    manager = new BotProcess(env);
    await manager.waitForLog((l) => l.msg === "shard launched");
    await standin.ready();
    await manager.waitForLog((l) => l.msg === "online");
  });

  afterAll(async () => {
    await manager?.stop();
    await standin?.close();
  });

  it("the shard identifies as shard 0 of 1 and answers commands", async () => {
    const identify = await standin.ready();
    expect(identify.shard).toEqual([0, 1]);
    const result = await standin.sendCommand("startup", { name: "H" }).response();
    expect(result.message?.embeds?.[0]?.title).toBe("H Company");
    standin.assertNoProblems();
  });

  it("SIGTERM stops the shards and the manager", async () => {
    manager.signal("SIGTERM");
    expect(await manager.exited).toBe(0);
    // The shard finished its own clean shutdown before the manager exited.
    await manager.waitForLog((l) => l.msg === "stopped cleanly");
    await manager.waitForLog((l) => l.msg === "all shards stopped");
  });
});
