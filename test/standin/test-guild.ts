/**
 * The world a stand-in starts with: the bot (user id = application id), one guild with an owner, the
 * tester (in a mentionable "regulars" role), the bot's managed role, and the configured text channels.
 */
import type { APIUser, Locale } from "discord.js";
import { isoTimestamp, snowflake } from "./ids.js";
import type { StandinOptions } from "./options.js";
import {
  addMember,
  DEFAULT_BOT_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  makeRole,
  makeUser,
  type World,
} from "./world.js";

export function createTestGuild(
  options: StandinOptions,
  applicationId: string,
): { world: World; bot: APIUser; tester: APIUser; guildId: string; channelId: string } {
  const guildId = snowflake();
  const ownerId = snowflake();
  const bot = makeUser({
    id: applicationId,
    username: options.botUsername ?? "landscape-bot",
    bot: true,
  });
  bot.global_name = null;
  bot.discriminator = "0001";
  const botRoleId = snowflake();
  const regularsRoleId = snowflake();
  const world: World = {
    applicationId,
    applicationName: options.botUsername ?? "landscape-bot",
    bot,
    guild: {
      id: guildId,
      name: options.guildName ?? "Stand-in Guild",
      ownerId,
      preferredLocale: (options.guildLocale ?? "en-US") as Locale,
      joinedAt: isoTimestamp(),
    },
    roles: [
      makeRole({ id: guildId, name: "@everyone", permissions: DEFAULT_EVERYONE_PERMISSIONS, position: 0 }),
      makeRole({ id: regularsRoleId, name: "regulars", permissions: 0n, position: 1, mentionable: true }),
      makeRole({
        id: botRoleId,
        name: options.botUsername ?? "landscape-bot",
        permissions: options.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
        position: 2,
        botId: applicationId,
      }),
    ],
    channels: new Map(),
    members: new Map(),
    dms: new Map(),
  };
  (options.channels ?? ["general"]).forEach((name, position) => {
    const id = snowflake();
    world.channels.set(id, { id, name, topic: null, position, lastMessageId: null });
  });
  addMember(world, { id: ownerId, username: "owner" });
  world.members.set(bot.id, {
    user: bot,
    roles: [botRoleId],
    nick: null,
    joinedAt: new Date().toISOString(),
  });
  const tester = addMember(world, { username: "tester", roles: [regularsRoleId] }).user;
  return { world, bot, tester, guildId, channelId: [...world.channels.keys()][0] as string };
}
