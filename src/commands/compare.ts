import { compareCompanies } from "../answers/compare.js";
import { companyChoices } from "./autocomplete.js";
import { defineCommand } from "./command.js";
import { companyOption, hideOption } from "./options.js";

export const compare = defineCommand({
  definition: {
    name: "compare",
    description: "Two to four companies side by side: money raised, valuation, founders, figures",
    description_localizations: {
      fr: "Deux à quatre entreprises côte à côte : levées, valorisation, fondateurs, chiffres",
    },
    options: [
      companyOption("first", "The first company", true, "La première entreprise"),
      companyOption("second", "The second company", true, "La deuxième entreprise"),
      companyOption("third", "A third company (optional)", false, "Une troisième entreprise (facultatif)"),
      companyOption("fourth", "A fourth company (optional)", false, "Une quatrième entreprise (facultatif)"),
      hideOption,
    ],
  } as const,
  run: ({ first, second, third, fourth }, ctx) =>
    compareCompanies(
      ctx,
      [first, second, third, fourth].filter((name): name is string => name !== undefined),
    ),
  autocomplete: (_option, typed, ctx) => companyChoices(ctx, typed),
});
