/**
 * Application command registration, as Discord validates and stores it (names, descriptions, options,
 * choices, the 4000-character size limit, duplicates).
 * https://discord.com/developers/docs/interactions/application-commands
 */
import type { APIApplicationCommand } from "discord.js";
import { CommandType, len, type OptionSchema, OptionType } from "./command-schema.js";
import type { FormIssue } from "./errors.js";
import { snowflake } from "./ids.js";

const NAME_RE = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function checkName(name: unknown, chatInput: boolean, path: (string | number)[], issues: FormIssue[]): void {
  if (typeof name !== "string" || !NAME_RE.test(name) || (chatInput && name !== name.toLowerCase())) {
    issues.push({
      path: [...path, "name"],
      code: "APPLICATION_COMMAND_INVALID_NAME",
      message: `Command name is invalid: ${JSON.stringify(name)} (1-32 lowercase letters, digits, - _ ')`,
    });
  }
}

function checkDescription(desc: unknown, path: (string | number)[], issues: FormIssue[]): void {
  if (typeof desc !== "string" || len(desc) < 1 || len(desc) > 100) {
    issues.push({
      path: [...path, "description"],
      code: "BASE_TYPE_BAD_LENGTH",
      message: "Must be between 1 and 100 in length.",
    });
  }
}

/** Characters counted towards the 4000-character command size limit. */
function commandSize(cmd: OptionSchema): number {
  let total = len(cmd.name) + len(cmd.description ?? "");
  for (const c of cmd.choices ?? []) total += len(c.name) + len(String(c.value));
  for (const o of cmd.options ?? []) total += commandSize(o);
  return total;
}

function validateOptions(
  options: unknown,
  depth: number,
  path: (string | number)[],
  issues: FormIssue[],
): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) {
    issues.push({ path, code: "BASE_TYPE_ARRAY", message: "Must be an array." });
    return;
  }
  if (options.length > 25) {
    issues.push({ path, code: "BASE_TYPE_MAX_LENGTH", message: "Must be 25 or fewer in length." });
  }
  const names = new Set<string>();
  let sawOptional = false;
  options.forEach((raw, i) => {
    const p = [...path, i];
    if (!isRecord(raw)) {
      issues.push({
        path: p,
        code: "DICT_TYPE_CONVERT",
        message: "Only dictionaries may be used in a DictType",
      });
      return;
    }
    const opt = raw as OptionSchema;
    if (typeof opt.type !== "number" || opt.type < 1 || opt.type > 11) {
      issues.push({
        path: [...p, "type"],
        code: "BASE_TYPE_CHOICES",
        message: `Value must be one of 1..11.`,
      });
      return;
    }
    checkName(opt.name, true, p, issues);
    checkDescription(opt.description, p, issues);
    if (names.has(opt.name)) {
      issues.push({
        path: [...p, "name"],
        code: "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS",
        message: "Option names must be unique",
      });
    }
    names.add(opt.name);
    const isSub = opt.type === OptionType.Subcommand || opt.type === OptionType.SubcommandGroup;
    if (isSub) {
      if (opt.type === OptionType.SubcommandGroup && depth > 0) {
        issues.push({
          path: p,
          code: "APPLICATION_COMMAND_OPTION_TYPE_INVALID",
          message: "Groups cannot be nested",
        });
      }
      if (opt.type === OptionType.Subcommand && depth > 1) {
        issues.push({
          path: p,
          code: "APPLICATION_COMMAND_OPTION_TYPE_INVALID",
          message: "Too deeply nested",
        });
      }
      validateOptions(opt.options, depth + 1, [...p, "options"], issues);
      return;
    }
    if (opt.required) {
      if (sawOptional) {
        issues.push({
          path: [...p, "required"],
          code: "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
          message: "Required options must be placed before non-required options",
        });
      }
    } else {
      sawOptional = true;
    }
    if (opt.choices !== undefined) {
      if (!Array.isArray(opt.choices) || opt.choices.length > 25) {
        issues.push({
          path: [...p, "choices"],
          code: "BASE_TYPE_MAX_LENGTH",
          message: "Must be 25 or fewer in length.",
        });
      } else {
        opt.choices.forEach((c, ci) => {
          if (typeof c.name !== "string" || len(c.name) < 1 || len(c.name) > 100) {
            issues.push({
              path: [...p, "choices", ci, "name"],
              code: "BASE_TYPE_BAD_LENGTH",
              message: "Must be between 1 and 100 in length.",
            });
          }
          if (typeof c.value === "string" && len(c.value) > 100) {
            issues.push({
              path: [...p, "choices", ci, "value"],
              code: "BASE_TYPE_BAD_LENGTH",
              message: "Must be between 1 and 100 in length.",
            });
          }
        });
      }
      if (opt.autocomplete && opt.choices.length > 0) {
        issues.push({
          path: [...p, "autocomplete"],
          code: "APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_WITH_CHOICES",
          message: "Autocomplete cannot be enabled on an option that has choices",
        });
      }
    }
    if (
      opt.autocomplete &&
      opt.type !== OptionType.String &&
      opt.type !== OptionType.Integer &&
      opt.type !== OptionType.Number
    ) {
      issues.push({
        path: [...p, "autocomplete"],
        code: "APPLICATION_COMMAND_OPTION_TYPE_INVALID",
        message: "Autocomplete is only valid for STRING, INTEGER and NUMBER options",
      });
    }
    for (const key of ["min_length", "max_length"] as const) {
      const v = opt[key];
      if (v !== undefined && (typeof v !== "number" || v < 0 || v > 6000)) {
        issues.push({ path: [...p, key], code: "NUMBER_TYPE_MAX", message: "Must be between 0 and 6000." });
      }
    }
  });
}

/** Validate one command from a registration body (`path` is its position, e.g. `[3]`). */
export function validateCommand(raw: unknown, path: (string | number)[]): FormIssue[] {
  const issues: FormIssue[] = [];
  if (!isRecord(raw)) {
    return [{ path, code: "DICT_TYPE_CONVERT", message: "Only dictionaries may be used in a DictType" }];
  }
  const cmd = raw as OptionSchema;
  const type = cmd.type ?? CommandType.ChatInput;
  checkName(cmd.name, type === CommandType.ChatInput, path, issues);
  if (type === CommandType.ChatInput) {
    checkDescription(cmd.description, path, issues);
    validateOptions(cmd.options, 0, [...path, "options"], issues);
    if (issues.length === 0 && commandSize({ ...cmd, type }) > 4000) {
      issues.push({
        path,
        code: "APPLICATION_COMMAND_TOO_LARGE",
        message: "Command exceeds maximum size (4000)",
      });
    }
  } else if (cmd.description) {
    issues.push({
      path: [...path, "description"],
      code: "APPLICATION_COMMAND_INVALID_DESCRIPTION",
      message: "User and message commands cannot have a description",
    });
  }
  return issues;
}

/** Validate a bulk-overwrite body (PUT). */
export function validateCommandList(body: unknown): FormIssue[] {
  if (!Array.isArray(body)) return [{ path: [], code: "BASE_TYPE_ARRAY", message: "Must be an array." }];
  const issues = body.flatMap((cmd, i) => validateCommand(cmd, [i]));
  const seen = new Set<string>();
  body.forEach((cmd, i) => {
    if (!isRecord(cmd)) return;
    const key = `${cmd.type ?? 1}:${String(cmd.name)}`;
    if (seen.has(key)) {
      issues.push({
        path: [i, "name"],
        code: "APPLICATION_COMMANDS_DUPLICATE_NAME",
        message: `Application command names must be unique (${String(cmd.name)})`,
      });
    }
    seen.add(key);
  });
  const chatInput = body.filter((c) => isRecord(c) && (c.type ?? 1) === 1).length;
  if (chatInput > 100) {
    issues.push({ path: [], code: "BASE_TYPE_MAX_LENGTH", message: "Must be 100 or fewer in length." });
  }
  return issues;
}

/** Store a command the way Discord echoes it back (ids, version, defaults). */
export function storeCommand(
  raw: Record<string, unknown>,
  applicationId: string,
  guildId: string | undefined,
  previous: APIApplicationCommand | undefined,
): APIApplicationCommand {
  const type = typeof raw.type === "number" ? raw.type : CommandType.ChatInput;
  const stored: Record<string, unknown> = {
    id: previous?.id ?? snowflake(),
    application_id: applicationId,
    version: snowflake(),
    default_member_permissions: raw.default_member_permissions ?? null,
    type,
    name: raw.name,
    name_localizations: raw.name_localizations ?? null,
    description: type === CommandType.ChatInput ? raw.description : "",
    description_localizations: raw.description_localizations ?? null,
    ...(guildId ? { guild_id: guildId } : {}),
    dm_permission: raw.dm_permission ?? true,
    contexts: raw.contexts ?? null,
    integration_types: raw.integration_types ?? [0],
    nsfw: raw.nsfw ?? false,
  };
  if (Array.isArray(raw.options) && raw.options.length > 0) stored.options = raw.options;
  return stored as unknown as APIApplicationCommand;
}
