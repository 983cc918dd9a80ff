/**
 * Turning a test's `{ option: value }` into the interaction `data.options` (and `resolved`) Discord
 * would send for a registered command, checked against its schema as the Discord client would.
 * https://discord.com/developers/docs/interactions/application-commands
 */
import type {
  APIApplicationCommand,
  APIAttachment,
  APIInteractionDataResolved,
  GuildMemberFlags,
} from "discord.js";
import { len, type OptionSchema, OptionType } from "./command-schema.js";
import { memberPermissions, type World } from "./world.js";

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
