/** Application command registration: /applications/:appId(/guilds/:guildId)/commands(/:commandId). */
import type { APIApplicationCommand } from "discord.js";
import { storeCommand, validateCommand, validateCommandList } from "../commands.js";
import { DiscordError } from "../errors.js";
import {
  bodyObject,
  type Ctx,
  Failure,
  formFailure,
  json,
  noContent,
  type Reply,
  type Router,
} from "../router.js";
import type { RestContext } from "./context.js";

export function commandRoutes(router: Router, s: RestContext): void {
  /** The guild id of a guild-scoped route (undefined: global), after checking app and guild. */
  const scope = (c: Ctx): string | undefined => {
    if (c.params.appId !== s.applicationId) {
      throw new Failure(
        DiscordError.missingAccess(),
        "wrong-application",
        `${c.method} ${c.route} for application ${String(c.params.appId)}, but the bot's application is ${s.applicationId}`,
      );
    }
    if (c.params.guildId !== undefined && c.params.guildId !== s.guildId) {
      throw new Failure(
        DiscordError.missingAccess(),
        "wrong-application",
        `${c.method} ${c.route}: the bot is not in guild ${c.params.guildId}`,
      );
    }
    return c.params.guildId;
  };

  const byId = (c: Ctx): APIApplicationCommand => {
    const cmd = s.commands.scope(scope(c)).get(c.params.commandId as string);
    if (!cmd) throw new Failure(DiscordError.unknownCommand(), null, "unknown command");
    return cmd;
  };

  const put = (c: Ctx): Reply => {
    const guildId = scope(c);
    const body = c.body.json;
    const issues = validateCommandList(body);
    if (issues.length) throw formFailure(issues, [], `${c.method} ${c.route}`);
    const map = s.commands.scope(guildId);
    const previous = [...map.values()];
    map.clear();
    for (const raw of body as Record<string, unknown>[]) {
      const prev = previous.find((p) => p.name === raw.name && (p.type ?? 1) === (raw.type ?? 1));
      const stored = storeCommand(raw, s.applicationId, guildId, prev);
      map.set(stored.id, stored);
    }
    s.log(
      `commands registered (${guildId ? `guild ${guildId}` : "global"}): ${[...map.values()].map((x) => x.name).join(", ")}`,
    );
    s.changed();
    return { status: 200, body: [...map.values()] };
  };

  const post = (c: Ctx): Reply => {
    const guildId = scope(c);
    const body = bodyObject(c);
    const issues = validateCommand(body, []);
    if (issues.length) throw formFailure(issues, [], `${c.method} ${c.route}`);
    const map = s.commands.scope(guildId);
    const prev = [...map.values()].find((p) => p.name === body.name && (p.type ?? 1) === (body.type ?? 1));
    const stored = storeCommand(body, s.applicationId, guildId, prev);
    map.set(stored.id, stored);
    s.changed();
    return { status: prev ? 200 : 201, body: stored };
  };

  const patch = (c: Ctx): Reply => {
    const cmd = byId(c);
    const merged = { ...cmd, ...bodyObject(c) } as Record<string, unknown>;
    const issues = validateCommand(merged, []);
    if (issues.length) throw formFailure(issues, [], `${c.method} ${c.route}`);
    const stored = storeCommand(merged, s.applicationId, cmd.guild_id, cmd);
    s.commands.scope(cmd.guild_id).set(stored.id, stored);
    s.changed();
    return { status: 200, body: stored };
  };

  for (const kind of ["global", "guild"] as const) {
    const base =
      kind === "global" ? "/applications/:appId/commands" : "/applications/:appId/guilds/:guildId/commands";
    router.route("GET", base, (c) => json(s.commands.list(scope(c))));
    router.route("PUT", base, put);
    router.route("POST", base, post);
    router.route("GET", `${base}/:commandId`, (c) => json(byId(c)));
    router.route("PATCH", `${base}/:commandId`, patch);
    router.route("DELETE", `${base}/:commandId`, (c) => {
      const cmd = byId(c);
      s.commands.scope(scope(c)).delete(cmd.id);
      s.changed();
      return noContent;
    });
  }
}
