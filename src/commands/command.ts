// What a slash command is: its definition (the JSON Discord registers), a pure `run` from typed
// arguments to a structured answer, and optional autocomplete. Commands never touch discord.js
// objects: the Discord router and the offline console both drive them, and only rendering differs.
import type { AppContext } from "../app.js";
import type { Reply, Subject } from "../questions/types.js";
import type { ArgumentsOf, CommandDefinition } from "./definition.js";

export interface CommandContext extends AppContext {
  /** The user's Discord locale (e.g. "fr", "en-US"), for replies in their language. */
  locale: string;
  /** PROJECT_URL: where this bot's code comes from, for /about. */
  projectUrl?: string | undefined;
  /** What the user's last question in this channel was about, for /ask's "who founded it?". */
  previous?: Subject | undefined;
}

export interface AutocompleteChoice {
  name: string;
  value: string;
}

export interface Command<D extends CommandDefinition = CommandDefinition> {
  definition: D;
  /** True when the answer may take longer than Discord's 3 s: the router defers first. */
  slow?: boolean;
  run(args: ArgumentsOf<D>, ctx: CommandContext): Reply;
  autocomplete?(option: string, typed: string, ctx: CommandContext): AutocompleteChoice[];
}

/** Keeps each command's argument types tied to its own definition. */
export const defineCommand = <const D extends CommandDefinition>(command: Command<D>): Command<D> => command;
