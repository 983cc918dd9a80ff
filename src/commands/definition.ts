// Slash command definitions are written once, as the JSON Discord receives (`as const satisfies` the
// API type), and the handlers' argument types are derived from them, so the registered schema and
// the code can't drift (the habit of Naval-Base/yuudachi). The console reads typed text through the
// same definitions.
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

type OptionOf<D> = D extends { options: readonly (infer O)[] } ? O : never;

type ValueOf<O> = O extends { choices: readonly { value: infer V }[] }
  ? V
  : O extends { type: ApplicationCommandOptionType.String }
    ? string
    : O extends { type: ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number }
      ? number
      : O extends { type: ApplicationCommandOptionType.Boolean }
        ? boolean
        : never;

/** `{ name: string; year: number | undefined; ... }` for a definition's options. */
export type ArgumentsOf<D> = {
  [O in OptionOf<D> as O extends { name: infer N extends string } ? N : never]: O extends { required: true }
    ? ValueOf<O>
    : ValueOf<O> | undefined;
};

export type RawValue = string | number | boolean | undefined;

export type ReadResult<D> = { ok: true; args: ArgumentsOf<D> } | { ok: false; problem: string };

interface LooseOption {
  name: string;
  type: number;
  required?: boolean;
  choices?: readonly { name: string; value: string | number }[];
  min_value?: number;
  max_value?: number;
  max_length?: number;
}

/** Reads and checks option values against a definition: required ones present, types and choices right. */
export function readArguments<D extends CommandDefinition>(
  definition: D,
  get: (name: string) => RawValue,
): ReadResult<D> {
  const args: Record<string, RawValue> = {};
  for (const option of (definition.options ?? []) as readonly LooseOption[]) {
    let value = get(option.name);
    if (value === undefined || value === "") {
      if (option.required) return { ok: false, problem: `\`${option.name}\` is required.` };
      args[option.name] = undefined;
      continue;
    }
    if (
      option.type === ApplicationCommandOptionType.Integer ||
      option.type === ApplicationCommandOptionType.Number
    ) {
      const n = typeof value === "number" ? value : Number(String(value).trim());
      const integer = option.type === ApplicationCommandOptionType.Integer;
      if (!Number.isFinite(n) || (integer && !Number.isInteger(n)))
        return {
          ok: false,
          problem: `\`${option.name}\` must be ${integer ? "a whole number" : "a number"}.`,
        };
      if (option.min_value !== undefined && n < option.min_value)
        return { ok: false, problem: `\`${option.name}\` must be at least ${option.min_value}.` };
      if (option.max_value !== undefined && n > option.max_value)
        return { ok: false, problem: `\`${option.name}\` must be at most ${option.max_value}.` };
      value = n;
    } else if (option.type === ApplicationCommandOptionType.Boolean) {
      if (typeof value !== "boolean") {
        const text = String(value).toLowerCase();
        if (!["true", "false", "yes", "no"].includes(text))
          return { ok: false, problem: `\`${option.name}\` must be true or false.` };
        value = text === "true" || text === "yes";
      }
    } else {
      value = String(value);
      if (option.max_length !== undefined && value.length > option.max_length)
        return { ok: false, problem: `\`${option.name}\` can be at most ${option.max_length} characters.` };
    }
    if (option.choices) {
      const choice = option.choices.find(
        (c) => c.value === value || c.name.toLowerCase() === String(value).toLowerCase(),
      );
      if (!choice)
        return {
          ok: false,
          problem: `\`${option.name}\` must be one of: ${option.choices.map((c) => c.name).join(", ")}.`,
        };
      value = choice.value;
    }
    args[option.name] = value;
  }
  return { ok: true, args: args as ArgumentsOf<D> };
}
