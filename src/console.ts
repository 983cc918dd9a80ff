// The offline console: type exactly what you would type in Discord and see the reply, no token and
// no network. `npm run console` is interactive; `npm run --silent console -- "/startup name:Mistral"`
// answers one line and exits; `--json` prints the Discord message payload instead of text.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import type { AttachmentPayload } from "discord.js";
import { inLanguage } from "./answers/context.js";
import { loadApp } from "./app.js";
import { type Audience, audienceOf, commandAudience } from "./bot/audience.js";
import { present } from "./bot/present.js";
import type { CommandContext } from "./commands/command.js";
import { readArguments } from "./commands/definition.js";
import { commandMap } from "./commands/index.js";
import { parseLine, valueGetter } from "./console/parse.js";
import { DatasetError } from "./data/load.js";
import { answerQuestion } from "./questions/answer.js";
import { followingSubject, subjectOf } from "./questions/subject.js";
import type { Reply, Subject } from "./questions/types.js";
import { renderReplyText } from "./render/reply.js";

const HELP = `Type what you would type in Discord, for example:
  /startup name:Mistral
  /funding                       /funding year:2024 stage:Series B
  /compare first:Mistral second:Hugging Face third:Poolside
  /about
  who raised more, Mistral or Hugging Face?
  qui a fondé Photoroom ?        من أسس ميسترال؟
Tab completes commands and company names. "exit" or Ctrl-D leaves.`;

type Outcome = { ok: true; reply: Reply } | { ok: false; message: string };

/** The console's user, as a custom_id names the asker. */
const CONSOLE_USER = "0";

function answerLine(line: string, ctx: CommandContext): Outcome {
  const parsed = parseLine(line, commandMap);
  if (parsed.kind === "problem") return { ok: false, message: parsed.message };
  if (parsed.kind === "question") return { ok: true, reply: answerQuestion(parsed.text, ctx, ctx.previous) };
  const read = readArguments(parsed.command.definition, valueGetter(parsed.values));
  if (!read.ok) return { ok: false, message: read.problem.replaceAll("`", "") };
  return { ok: true, reply: parsed.command.run(read.args, ctx) };
}

/** The reply's audience, decided as the bot decides it: a question's language, else the locale's. */
const audienceFor = (reply: Reply, ctx: CommandContext): Audience =>
  commandAudience(ctx.locale, CONSOLE_USER, reply);

/**
 * The JSON body Discord would receive, built by the bot's own presentation: files become
 * `attachments` entries, as in `payload_json`, and mentions are off as discord.js sends them.
 */
async function jsonPayload(
  reply: Reply,
  ctx: CommandContext,
  chartsDir: string | undefined,
): Promise<object> {
  const { files, allowedMentions: _, ...body } = await present(reply, audienceFor(reply, ctx), ctx).message();
  const attachments = ((files ?? []) as AttachmentPayload[]).map((file, id) => {
    const bytes = file.attachment as Buffer;
    if (chartsDir) writeFileSync(join(chartsDir, file.name ?? `chart-${id}.png`), bytes);
    return { id, filename: file.name, description: file.description, size: bytes.length };
  });
  return {
    ...body,
    allowed_mentions: { parse: [], replied_user: false },
    ...(attachments.length > 0 ? { attachments } : {}),
  };
}

async function show(
  outcome: Outcome,
  options: { json: boolean; chartsDir: string | undefined },
  ctx: CommandContext,
): Promise<void> {
  if (!outcome.ok) {
    console.log(options.json ? JSON.stringify({ error: outcome.message }, null, 2) : outcome.message);
    return;
  }
  if (options.json)
    console.log(JSON.stringify(await jsonPayload(outcome.reply, ctx, options.chartsDir), null, 2));
  else {
    console.log(renderReplyText(outcome.reply, audienceFor(outcome.reply, ctx).m));
    if (options.chartsDir) await jsonPayload(outcome.reply, ctx, options.chartsDir);
  }
}

function completer(ctx: CommandContext) {
  return (line: string): [string[], string] => {
    if (/^\/\S*$/.test(line)) {
      const names = [...commandMap.keys()].map((n) => `/${n} `).filter((n) => n.startsWith(line));
      return [names, line];
    }
    // Complete the value after the last `option:` with company names.
    const m = /(\w+:)([^:]*)$/.exec(line);
    if (!m) return [[], line];
    const typed = m[2] ?? "";
    const hits = ctx.search.autocomplete(typed, { kinds: ["company"], limit: 10 });
    return [hits.map((h) => h.name), typed];
  };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      locale: { type: "string", default: "en-US" },
      charts: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(
      `Usage: npm run console [-- [--json] [--locale fr] [--charts DIR] "<line>"]\n` +
        `  --json         print the Discord message payload instead of text\n` +
        `  --locale fr    answer as for a Discord user with that locale\n` +
        `  --charts DIR   save the reply's chart PNG (if it has one) into DIR\n\n${HELP}`,
    );
    return 0;
  }
  let app: ReturnType<typeof loadApp>;
  try {
    app = loadApp(process.env.DATA_PATH || undefined);
  } catch (error) {
    if (error instanceof DatasetError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const asker = audienceOf({ kind: "command", locale: values.locale, userId: CONSOLE_USER });
  const ctx: CommandContext = inLanguage({ ...app, locale: values.locale }, asker.language);
  const output = { json: values.json, chartsDir: values.charts };
  if (output.chartsDir) mkdirSync(output.chartsDir, { recursive: true });

  if (positionals.length > 0) {
    await show(answerLine(positionals.join(" "), ctx), output, ctx);
    return 0;
  }

  console.log(`landscape-bot console: ${app.data.companies.length} companies, data as of ${app.data.asOf}.`);
  console.log(HELP);
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    completer: completer(ctx),
    prompt: "> ",
  });
  rl.prompt();
  // As in a channel: "who founded it?" is about what the last line asked about.
  let previous: Subject | undefined;
  for await (const line of rl) {
    const text = line.trim();
    if (text === "exit" || text === "quit") break;
    if (text === "help" || text === "?") console.log(HELP);
    else if (text) {
      const outcome = answerLine(text, { ...ctx, previous });
      const subject = outcome.ok ? subjectOf(outcome.reply) : undefined;
      if (subject !== undefined) previous = followingSubject(subject, previous);
      await show(outcome, output, ctx);
    }
    rl.prompt();
  }
  rl.close();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`The console failed: ${(error as Error)?.message ?? String(error)}`);
    process.exitCode = 1;
  },
);
