// The bot's router inside a real discord.js client logged in to the stand-in, in-process, for what a
// spawned bot can't be made to do: a command that always throws (the user gets a short ephemeral
// error with an id, the log has the same id, the bot keeps answering) and a clock that has moved on
// (expired buttons are disabled, and the presser is told), and a reply's own timer that disables
// its buttons (made short here), for a command's reply and a mention's alike.
import { Writable } from "node:stream";
import { Events, REST, Routes } from "discord.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadApp } from "../../src/app.js";
import { createClient } from "../../src/bot/client.js";
import { COMPONENT_TTL_MS } from "../../src/bot/components.js";
import { createLogger } from "../../src/bot/logger.js";
import { RateLimiter } from "../../src/bot/rate-limit.js";
import { Router } from "../../src/bot/router.js";
import { type Command, defineCommand } from "../../src/commands/command.js";
import { commandMap } from "../../src/commands/index.js";
import { type Standin, startStandin } from "../standin/index.js";

const explode = defineCommand({
  definition: { name: "explode", description: "Always fails (test only)" } as const,
  run: () => {
    throw new Error("boom");
  },
});

describe("the router, in-process", () => {
  let standin: Standin;
  const lines: Record<string, unknown>[] = [];
  let client: ReturnType<typeof createClient>;

  beforeAll(async () => {
    standin = await startStandin();
    const env = standin.botEnv();
    const commands = new Map<string, Command>([...commandMap, ["explode", explode as unknown as Command]]);
    await new REST({ api: standin.apiUrl })
      .setToken(env.DISCORD_TOKEN ?? "")
      .put(Routes.applicationGuildCommands(env.DISCORD_APPLICATION_ID ?? "", env.DISCORD_GUILD_ID ?? ""), {
        body: [...commands.values()].map((c) => c.definition),
      });
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
        done();
      },
    });
    const logger = createLogger("info", { destination });
    client = createClient({ apiUrl: standin.apiUrl });
    const router = new Router({
      commands,
      ctx: loadApp(),
      limiter: new RateLimiter(100),
      logger,
      botUserId: () => client.user?.id,
      disableButtonsAfterMs: 3_000,
    });
    client.on(Events.InteractionCreate, router.onInteraction);
    client.on(Events.MessageCreate, router.onMessage);
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(env.DISCORD_TOKEN);
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await standin?.close();
  });

  it("the user gets a short ephemeral error with an id that is in the log, and the bot carries on", async () => {
    const result = await standin.sendCommand("explode", {}).response();
    expect(result.ephemeral).toBe(true);
    const content = String(result.message?.content ?? "");
    const id = /error id `([0-9a-f]{8})`/.exec(content)?.[1];
    expect(content).toContain("Sorry, something went wrong");
    expect(id).toBeDefined();
    const logged = lines.find((l) => l.errorId === id && l.msg === "command failed");
    expect(logged).toMatchObject({ command: "explode", level: 50 });
    expect(JSON.stringify(logged)).toContain("boom");

    const next = await standin.sendCommand("startup", { name: "Mistral" }).response();
    expect(next.message?.embeds?.[0]?.title).toBe("Mistral AI");
    standin.assertNoProblems();
  });

  it("a press on buttons older than their lifetime disables them and tells the presser", async () => {
    const ranking = await standin.sendCommand("funding", {}).response();
    const message = ranking.message;
    if (!message) throw new Error("no reply");
    const rows = message.components as { components: { label?: string; custom_id: string }[] }[];
    const next = rows[0]?.components.find((c) => c.label === "Next");
    if (!next) throw new Error("no Next button");
    // The press happens eleven minutes later, as far as the bot can tell.
    const later = Date.now() + COMPONENT_TTL_MS + 60_000;
    const clock = vi.spyOn(Date, "now").mockReturnValue(later);
    try {
      const press = await standin.pressButton(message, next.custom_id).response();
      expect(press.type).toBe(7);
      const disabled = (press.message?.components ?? []) as { components: { disabled?: boolean }[] }[];
      expect(disabled.flatMap((r) => r.components).every((c) => c.disabled === true)).toBe(true);
      await standin.waitFor(() =>
        standin.messages.some((m) => String(m.content ?? "").includes("These buttons have expired")),
      );
    } finally {
      clock.mockRestore();
    }
    standin.assertNoProblems();
  });

  it("a reply's buttons are disabled by the bot before they expire, a mention's as a command's", async () => {
    const allDisabled = (id: string) => {
      const rows = (standin.messages.find((m) => m.id === id)?.components ?? []) as {
        components: { disabled?: boolean }[];
      }[];
      const all = rows.flatMap((r) => r.components);
      return all.length > 0 && all.every((c) => c.disabled === true);
    };
    const card = await standin.sendCommand("startup", { name: "Photoroom" }).response();
    const mention = await standin.sendMention("tell me about Photoroom");
    const cardId = card.message?.id ?? "";
    expect(allDisabled(cardId)).toBe(false);
    expect(allDisabled(mention.id)).toBe(false);
    await standin.waitFor(() => allDisabled(cardId) && allDisabled(mention.id), { timeoutMs: 10_000 });
    standin.assertNoProblems();
  });
});
