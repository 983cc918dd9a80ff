// The discord.js client with only what the bot needs: Guilds (slash commands, autocomplete) and
// GuildMessages (@-mentions: Discord sends a message's content to a bot it mentions, so the
// privileged MessageContent intent isn't needed). Caches are kept small: answers come from the
// dataset, not from Discord's state.
import { Client, GatewayIntentBits, Options, Partials } from "discord.js";
import type { Config } from "./config.js";
import { SAFE_MENTIONS } from "./respond.js";

export function createClient(config: Pick<Config, "apiUrl">): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    partials: [Partials.Channel],
    allowedMentions: SAFE_MENTIONS,
    // DISCORD_API_URL: a REST proxy (or the end-to-end stand-in). discord.js adds /v10 itself and
    // asks this API for the gateway's address, so one URL moves both.
    rest: config.apiUrl ? { api: config.apiUrl } : {},
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
    }),
  });
}
