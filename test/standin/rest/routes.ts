/** Every REST route the stand-in serves, in matching order (the first matching pattern serves). */
import type { Router } from "../router.js";
import { callbackRoutes } from "./callback.js";
import { channelRoutes } from "./channels.js";
import { commandRoutes } from "./commands.js";
import type { RestContext } from "./context.js";
import { guildRoutes } from "./guild.js";
import { identityRoutes } from "./identity.js";
import { webhookRoutes } from "./webhooks.js";

export function defineRoutes(router: Router, s: RestContext): void {
  identityRoutes(router, s);
  commandRoutes(router, s);
  callbackRoutes(router, s);
  webhookRoutes(router, s);
  channelRoutes(router, s);
  guildRoutes(router, s);
}
