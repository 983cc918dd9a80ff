/**
 * What Discord would ping for a message, from its text and `allowed_mentions`
 * (https://discord.com/developers/docs/resources/message#allowed-mentions-object):
 *
 *  - A mention only pings if its syntax is in the message text (content, or Text Display components):
 *    `@everyone`, `@here`, `<@id>` / `<@!id>`, `<@&id>`. Mentions inside embeds never ping.
 *  - `allowed_mentions` absent: for ordinary channel messages everything in the text is parsed
 *    (users, roles, @everyone/@here) and a reply pings the replied-to author; for interaction
 *    responses, follow-ups and their edits only user mentions are parsed (discord-api-docs #7629).
 *  - `allowed_mentions` present: `parse` lists the kinds parsed from the text; `users` / `roles` whitelist
 *    ids (still only if present in the text); `replied_user` defaults to false.
 *
 * Permissions are deliberately ignored (worst case): in production @everyone/@here also needs MENTION_EVERYONE
 * and a role ping needs a mentionable role or MENTION_EVERYONE — but a deployment can grant those, so a
 * test asserting "no mass ping" should not depend on them.
 */
/** `allowed_mentions` as sent (APIAllowedMentions, with plain strings for `parse`). */
export interface AllowedMentionsInput {
  parse?: readonly string[];
  users?: readonly string[];
  roles?: readonly string[];
  replied_user?: boolean;
}

export interface PingInput {
  content?: string | null;
  /** `null`/`undefined` = the field was absent from the request. */
  allowed_mentions?: AllowedMentionsInput | null;
  /** Interaction responses parse only users by default. */
  origin?: "channel" | "interaction";
  referenced_message?: { author: { id: string } } | null;
  components?: unknown[];
}

export interface Pings {
  /** `@everyone` would notify everyone. */
  everyone: boolean;
  /** `@here` would notify everyone online. */
  here: boolean;
  users: string[];
  roles: string[];
  /** Author of the replied-to message, if the reply pings them. */
  repliedUser: string | null;
  /** Whether anybody at all would be notified. */
  any: boolean;
  /** `everyone || here || roles.length > 0` — the pings a Q&A bot should never cause. */
  mass: boolean;
}

/** Text Discord scans for mentions: content plus Components V2 text displays. */
export function mentionText(input: Pick<PingInput, "content" | "components">): string {
  const parts: string[] = [input.content ?? ""];
  const walk = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const c of list) {
      if (typeof c !== "object" || c === null) continue;
      const comp = c as { type?: unknown; content?: unknown; components?: unknown };
      if (comp.type === 10 && typeof comp.content === "string") parts.push(comp.content);
      walk(comp.components);
    }
  };
  walk(input.components);
  return parts.join("\n");
}

export interface ParsedMentions {
  everyone: boolean;
  here: boolean;
  users: string[];
  roles: string[];
}

/** Mention syntax present in a text (a backslash-escaped `\@everyone` does not count). */
export function parseMentionSyntax(text: string): ParsedMentions {
  const uniq = (xs: string[]) => [...new Set(xs)];
  return {
    everyone: /(?<!\\)@everyone/.test(text),
    here: /(?<!\\)@here/.test(text),
    users: uniq([...text.matchAll(/(?<!\\)<@!?(\d{17,20})>/g)].map((m) => m[1] as string)),
    roles: uniq([...text.matchAll(/(?<!\\)<@&(\d{17,20})>/g)].map((m) => m[1] as string)),
  };
}

export function wouldPing(message: PingInput): Pings {
  const parsed = parseMentionSyntax(mentionText(message));
  const am = message.allowed_mentions ?? null;
  const interaction = message.origin === "interaction";
  let parse: readonly string[];
  let allowUsers: readonly string[] = [];
  let allowRoles: readonly string[] = [];
  let repliedUserAllowed: boolean;
  if (am === null) {
    parse = interaction ? ["users"] : ["users", "roles", "everyone"];
    repliedUserAllowed = !interaction;
  } else {
    parse = am.parse ?? [];
    allowUsers = am.users ?? [];
    allowRoles = am.roles ?? [];
    repliedUserAllowed = am.replied_user ?? false;
  }
  const everyoneAllowed = parse.includes("everyone");
  const users = parse.includes("users") ? parsed.users : parsed.users.filter((u) => allowUsers.includes(u));
  const roles = parse.includes("roles") ? parsed.roles : parsed.roles.filter((r) => allowRoles.includes(r));
  const repliedUser = repliedUserAllowed ? (message.referenced_message?.author.id ?? null) : null;
  const everyone = everyoneAllowed && parsed.everyone;
  const here = everyoneAllowed && parsed.here;
  return {
    everyone,
    here,
    users,
    roles,
    repliedUser,
    any: everyone || here || users.length > 0 || roles.length > 0 || repliedUser !== null,
    mass: everyone || here || roles.length > 0,
  };
}
