/** The application commands the bot registered, globally and per guild, and which a user is offered. */
import type { APIApplicationCommand } from "discord.js";
import type { CommandOptions } from "./options.js";
import type { World } from "./world.js";

export class CommandRegistry {
  private readonly global = new Map<string, APIApplicationCommand>();
  private readonly guilds = new Map<string, Map<string, APIApplicationCommand>>();

  constructor(
    private readonly world: World,
    private readonly requireRegistered: boolean,
  ) {}

  /** The live map of one scope: global (no guild id) or a guild's. */
  scope(guildId: string | undefined): Map<string, APIApplicationCommand> {
    if (!guildId) return this.global;
    let map = this.guilds.get(guildId);
    if (!map) {
      map = new Map();
      this.guilds.set(guildId, map);
    }
    return map;
  }

  /** Copies of the commands of a scope (global when no guild id). */
  list(guildId?: string): APIApplicationCommand[] {
    const map = guildId ? this.guilds.get(guildId) : this.global;
    return map ? [...map.values()].map((c) => structuredClone(c)) : [];
  }

  /** Global commands plus the test guild's. */
  visible(): APIApplicationCommand[] {
    return [...this.global.values(), ...(this.guilds.get(this.world.guild.id)?.values() ?? [])];
  }

  /**
   * The chat-input command a user would pick by this name, where they are; throws if Discord would not
   * offer it (unless registration isn't required).
   */
  resolve(name: string, opts: CommandOptions): APIApplicationCommand | undefined {
    const dm = opts.dm === true || (opts.channelId !== undefined && this.world.dms.has(opts.channelId));
    // In the bot's DMs only global commands whose contexts allow BOT_DM (1) are offered; contexts null
    // means the default (guild + bot DM) unless dm_permission is false.
    const guild = dm ? [] : [...(this.guilds.get(this.world.guild.id)?.values() ?? [])];
    const global = [...this.global.values()].filter(
      (c) => !dm || (c.contexts ? c.contexts.includes(1) : c.dm_permission !== false),
    );
    const found = [...guild, ...global].find((c) => c.name === name && (c.type ?? 1) === 1);
    const strict = this.requireRegistered && !opts.unregistered;
    if (!found && strict) {
      const known = [...guild, ...global].map((c) => `/${c.name}`).join(", ") || "none";
      throw new Error(
        `standin: /${name} is not registered${dm ? " for use in DMs" : ""} (offered: ${known}); Discord would not offer it. ` +
          "Register it first (or pass { unregistered: true }).",
      );
    }
    return found;
  }
}
