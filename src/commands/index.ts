// The command list, in the order Discord shows it.
import { about } from "./about.js";
import { ask } from "./ask.js";
import type { Command } from "./command.js";
import { compare } from "./compare.js";
import { funding } from "./funding.js";
import { startup } from "./startup.js";

export const commands: readonly Command[] = [startup, funding, compare, ask, about] as unknown as Command[];

export const commandMap: ReadonlyMap<string, Command> = new Map(commands.map((c) => [c.definition.name, c]));

/** What `npm run register` sends to Discord. */
export const commandDefinitions = commands.map((c) => c.definition);
