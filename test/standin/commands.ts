/**
 * Application command registration (as Discord validates and stores it) and turning a test's
 * `{ option: value }` into the interaction `data.options` Discord would send for a registered command.
 * https://discord.com/developers/docs/interactions/application-commands
 */
import type {
  APIApplicationCommand,
  APIAttachment,
  APIInteractionDataResolved,
  GuildMemberFlags,
} from "discord.js";
import type { FormIssue } from "./errors.js";
import { snowflake } from "./ids.js";
import { memberPermissions, type World } from "./world.js";

/** Command / option types (ApplicationCommandType, ApplicationCommandOptionType). */
export const CommandType = { ChatInput: 1, User: 2, Message: 3, PrimaryEntryPoint: 4 } as const;
export const OptionType = {
  Subcommand: 1,
  SubcommandGroup: 2,
  String: 3,
  Integer: 4,
  Boolean: 5,
  User: 6,
  Channel: 7,
  Role: 8,
  Mentionable: 9,
  Number: 10,
  Attachment: 11,
} as const;

/** Loose view of a command / option as sent in a registration body. */
export interface OptionSchema {
  type: number;
  name: string;
  description?: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; value: string | number }[];
  options?: OptionSchema[];
  min_value?: number;
  max_value?: number;
  min_length?: number;
  max_length?: number;
  [key: string]: unknown;
}

const NAME_RE = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const len = (s: string) => [...s].length;

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

// ---------------------------------------------------------------------------------------------
// Building interaction options from a test's values

/** A file a test attaches to an ATTACHMENT option or a user message. */
export interface TestFile {
  name: string;
  data: Buffer | string;
  contentType?: string;
}

export type OptionValue = string | number | boolean | TestFile;

export interface BuildOptionsContext {
  world: World;
  /** Registers the bytes of an uploaded file and returns its attachment object. */
  uploadAttachment(channelId: string, file: TestFile, ephemeral: boolean): APIAttachment;
  channelId: string;
}

interface DataOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  options?: DataOption[];
  focused?: boolean;
}

export interface BuiltOptions {
  options: DataOption[];
  resolved?: APIInteractionDataResolved;
}

function inferType(v: OptionValue): number {
  if (typeof v === "boolean") return OptionType.Boolean;
  if (typeof v === "number") return Number.isInteger(v) ? OptionType.Integer : OptionType.Number;
  if (typeof v === "object") return OptionType.Attachment;
  return OptionType.String;
}

/**
 * Turn `{ name: value }` into interaction options for `command` (when given: validated against its
 * registered schema, as the Discord client would enforce), following a subcommand path if any.
 */
export function buildOptions(
  commandLabel: string,
  command: APIApplicationCommand | undefined,
  subPath: string[],
  values: Record<string, OptionValue>,
  ctx: BuildOptionsContext,
  focused?: string,
): BuiltOptions {
  const resolved: Required<Pick<APIInteractionDataResolved, "users" | "members" | "roles" | "channels">> & {
    attachments: Record<string, APIAttachment>;
  } = { users: {}, members: {}, roles: {}, channels: {}, attachments: {} };
  let used = false;

  let schema: OptionSchema[] | undefined = command ? ((command.options ?? []) as OptionSchema[]) : undefined;
  const wrappers: { name: string; type: number }[] = [];
  for (const part of subPath) {
    if (!schema) {
      wrappers.push({ name: part, type: wrappers.length === 0 && subPath.length === 2 ? 2 : 1 });
      continue;
    }
    const sub = schema.find(
      (o) => o.name === part && (o.type === OptionType.Subcommand || o.type === OptionType.SubcommandGroup),
    );
    if (!sub) {
      throw new Error(
        `standin: /${commandLabel}: no subcommand "${part}" (has: ${schema.map((o) => o.name).join(", ") || "none"})`,
      );
    }
    wrappers.push({ name: sub.name, type: sub.type });
    schema = sub.options ?? [];
  }
  if (schema?.some((o) => o.type === OptionType.Subcommand || o.type === OptionType.SubcommandGroup)) {
    throw new Error(
      `standin: /${commandLabel} needs a subcommand: ${schema.map((o) => `"${commandLabel} ${o.name}"`).join(", ")}`,
    );
  }

  const { world } = ctx;
  const leaf: DataOption[] = [];
  const entries = Object.entries(values);
  if (schema) {
    for (const [name] of entries) {
      if (!schema.some((o) => o.name === name)) {
        throw new Error(
          `standin: /${commandLabel} has no option "${name}" (has: ${schema.map((o) => o.name).join(", ") || "none"})`,
        );
      }
    }
    if (focused === undefined) {
      for (const opt of schema) {
        if (opt.required && !(opt.name in values)) {
          throw new Error(`standin: /${commandLabel}: required option "${opt.name}" is missing`);
        }
      }
    }
  }
  if (focused !== undefined && !(focused in values)) {
    throw new Error(`standin: /${commandLabel}: focused option "${focused}" has no value`);
  }
  // Discord sends options in the order the user filled them; use the schema's order.
  const ordered = schema
    ? schema.filter((o) => o.name in values).map((o) => o.name)
    : entries.map(([n]) => n);
  for (const name of ordered) {
    const value = values[name] as OptionValue;
    const opt = schema?.find((o) => o.name === name);
    const type = opt?.type ?? inferType(value);
    const isFocused = focused === name;
    const where = `/${commandLabel} option "${name}"`;
    if (isFocused) {
      if (opt && !opt.autocomplete) {
        throw new Error(`standin: ${where} is not registered with autocomplete: true`);
      }
      // The focused option carries the partial text the user typed, always a string.
      leaf.push({ name, type, value: String(value), focused: true });
      continue;
    }
    const fail = (why: string): never => {
      throw new Error(`standin: ${where}: ${why}`);
    };
    switch (type) {
      case OptionType.String: {
        if (typeof value !== "string") fail(`expected a string, got ${typeof value}`);
        const s = value as string;
        if (opt?.min_length !== undefined && len(s) < opt.min_length)
          fail(`shorter than min_length ${opt.min_length}`);
        if (opt?.max_length !== undefined && len(s) > opt.max_length)
          fail(`longer than max_length ${opt.max_length}`);
        if (len(s) > 6000) fail("longer than 6000 characters");
        break;
      }
      case OptionType.Integer:
      case OptionType.Number: {
        if (typeof value !== "number" || !Number.isFinite(value))
          fail(`expected a number, got ${typeof value}`);
        if (type === OptionType.Integer && !Number.isInteger(value)) fail("expected an integer");
        const n = value as number;
        if (opt?.min_value !== undefined && n < opt.min_value) fail(`below min_value ${opt.min_value}`);
        if (opt?.max_value !== undefined && n > opt.max_value) fail(`above max_value ${opt.max_value}`);
        break;
      }
      case OptionType.Boolean:
        if (typeof value !== "boolean") fail(`expected a boolean, got ${typeof value}`);
        break;
      case OptionType.User:
      case OptionType.Mentionable:
      case OptionType.Role:
      case OptionType.Channel: {
        if (typeof value !== "string") fail("expected an id string");
        const id = value as string;
        const member = world.members.get(id);
        const role = world.roles.find((r) => r.id === id);
        const channel = world.channels.get(id);
        if ((type === OptionType.User || type === OptionType.Mentionable) && member) {
          resolved.users[id] = member.user;
          resolved.members[id] = {
            avatar: null,
            banner: null,
            communication_disabled_until: null,
            flags: 0 as GuildMemberFlags,
            joined_at: member.joinedAt,
            nick: member.nick,
            pending: false,
            premium_since: null,
            roles: [...member.roles],
            permissions: memberPermissions(world, id).toString(),
          };
        } else if ((type === OptionType.Role || type === OptionType.Mentionable) && role) {
          resolved.roles[id] = role;
        } else if (type === OptionType.Channel && channel) {
          resolved.channels[id] = {
            id,
            name: channel.name,
            type: 0,
            permissions: memberPermissions(world, world.bot.id).toString(),
          } as APIInteractionDataResolved["channels"] extends Record<string, infer C> | undefined ? C : never;
        } else {
          fail(`unknown id ${id} for this option type`);
        }
        used = true;
        break;
      }
      case OptionType.Attachment: {
        if (typeof value !== "object") fail("expected a file { name, data, contentType }");
        const att = ctx.uploadAttachment(ctx.channelId, value as TestFile, true);
        resolved.attachments[att.id] = att;
        leaf.push({ name, type, value: att.id });
        used = true;
        continue;
      }
      default:
        fail(`unsupported option type ${type}`);
    }
    if (opt?.choices?.length && !opt.choices.some((c) => c.value === value)) {
      fail(
        `${JSON.stringify(value)} is not one of its choices (${opt.choices.map((c) => c.value).join(", ")})`,
      );
    }
    leaf.push({ name, type, value: value as string | number | boolean });
  }

  let options = leaf;
  for (const w of [...wrappers].reverse()) options = [{ name: w.name, type: w.type, options }];

  if (!used) return { options };
  const out: APIInteractionDataResolved = {};
  if (Object.keys(resolved.users).length) out.users = resolved.users;
  if (Object.keys(resolved.members).length) out.members = resolved.members;
  if (Object.keys(resolved.roles).length) out.roles = resolved.roles;
  if (Object.keys(resolved.channels).length) out.channels = resolved.channels;
  if (Object.keys(resolved.attachments).length) out.attachments = resolved.attachments;
  return { options, resolved: out };
}

/** The option schema that a focused autocomplete option refers to, if registered. */
export function findOption(
  command: APIApplicationCommand | undefined,
  subPath: string[],
  name: string,
): OptionSchema | undefined {
  let schema = (command?.options ?? []) as OptionSchema[];
  for (const part of subPath) schema = schema.find((o) => o.name === part)?.options ?? [];
  return schema.find((o) => o.name === name);
}
