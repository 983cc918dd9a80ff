/** Who acts, where and in which locale, for a simulated user action (ActorOptions → InteractionContext). */
import { Locale as DiscordLocale, type Locale } from "discord.js";
import type { InteractionContext } from "./interaction-payloads.js";
import type { ActorOptions } from "./options.js";
import { addMember, dmChannelId, type World } from "./world.js";

/** `defaults`: the tester and the default channel, used when `opts` names none. */
export function resolveActor(
  world: World,
  defaults: { userId: string; channelId: string },
  opts: ActorOptions,
): InteractionContext {
  let userId: string;
  if (opts.user === undefined) userId = defaults.userId;
  else if (typeof opts.user === "string") {
    if (!world.members.has(opts.user)) throw new Error(`standin: unknown user ${opts.user} (use addUser)`);
    userId = opts.user;
  } else userId = addMember(world, opts.user).user.id;
  const locale = checkLocale(opts.locale ?? "en-US");
  if (opts.dm || (opts.channelId !== undefined && world.dms.has(opts.channelId))) {
    const channelId = opts.channelId ?? dmChannelId(world, userId);
    if (world.dms.get(channelId) !== userId) {
      throw new Error(`standin: DM channel ${channelId} is not ${userId}'s DM with the bot`);
    }
    return { userId, channelId, dm: true, locale };
  }
  const channelId = opts.channelId ?? defaults.channelId;
  if (!world.channels.has(channelId)) throw new Error(`standin: unknown channel ${channelId}`);
  return {
    userId,
    channelId,
    locale,
    ...(opts.guildLocale ? { guildLocale: checkLocale(opts.guildLocale) } : {}),
  };
}

const LOCALES = new Set<string>(Object.values(DiscordLocale));

/** Discord's locale codes are few and exact ("fr", "en-US", "pt-BR"; not "fr-FR"). */
function checkLocale(locale: string): Locale {
  if (!LOCALES.has(locale)) {
    throw new Error(`standin: "${locale}" is not a Discord locale (one of: ${[...LOCALES].join(", ")})`);
  }
  return locale as Locale;
}
