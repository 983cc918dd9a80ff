// Self-test of the Discord stand-in: a real discord.js v14 Client logs in to it in-process and does
// what the bot will do (register commands over REST, reply, defer + edit, autocomplete, answer a
// mention, update a button message), through a forced reconnect and injected REST faults; broken
// replies must come back as Discord's errors and be recorded as violations. The tests run in order
// against one stand-in and one client; the client's commands and handlers are in selftest-bot.ts.
import { once } from "node:events";
import { type Client, DiscordAPIError, Events, GatewayIntentBits, REST, Routes } from "discord.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Standin, startStandin } from "./index.js";
import { CHART, commands, globalCommands, selfTestClient, TOKEN } from "./selftest-bot.js";

describe("Discord stand-in with a real discord.js client", () => {
  let standin: Standin;
  let client: Client;
  const botErrors: unknown[] = [];
  const seenContents: string[] = [];
  const callbackMessageIds: string[] = [];

  beforeAll(async () => {
    standin = await startStandin({ token: TOKEN });
    const rest = new REST({ api: standin.apiUrl }).setToken(TOKEN);
    await rest.put(Routes.applicationGuildCommands(standin.applicationId, standin.guildId), {
      body: commands,
    });
    await rest.put(Routes.applicationCommands(standin.applicationId), { body: globalCommands });

    client = selfTestClient(standin, { botErrors, seenContents, callbackMessageIds });
    const ready = once(client, Events.ClientReady);
    await client.login(TOKEN);
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await standin?.close();
  });

  it("serves login: GET /gateway/bot, IDENTIFY with the client's intents, READY + GUILD_CREATE", async () => {
    const identify = await standin.identified;
    expect(identify.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages);
    expect(identify.shard).toEqual([0, 1]);
    expect(client.user?.id).toBe(standin.applicationId);
    expect(client.user?.bot).toBe(true);
    const guild = client.guilds.cache.get(standin.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.has(standin.channelId)).toBe(true);
    expect(guild?.members.me?.id).toBe(standin.applicationId);
    expect(standin.requests.some((r) => r.route === "/gateway/bot" && r.status === 200)).toBe(true);
    expect(standin.registeredCommands(standin.guildId).map((c) => c.name)).toEqual(
      commands.map((c) => c.name),
    );
  });

  it("delivers a slash command and records the embed reply (with_response too)", async () => {
    const result = await standin.sendCommand("ping", {}, { locale: "fr" }).response();
    expect(result.type).toBe(4);
    expect(result.message?.embeds[0]?.title).toBe("pong");
    expect(result.message?.embeds[0]?.description).toBe("locale fr, guild en-US");
    expect(result.message?.author.id).toBe(standin.applicationId);
    expect(result.ackMs).toBeLessThan(3000);
    await vi.waitFor(() => expect(callbackMessageIds).toContain(result.message?.id));
    expect(standin.wouldPing(result.message ?? ({ content: "" } as never)).any).toBe(false);
  });

  it("follows a deferred reply through its webhook edit, keeping the uploaded file", async () => {
    const result = await standin.sendCommand("slow").response();
    expect(result.type).toBe(5);
    expect(result.deferred).toBe(true);
    const message = result.message;
    expect(message?.content).toBe("done");
    expect(message?.attachments).toHaveLength(1);
    expect(message?.attachments[0]?.filename).toBe("chart.png");
    expect(message?.attachments[0]?.data.equals(CHART)).toBe(true);
    expect(message?.embeds[0]?.image?.url).toBe(message?.attachments[0]?.url);
    // Stored messages are updated in place; revisions keep the "thinking…" state it started in.
    expect(message?.meta.revisions.map((r) => [r.content, r.flags])).toEqual([
      ["", 128],
      ["done", 0],
    ]);
    expect(standin.violations).toEqual([]);
  });

  it("answers autocomplete with the bot's choices, and passes typed options", async () => {
    const choices = await standin.autocomplete("ask", { startup: "ai", year: 2024 });
    expect(choices.map((c) => c.name)).toEqual(["Mistral AI"]);
    const answer = await standin.sendCommand("ask", { startup: "Poolside", year: 2024 }).message();
    expect(answer.content).toBe("Poolside in 2024");
    expect(() => standin.sendCommand("ask", { year: 2024 })).toThrow(/required option "startup"/);
    expect(() => standin.sendCommand("ask", { startup: "x", year: 1990 })).toThrow(/min_value/);
    expect(() => standin.sendCommand("nope")).toThrow(/not registered/);
  });

  it("delivers an @-mention with its content (no MessageContent intent needed) and records the reply", async () => {
    const reply = await standin.sendMention("who raised more?");
    expect(reply.content).toBe("you asked: who raised more?");
    expect(reply.message_reference?.message_id).toBeDefined();
    expect(standin.typing.some((t) => t.channelId === standin.channelId)).toBe(true);
    const pings = standin.wouldPing(reply);
    expect(pings.mass).toBe(false);
    expect(pings.repliedUser).toBe(standin.tester.id); // message.reply() without allowedMentions pings the author

    await standin.postMessage("hello there, no mention").noReply(300);
    expect(seenContents.at(-1)).toBe(""); // without MessageContent the bot sees no content
  });

  it("delivers a global command in the bot's DMs (user, no member, no guild)", async () => {
    expect((await standin.sendCommand("hello").message()).content).toBe("hello, guild");
    const handle = standin.sendCommand("hello", {}, { dm: true });
    expect(handle.payload.guild_id).toBeUndefined();
    expect(handle.payload.user?.id).toBe(standin.tester.id);
    const reply = await handle.message();
    expect(reply.content).toBe("hello, DM true");
    expect(reply.channel_id).toBe(standin.dmChannelId());
    expect(reply.guild_id).toBeNull();
    expect(() => standin.sendCommand("ping", {}, { dm: true })).toThrow(/not registered for use in DMs/);
  });

  it("updates the message a button was on", async () => {
    const message = await standin.sendCommand("buttons").message();
    const result = await standin.pressButton(message, "more").response();
    expect(result.type).toBe(7);
    expect(result.message?.id).toBe(message.id);
    expect(result.message?.content).toBe("pressed more");
    expect(result.message?.components).toEqual([]);
    expect(() => standin.pressButton(message, "nope")).toThrow(/no component "nope"/);
  });

  it("resumes after a forced reconnect, replaying what was sent while disconnected", async () => {
    const reconnected = standin.forceReconnect("reconnect");
    await standin.waitFor(() => !standin.gatewayInfo.connected, {
      what: "the client to drop the connection",
    });
    const handle = standin.sendCommand("ping");
    expect(await reconnected).toEqual({ resumed: true, identified: false });
    expect((await handle.response()).message?.embeds[0]?.title).toBe("pong");

    expect(await standin.forceReconnect("close")).toEqual({ resumed: true, identified: false });
    expect((await standin.sendCommand("ping").response()).type).toBe(4);
    expect(standin.gatewayInfo.stats.identifies).toBe(1);
  });

  it("lets discord.js retry injected REST failures (500 and 429)", async () => {
    const fault = standin.failNext("POST /interactions/:id/:token/callback", 500, 1);
    expect((await standin.sendCommand("ping").response()).type).toBe(4);
    expect(fault.hits).toBe(1);
    expect(fault.remaining).toBe(0);

    const limited = standin.failNext("POST /channels/:id/messages", 429, 1, { retryAfter: 0.2 });
    const reply = await standin.sendMention("again?");
    expect(reply.content).toBe("you asked: again?");
    expect(limited.hits).toBe(1);
    expect(standin.requests.filter((r) => r.injected)).toHaveLength(2);
  });

  it("rejects an over-long embed with Discord's 50035 and records the violation", async () => {
    const before = standin.violations.length;
    const result = await standin.sendCommand("toolong").response();
    expect(result.message?.content).toBe("sorry, that answer was too long");
    const error = botErrors.pop();
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
    expect((error as DiscordAPIError).message).toContain("data.embeds[0].description");
    const violations = standin.violations.slice(before);
    expect(violations.map((v) => v.kind)).toEqual(["invalid-form-body"]);
    expect(violations[0]?.message).toContain("data.embeds[0].description: Must be 4096 or fewer");
    expect(violations[0]?.interactionId).toBe(result.interaction.id);
    standin.clearRecords();
  });

  it("records a late reply: no response in 3 s, then 10062 Unknown interaction", async () => {
    const handle = standin.sendCommand("late");
    await expect(handle.response()).rejects.toThrow(/no accepted initial response within 3000 ms/);
    await standin.waitFor(() => standin.violations.find((v) => v.kind === "unknown-interaction"), {
      what: "the late reply",
    });
    expect(handle.violations.map((v) => v.kind)).toEqual(["interaction-timeout", "unknown-interaction"]);
    await vi.waitFor(() => expect(botErrors).toHaveLength(1));
    expect((botErrors.pop() as DiscordAPIError).code).toBe(10062);
    standin.clearRecords();
  });

  it("answers a second initial response with 40060, a bad token with 401, an unknown route with 404", async () => {
    const message = await standin.sendCommand("ping").message();
    const rec = standin.interactionRecords.find((r) => r.originalId === message.id);
    const second = client.rest.post(Routes.interactionCallback(rec?.id ?? "", rec?.token ?? ""), {
      body: { type: 4, data: { content: "again" } },
      auth: false,
    });
    await expect(second).rejects.toMatchObject({ code: 40060, status: 400 });
    expect(standin.violations.map((v) => v.kind)).toEqual(["already-acknowledged"]);

    const res = await fetch(`${standin.apiUrl}/v10/users/@me`, { headers: { authorization: "Bot wrong" } });
    expect(res.status).toBe(401);
    await expect(client.rest.get("/no/such/route" as `/${string}`)).rejects.toMatchObject({ status: 404 });
    expect(standin.unknownRoutes.map((r) => r.path)).toEqual(["/no/such/route"]);
    expect(standin.problems()).toHaveLength(3);
    standin.clearRecords();
  });

  it("sees the client destroy cleanly", async () => {
    expect(botErrors).toEqual([]);
    const connectionsBefore = standin.gatewayInfo.stats.connections;
    await client.destroy();
    await standin.waitFor(() => !standin.gatewayInfo.connected, { what: "the socket to close" });
    // discord.js closes with 1000, which ends the session (no resume): nothing reconnects.
    expect(standin.gatewayInfo.closes.at(-1)).toMatchObject({ code: 1000, by: "client" });
    await new Promise((r) => setTimeout(r, 700));
    expect(standin.gatewayInfo.stats.connections).toBe(connectionsBefore);
    standin.assertNoProblems();
  });
});
