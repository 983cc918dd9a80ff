// The discord.js bot that the stand-in's self-test (discordjs-client.test.ts) logs in: its token, the
// commands it registers, and a Client whose handlers do what the real bot will do (reply, defer + edit
// with a file, autocomplete, answer a mention, update a button message), recording errors and what it
// saw for the tests to check. Kept apart so the test file holds only the scenario, in a small file.
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  Partials,
  SlashCommandBuilder,
} from "discord.js";
import type { Standin } from "./index.js";

export const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GstAnd.in-token-for-tests_only";
const STARTUPS = ["Mistral AI", "Hugging Face", "H Company", "Poolside", "Photoroom"];
export const CHART = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

export const commands = [
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
export const globalCommands = [
  new SlashCommandBuilder().setName("hello").setDescription("Says where it was used").toJSON(),
];

/** What the client's handlers record, for the tests to check. */
export interface BotRecords {
  botErrors: unknown[];
  seenContents: string[];
  callbackMessageIds: string[];
}

/** A discord.js Client pointed at the stand-in, its handlers attached (the caller logs it in). */
export function selfTestClient(
  standin: Standin,
  { botErrors, seenContents, callbackMessageIds }: BotRecords,
): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    partials: [Partials.Channel],
    rest: { api: standin.apiUrl },
  });

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

  client.on(Events.InteractionCreate, (i) => void onInteraction(i));
  client.on(Events.MessageCreate, (m) => void onMessage(m));
  return client;
}
