/** Who the bot is and where to connect: GET /gateway(/bot), /users/…, /applications/@me. */
import { DiscordError } from "../errors.js";
import { Failure, json, type Router } from "../router.js";
import type { RestContext } from "./context.js";

export function identityRoutes(router: Router, s: RestContext): void {
  router.route("GET", "/gateway", () => json({ url: s.gatewayUrl() }), false);
  router.route("GET", "/gateway/bot", () =>
    json({
      url: s.gatewayUrl(),
      shards: s.opts.recommendedShards,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
    }),
  );

  router.route("GET", "/users/@me", () => json({ ...s.bot, verified: true, mfa_enabled: false, flags: 0 }));
  router.route("GET", "/users/:userId", (c) => {
    const m = s.world.members.get(c.params.userId as string);
    if (!m) throw new Failure(DiscordError.unknownUser(), null, "unknown user");
    return json(m.user);
  });
  const application = () =>
    json({
      id: s.applicationId,
      name: s.world.applicationName,
      icon: null,
      description: "",
      summary: "",
      type: null,
      bot: s.bot,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: "0".repeat(64),
      flags: 0,
      hook: true,
      is_monetized: false,
      owner: s.world.members.get(s.world.guild.ownerId)?.user,
      team: null,
      approximate_guild_count: 1,
      interactions_endpoint_url: null,
      integration_types_config: { "0": {} },
      install_params: { scopes: ["bot", "applications.commands"], permissions: "0" },
      tags: [],
      redirect_uris: [],
      rpc_origins: [],
    });
  router.route("GET", "/applications/@me", application);
  router.route("GET", "/oauth2/applications/@me", application);
}
