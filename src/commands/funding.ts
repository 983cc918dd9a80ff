import { ApplicationCommandOptionType } from "discord.js";
import { companyFunding } from "../answers/funding.js";
import { fundingRanking } from "../answers/ranking.js";
import { companyChoices } from "./autocomplete.js";
import { defineCommand } from "./command.js";
import { hideOption } from "./options.js";

export const funding = defineCommand({
  definition: {
    name: "funding",
    description: "Funding rounds: one company's history, or the ranking of rounds with national totals",
    description_localizations: {
      fr: "Levées de fonds : l'historique d'une entreprise, ou le classement des tours et les totaux nationaux",
    },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "company",
        description: "One company's rounds (leave empty for the ranking)",
        description_localizations: { fr: "Les tours d'une entreprise (vide pour le classement)" },
        required: false,
        autocomplete: true,
        max_length: 100,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "stage",
        description: "Only rounds of this stage",
        description_localizations: { fr: "Seulement les tours de ce stade" },
        required: false,
        choices: [
          { name: "Seed", name_localizations: { fr: "Amorçage" }, value: "seed" },
          { name: "Series A", name_localizations: { fr: "Série A" }, value: "series-a" },
          { name: "Series B", name_localizations: { fr: "Série B" }, value: "series-b" },
          { name: "Series C", name_localizations: { fr: "Série C" }, value: "series-c" },
          { name: "Series D", name_localizations: { fr: "Série D" }, value: "series-d" },
          { name: "IPO", name_localizations: { fr: "Introduction en bourse" }, value: "ipo" },
        ],
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: "year",
        description: "Only rounds of this year",
        description_localizations: { fr: "Seulement les tours de cette année" },
        required: false,
        min_value: 2000,
        max_value: 2100,
      },
      hideOption,
    ],
  } as const,
  run: ({ company, stage, year }, ctx) =>
    company
      ? companyFunding(ctx, company, { stage, year })
      : fundingRanking(ctx, { stage, year, by: "round" }),
  autocomplete: (_option, typed, ctx) => companyChoices(ctx, typed),
});
