import { aboutBot } from "../answers/about.js";
import { defineCommand } from "./command.js";
import { hideOption } from "./options.js";

export const about = defineCommand({
  definition: {
    name: "about",
    description: "What this bot knows (companies, sources, as-of date) and how to use it",
    description_localizations: {
      fr: "Ce que sait ce bot (entreprises, sources, date des données) et comment l'utiliser",
    },
    options: [hideOption],
  } as const,
  run: (_args, ctx) => aboutBot(ctx, ctx.projectUrl),
});
