// The offline console: type exactly what you would type in Discord and see the reply, no token and
// no network. `npm run console` is interactive; `npm run --silent console -- "/startup name:Mistral"`
// answers one line and exits; `--json` prints the Discord message payload instead of text.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { loadApp } from "./app.js";
import type { CommandContext } from "./commands/command.js";
import { readArguments } from "./commands/definition.js";
import { commandMap } from "./commands/index.js";
import { parseLine, valueGetter } from "./console/parse.js";
import { DatasetError } from "./data/load.js";
import { answerQuestion } from "./questions/answer.js";
import { discordPayload, type Reply, renderReplyText } from "./render/reply.js";

const HELP = `Type what you would type in Discord, for example:
  /startup name:Mistral
  /funding                       /funding year:2024 stage:Series B
  /compare first:Mistral second:Hugging Face third:Poolside
  /about
  who raised more, Mistral or Hugging Face?
  qui a fondé Photoroom ?        من أسس ميسترال؟
Tab completes commands and company names. "exit" or Ctrl-D leaves.`;

type Outcome = { ok: true; reply: Reply } | { ok: false; message: string };

function answerLine(line: string, ctx: CommandContext): Outcome {
  const parsed = parseLine(line, commandMap);
  if (parsed.kind === "problem") return { ok: false, message: parsed.message };
  if (parsed.kind === "question") return { ok: true, reply: answerQuestion(parsed.text, ctx) };
  const read = readArguments(parsed.command.definition, valueGetter(parsed.values));
  if (!read.ok) return { ok: false, message: read.problem.replaceAll("`", "") };
  return { ok: true, reply: parsed.command.run(read.args, ctx) };
}

function show(outcome: Outcome, json: boolean, locale: string): void {
  if (!outcome.ok) {
    console.log(json ? JSON.stringify({ error: outcome.message }, null, 2) : outcome.message);
    return;
  }
  console.log(
    json ? JSON.stringify(discordPayload(outcome.reply, locale), null, 2) : renderReplyText(outcome.reply),
  );
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
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(`Usage: npm run console [-- [--json] [--locale fr] "<line>"]\n\n${HELP}`);
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
  const ctx: CommandContext = { ...app, locale: values.locale };

  if (positionals.length > 0) {
    show(answerLine(positionals.join(" "), ctx), values.json, values.locale);
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
  for await (const line of rl) {
    const text = line.trim();
    if (text === "exit" || text === "quit") break;
    if (text === "help" || text === "?") console.log(HELP);
    else if (text) show(answerLine(text, ctx), values.json, values.locale);
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
