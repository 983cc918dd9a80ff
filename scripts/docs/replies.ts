// Pictures of the bot's real replies for the README (docs/images/reply-*.png): each example goes
// through the bot's own entry points, as the router calls them (the command's definition and `run`,
// or `understandQuestion` and `answerUnderstood` for a mention; `audienceOf`; `present`), and
// ./message.ts draws the resulting message the way Discord's dark theme shows it.
import { writeFileSync } from "node:fs";
import { inLanguage } from "../../src/answers/context.js";
import { type AppContext, loadApp } from "../../src/app.js";
import { type Audience, audienceOf, commandAudience } from "../../src/bot/audience.js";
import { present } from "../../src/bot/present.js";
import type { CommandContext } from "../../src/commands/command.js";
import { readArguments } from "../../src/commands/definition.js";
import { commandMap } from "../../src/commands/index.js";
import { answerUnderstood, understandQuestion } from "../../src/questions/answer.js";
import type { Reply } from "../../src/questions/types.js";
import { missingGlyphs } from "../../src/render/chart/index.js";
import { isEmoji } from "./emoji.js";
import { extraFontHas } from "./fonts.js";
import { type MessageJson, type PaintedMessage, type Person, paintMessages } from "./message.js";

const BOT: Person = { name: "landscape-bot", colour: "#f2f3f5", avatar: "#2f6fdf", bot: true };
const USER: Person = { name: "camille", colour: "#f2f3f5", avatar: "#e8a33d" };
const USER_ID = "100000000000000001";
/** A fixed time, so the same data draws the same pictures. */
const NOW = Date.UTC(2026, 2, 10, 14, 32);

type Example =
  | { file: string; about: string; command: string; options: [string, string][]; locale?: string }
  | { file: string; about: string; mention: string; locale?: string };

export const EXAMPLES: Example[] = [
  {
    file: "reply-startup-mistral",
    about: "/startup name:Mistral: the company card, with Funding, Sources and the Compare with… menu",
    command: "startup",
    options: [["name", "Mistral"]],
  },
  {
    file: "reply-funding-mistral",
    about: "/funding company:Mistral: the funding history with its chart",
    command: "funding",
    options: [["company", "Mistral"]],
  },
  {
    file: "reply-funding-ranking",
    about: "/funding: the ranking of rounds with national totals, its chart, Previous/Next",
    command: "funding",
    options: [],
  },
  {
    file: "reply-compare",
    about: "/compare first:Mistral second:Hugging Face third:Poolside: side by side, with a chart",
    command: "compare",
    options: [
      ["first", "Mistral"],
      ["second", "Hugging Face"],
      ["third", "Poolside"],
    ],
  },
  {
    file: "reply-startup-photoroom-fr",
    about: "/startup name:Photoroom for a user whose Discord is in French",
    command: "startup",
    options: [["name", "Photoroom"]],
    locale: "fr",
  },
  {
    file: "reply-mention-compare",
    about: "a mention, “who raised more, Mistral or Hugging Face?”: a short answer, buttons to the rest",
    mention: "who raised more, Mistral or Hugging Face?",
  },
  {
    file: "reply-mention-arabic",
    about: "a mention in Arabic, “who founded Mistral?”, answered in Arabic",
    mention: "من أسس ميسترال؟",
  },
  {
    file: "reply-about",
    about: "/about: what the bot knows and how fresh it is",
    command: "about",
    options: [],
  },
  {
    file: "reply-startup-unknown",
    about: "/startup name:Mistral Labs: not in the data yet, with the close name offered",
    command: "startup",
    options: [["name", "Mistral Labs"]],
  },
];

/** What the router sends for a reply: the message, its components, its chart. */
async function botMessage(app: AppContext, reply: Reply, audience: Audience): Promise<MessageJson> {
  const sent = await present(reply, audience, app).message();
  // discord.js types allow builders here; the bot's own renderers only ever put plain JSON in.
  return sent as MessageJson;
}

async function messagesFor(app: AppContext, example: Example): Promise<PaintedMessage[]> {
  const locale = example.locale ?? "en-US";
  // As the router does it: the dataset's own words in the reader's language.
  const asker = audienceOf({ kind: "command", locale, userId: USER_ID }, NOW);
  const ctx: CommandContext = inLanguage({ ...app, locale }, asker.language);
  if ("mention" in example) {
    // As the router answers a mention: the question without the mention, in its own language.
    const understanding = understandQuestion(example.mention, ctx);
    const audience = audienceOf({ kind: "question", understanding, userId: USER_ID }, NOW);
    const reply = answerUnderstood(understanding, ctx);
    return [
      { author: USER, time: "Today at 14:31", message: { content: `<@${BOT.name}> ${example.mention}` } },
      {
        author: BOT,
        time: "Today at 14:31",
        above: { kind: "reply", user: USER, text: `@${BOT.name} ${example.mention}` },
        message: await botMessage(app, reply, audience),
      },
    ];
  }
  const command = commandMap.get(example.command);
  if (command === undefined) throw new Error(`No command /${example.command}`);
  const options = new Map(example.options);
  const read = readArguments(command.definition, (name) => options.get(name));
  if (!read.ok) throw new Error(`/${example.command}: ${read.problem}`);
  const reply = command.run(read.args, ctx);
  return [
    {
      author: BOT,
      time: "Today at 14:32",
      above: { kind: "command", user: USER, command: example.command, options: example.options },
      message: await botMessage(app, reply, commandAudience(locale, USER_ID, reply, NOW)),
    },
  ];
}

/** Every text of a message, for the glyph check. */
function textsOf(message: MessageJson): string[] {
  return [
    message.content ?? "",
    ...(message.embeds ?? []).flatMap((e) => [
      e.author?.name ?? "",
      e.title ?? "",
      e.description ?? "",
      e.footer?.text ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
    ...(message.components ?? []).flatMap((r) =>
      r.components.map((c) => `${c.label ?? ""} ${c.placeholder ?? ""}`),
    ),
  ];
}

/** The characters no font of the painter has (they would be boxes), emoji aside. */
function lacking(messages: readonly PaintedMessage[]): string[] {
  const text = messages.flatMap((m) => textsOf(m.message)).join("\n");
  return missingGlyphs(text).filter((c) => !isEmoji(c) && c !== "\ufe0f" && !extraFontHas(c));
}

/** Writes docs/images/reply-*.png into `out` (a folder path ending in "/"). */
export async function renderReplies(out: string): Promise<void> {
  const app = loadApp();
  for (const example of EXAMPLES) {
    const messages = await messagesFor(app, example);
    const png = await paintMessages(messages);
    const missing = lacking(messages);
    if (missing.length > 0)
      console.warn(
        `${example.file}: no font has ${missing.join(" ")}; drawn as boxes (see scripts/docs/fonts.ts)`,
      );
    writeFileSync(`${out}${example.file}.png`, png);
    console.log(`docs/images/${example.file}.png  ${(png.length / 1024).toFixed(0)} KiB  ${example.about}`);
  }
}
