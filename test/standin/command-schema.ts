/**
 * Application command and option types as Discord numbers them, and the loose shape of a command /
 * option, shared by registration checks (commands.ts) and option building (command-options.ts).
 * https://discord.com/developers/docs/interactions/application-commands
 */
/** Command / option types (ApplicationCommandType, ApplicationCommandOptionType). */
export const CommandType = { ChatInput: 1, User: 2, Message: 3, PrimaryEntryPoint: 4 } as const;
export const OptionType = {
  Subcommand: 1,
  SubcommandGroup: 2,
  String: 3,
  Integer: 4,
  Boolean: 5,
  User: 6,
  Channel: 7,
  Role: 8,
  Mentionable: 9,
  Number: 10,
  Attachment: 11,
} as const;

/** Loose view of a command / option as sent in a registration body. */
export interface OptionSchema {
  type: number;
  name: string;
  description?: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; value: string | number }[];
  options?: OptionSchema[];
  min_value?: number;
  max_value?: number;
  min_length?: number;
  max_length?: number;
  [key: string]: unknown;
}

export const len = (s: string) => [...s].length;
