import { ApplicationCommandOptionType } from "discord.js";
import { answerQuestion } from "../questions/answer.js";
import { defineCommand } from "./command.js";
import { hideOption } from "./options.js";

export const ask = defineCommand({
  definition: {
    name: "ask",
    description: "Ask in plain words, in English, French or Arabic: “who raised more, Mistral or Dust?”",
    description_localizations: {
      fr: "Posez votre question en français, anglais ou arabe : « qui a levé le plus, Mistral ou Dust ? »",
    },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "question",
        description: "Your question",
        description_localizations: { fr: "Votre question" },
        required: true,
        max_length: 1000,
      },
      hideOption,
    ],
  } as const,
  run: ({ question }, ctx) => answerQuestion(question, ctx, ctx.previous),
});
