/** The test guild as REST sees it: GET /guilds/:id, its channels, roles and members. */
import { DiscordError } from "../errors.js";
import { guildCreatePayload, guildMember, textChannel } from "../payloads.js";
import { type Ctx, Failure, json, type Router } from "../router.js";
import type { RestContext } from "./context.js";

export function guildRoutes(router: Router, s: RestContext): void {
  const guild = (c: Ctx): void => {
    if (c.params.guildId !== s.guildId) {
      throw new Failure(DiscordError.unknownGuild(), null, "unknown guild");
    }
  };
  router.route("GET", "/guilds/:guildId", (c) => {
    guild(c);
    const {
      members: _m,
      channels: _c,
      voice_states: _v,
      presences: _p,
      threads: _t,
      ...rest
    } = guildCreatePayload(s.world) as unknown as Record<string, unknown>;
    return json(rest);
  });
  router.route("GET", "/guilds/:guildId/channels", (c) => {
    guild(c);
    return json([...s.world.channels.values()].map((ch) => textChannel(s.world, ch)));
  });
  router.route("GET", "/guilds/:guildId/roles", (c) => {
    guild(c);
    return json(s.world.roles);
  });
  router.route("GET", "/guilds/:guildId/members/:userId", (c) => {
    guild(c);
    if (!s.world.members.has(c.params.userId as string)) {
      throw new Failure(DiscordError.unknownMember(), null, "unknown member");
    }
    return json(guildMember(s.world, c.params.userId as string));
  });
}
