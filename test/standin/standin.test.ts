// Self-test of the Discord stand-in: a real discord.js v14 Client logs in to it in-process and does
// what the bot will do (register commands over REST, reply, defer + edit, autocomplete, answer a
// mention, update a button message), through a forced reconnect and injected REST faults; broken
// replies must come back as Discord's errors and be recorded as violations.
import { once } from "node:events";
import { inflateSync, constants as zlibConstants } from "node:zlib";
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  Partials,
  REST,
  Routes,
  SlashCommandBuilder,
} from "discord.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import {
  formatPath,
  type Standin,
  startStandin,
  validateAutocompleteData,
  validateEmbeds,
  validateMessageBody,
  wouldPing,
} from "./index.js";

const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GstAnd.in-token-for-tests_only";
const STARTUPS = ["Mistral AI", "Hugging Face", "H Company", "Poolside", "Photoroom"];
const CHART = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

const commands = [
  new SlashCommandBuilder().setName("ping").setDescription("Replies with an embed"),
  new SlashCommandBuilder().setName("slow").setDescription("Defers, then edits the reply with a file"),
  new SlashCommandBuilder()
    .setName("ask")
    .setDescription("Ask about a startup")
    .addStringOption((o) =>
      o.setName("startup").setDescription("Which one").setRequired(true).setAutocomplete(true),
    )
    .addIntegerOption((o) => o.setName("year").setDescription("Year").setMinValue(2000)),
  new SlashCommandBuilder().setName("toolong").setDescription("Replies with an over-long embed"),
  new SlashCommandBuilder().setName("late").setDescription("Replies after the deadline"),
  new SlashCommandBuilder().setName("buttons").setDescription("Replies with a button"),
].map((c) => c.toJSON());
const globalCommands = [
  new SlashCommandBuilder().setName("hello").setDescription("Says where it was used").toJSON(),
];

describe("Discord stand-in with a real discord.js client", () => {
  let standin: Standin;
  let client: Client;
  const botErrors: unknown[] = [];
  const seenContents: string[] = [];
  const callbackMessageIds: string[] = [];

  async function onInteraction(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) {
        const typed = interaction.options.getFocused().toLowerCase();
        await interaction.respond(
          STARTUPS.filter((s) => s.toLowerCase().includes(typed)).map((s) => ({ name: s, value: s })),
        );
        return;
      }
      if (interaction.isButton()) {
        await interaction.update({ content: `pressed ${interaction.customId}`, components: [] });
        return;
      }
      if (!interaction.isChatInputCommand()) return;
      switch (interaction.commandName) {
        case "ping": {
          const res = await interaction.reply({
            embeds: [
              new EmbedBuilder()
                .setTitle("pong")
                .setDescription(`locale ${interaction.locale}, guild ${interaction.guildLocale}`),
            ],
            withResponse: true,
          });
          if (res.resource?.message) callbackMessageIds.push(res.resource.message.id);
          return;
        }
        case "slow":
          await interaction.deferReply();
          await new Promise((r) => setTimeout(r, 150));
          await interaction.editReply({
            content: "done",
            embeds: [{ title: "chart", image: { url: "attachment://chart.png" } }],
            files: [{ attachment: CHART, name: "chart.png" }],
          });
          return;
        case "ask":
          await interaction.reply(
            `${interaction.options.getString("startup", true)} in ${interaction.options.getInteger("year") ?? "any year"}`,
          );
          return;
        case "toolong":
          try {
            await interaction.reply({ embeds: [{ title: "long", description: "x".repeat(5000) }] });
          } catch (error) {
            botErrors.push(error);
            await interaction.reply("sorry, that answer was too long");
          }
          return;
        case "late":
          await new Promise((r) => setTimeout(r, 3300));
          await interaction.reply("finally");
          return;
        case "hello":
          await interaction.reply(
            interaction.inGuild() ? "hello, guild" : `hello, DM ${interaction.channel?.isDMBased()}`,
          );
          return;
        case "buttons":
          await interaction.reply({
            content: "pick one",
            components: [
              new ActionRowBuilder<ButtonBuilder>().addComponents(
                new ButtonBuilder().setCustomId("more").setLabel("More").setStyle(ButtonStyle.Primary),
              ),
            ],
          });
          return;
      }
    } catch (error) {
      botErrors.push(error);
    }
  }

  async function onMessage(message: Message): Promise<void> {
    if (message.author.bot) return;
    seenContents.push(message.content);
    if (!client.user || !message.mentions.has(client.user)) return;
    try {
      if ("sendTyping" in message.channel) await message.channel.sendTyping();
      const question = message.content.replace(/<@!?\d+>/g, "").trim();
      await message.reply(`you asked: ${question}`);
    } catch (error) {
      botErrors.push(error);
    }
  }

  beforeAll(async () => {
    standin = await startStandin({ token: TOKEN });
    const rest = new REST({ api: standin.apiUrl }).setToken(TOKEN);
    await rest.put(Routes.applicationGuildCommands(standin.applicationId, standin.guildId), {
      body: commands,
    });
    await rest.put(Routes.applicationCommands(standin.applicationId), { body: globalCommands });

    client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
      partials: [Partials.Channel],
      rest: { api: standin.apiUrl },
    });
    client.on(Events.InteractionCreate, (i) => void onInteraction(i));
    client.on(Events.MessageCreate, (m) => void onMessage(m));
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

describe("stand-in validators and helpers", () => {
  it("computes pings the way Discord would", () => {
    const everyone = "@everyone look <@&123456789012345678> <@123456789012345679>";
    expect(wouldPing({ content: everyone })).toMatchObject({
      everyone: true,
      mass: true,
      users: ["123456789012345679"],
    });
    expect(wouldPing({ content: everyone, allowed_mentions: { parse: [] } }).any).toBe(false);
    expect(wouldPing({ content: everyone, origin: "interaction" })).toMatchObject({
      everyone: false,
      roles: [],
    });
    expect(wouldPing({ content: "@here", allowed_mentions: { parse: ["everyone"] } }).here).toBe(true);
    expect(wouldPing({ content: "\\@everyone" }).everyone).toBe(false);
    expect(
      wouldPing({
        content: "hi",
        referenced_message: { author: { id: "1" } },
        allowed_mentions: { parse: [] },
      }).repliedUser,
    ).toBeNull();
  });

  it("checks embed, content, component and autocomplete limits", () => {
    const issues = validateMessageBody({
      content: "y".repeat(2001),
      embeds: [{ fields: Array.from({ length: 26 }, () => ({ name: "n", value: "v" })) }],
      components: [
        {
          type: 1,
          components: Array.from({ length: 6 }, (_, i) => ({
            type: 2,
            style: 1,
            label: "b",
            custom_id: `c${i}`,
          })),
        },
      ],
      allowed_mentions: { parse: ["users"], users: ["1"] },
    });
    expect(issues.map((i) => formatPath(i.path))).toEqual([
      "content",
      "embeds[0].fields",
      "components[0].components",
      "allowed_mentions.users",
    ]);
    const total: unknown[] = [];
    validateEmbeds([{ description: "a".repeat(4000) }, { description: "b".repeat(2001) }], total as never);
    expect(JSON.stringify(total)).toContain("MAX_EMBED_SIZE_EXCEEDED");
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: i === 0 ? "" : "n", value: "v" }));
    expect(validateAutocompleteData({ choices }, 3).map((i) => formatPath(i.path))).toEqual([
      "choices",
      "choices[0].name",
    ]);
  });

  it("speaks zlib-stream transport compression when asked", async () => {
    const standin = await startStandin({ token: TOKEN });
    try {
      const ws = new WebSocket(`${standin.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
      const [data] = (await once(ws, "message")) as [Buffer];
      const hello = JSON.parse(inflateSync(data, { finishFlush: zlibConstants.Z_SYNC_FLUSH }).toString());
      expect(hello).toMatchObject({ op: 10, d: { heartbeat_interval: 41250 } });
      ws.close();
    } finally {
      await standin.close();
    }
  });
});
