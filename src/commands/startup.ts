import { ApplicationCommandOptionType } from "discord.js";
import { companyProfile } from "../answers/profile.js";
import { companyChoices } from "./autocomplete.js";
import { defineCommand } from "./command.js";
import { hideOption } from "./options.js";

export const startup = defineCommand({
  definition: {
    name: "startup",
    description: "A French AI startup's profile: what it does, founders, funding, figures, with sources",
    description_localizations: {
      fr: "Le profil d'une startup française de l'IA : activité, fondateurs, levées, chiffres, sources",
    },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "name",
        description: "The company (type to see suggestions)",
        description_localizations: { fr: "L'entreprise (tapez pour voir les suggestions)" },
        required: true,
        autocomplete: true,
        max_length: 100,
      },
      hideOption,
    ],
  } as const,
  run: ({ name }, ctx) => companyProfile(ctx, name),
  autocomplete: (_option, typed, ctx) => companyChoices(ctx, typed),
});
