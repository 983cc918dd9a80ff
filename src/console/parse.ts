// Reads a line typed the way it would be typed in Discord: `/compare first:Mistral second:Hugging Face`
// runs a command through its own definition; anything else is a question for /ask.
import type { Command } from "../commands/command.js";
import type { RawValue } from "../commands/definition.js";

export type ParsedLine =
  | { kind: "command"; command: Command; values: Map<string, string> }
  | { kind: "question"; text: string }
  | { kind: "problem"; message: string };

interface OptionLike {
  name: string;
  type: number;
  required?: boolean;
}

const STRING_OPTION = 3;

export function parseLine(line: string, commands: ReadonlyMap<string, Command>): ParsedLine {
  const text = line.trim();
  if (!text.startsWith("/")) return { kind: "question", text };
  const match = /^\/(\S+)\s*(.*)$/s.exec(text);
  const name = match?.[1]?.toLowerCase() ?? "";
  const rest = match?.[2] ?? "";
  const command = commands.get(name);
  if (!command) {
    const known = [...commands.keys()].map((k) => `/${k}`).join(", ");
    return { kind: "problem", message: `There is no /${name} command. The commands are: ${known}.` };
  }
  const options = (command.definition.options ?? []) as readonly OptionLike[];
  const values = new Map<string, string>();
  // `name:value` pairs; a value runs until the next `word:` that names one of this command's options.
  const names = options.map((o) => o.name).join("|");
  const pair = names ? new RegExp(`(?:^|\\s)(${names}):`, "gi") : undefined;
  const marks = pair ? [...rest.matchAll(pair)] : [];
  const leading = (marks[0] ? rest.slice(0, marks[0].index) : rest).trim();
  marks.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = marks[i + 1]?.index ?? rest.length;
    values.set((m[1] ?? "").toLowerCase(), unquote(rest.slice(start, end).trim()));
  });
  if (leading) {
    // `/startup Mistral`: text without a name goes to the first string option, as a convenience.
    const first = options.find((o) => o.type === STRING_OPTION && !values.has(o.name));
    if (!first) {
      const usage = options.map((o) => `${o.name}:…`).join(" ");
      return { kind: "problem", message: `I couldn't read "${leading}". Usage: /${name} ${usage}`.trim() };
    }
    values.set(first.name, unquote(leading));
  }
  return { kind: "command", command, values };
}

function unquote(value: string): string {
  const m = /^(["'“«])(.*)(["'”»])$/s.exec(value);
  return m ? (m[2] ?? "").trim() : value;
}

export function valueGetter(values: Map<string, string>): (name: string) => RawValue {
  return (name) => values.get(name);
}
