// Option shapes that several commands share, written once.
import { ApplicationCommandOptionType } from "discord.js";

/**
 * A company option: free text, resolved by fuzzy search, with autocomplete as the user types. Its
 * description is given in English and in French (Discord shows the user's locale's).
 */
export const companyOption = <N extends string, R extends boolean>(
  name: N,
  description: string,
  required: R,
  fr = "Nom de l'entreprise (tapez pour voir les suggestions)",
) =>
  ({
    type: ApplicationCommandOptionType.String,
    name,
    description,
    description_localizations: { fr },
    required,
    autocomplete: true,
    max_length: 100,
  }) as const;

/** `hide:true` makes the reply visible to the asker only. */
export const hideOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: "hide",
  description: "Only you see the reply",
  description_localizations: { fr: "Vous seul voyez la réponse" },
  required: false,
} as const;
