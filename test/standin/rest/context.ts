/** The stand-in state the REST handlers read and change. */
import type { APIUser } from "discord.js";
import type { CommandRegistry } from "../command-registry.js";
import type { Interactions } from "../interactions.js";
import type { MessageStore } from "../messages.js";
import type { ResolvedOptions } from "../options.js";
import type { TypingRecord } from "../records.js";
import type { World } from "../world.js";

export interface RestContext {
  world: World;
  bot: APIUser;
  applicationId: string;
  guildId: string;
  opts: ResolvedOptions;
  messages: MessageStore;
  interactions: Interactions;
  commands: CommandRegistry;
  typing: TypingRecord[];
  /** The gateway URL handed out by GET /gateway/bot (known once listening). */
  gatewayUrl: () => string;
  /** Wake every waiting test condition. */
  changed: () => void;
  log: (line: string) => void;
}
