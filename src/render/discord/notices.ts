// Answers that say why there is no figure: no match, several matches, a request that can't work.
import type { AmbiguousAnswer, InvalidRequestAnswer, NotFoundAnswer } from "../../answers/types.js";
import { formatList } from "../format.js";
import { invalidRequestText } from "../titles.js";
import { COLOURS, type DiscordMessage, escapeUserText } from "./payload.js";
import { footer } from "./sections.js";

const names = (list: readonly { name: string }[]) =>
  formatList(list.map((c) => `**${escapeUserText(c.name)}**`));

export function renderNotFoundEmbed(answer: NotFoundAnswer): DiscordMessage {
  const query = answer.query.trim() === "" ? "an empty name" : `“${escapeUserText(answer.query)}”`;
  const lines = [`No company matches ${query}.`];
  if (answer.suggestions.length > 0) lines.push(`Closest names: ${names(answer.suggestions)}.`);
  lines.push("Try `/about` for the companies the bot knows.");
  return {
    embeds: [
      {
        title: "No match",
        color: COLOURS["not-found"],
        description: lines.join("\n"),
        footer: footer(answer),
      },
    ],
    allowed_mentions: { parse: [] },
  };
}

export function renderAmbiguousEmbed(answer: AmbiguousAnswer): DiscordMessage {
  return {
    embeds: [
      {
        title: "Did you mean…",
        color: COLOURS.ambiguous,
        description: `“${escapeUserText(answer.query)}” could be ${names(answer.candidates)}. Did you mean ${
          answer.candidates.length > 1 ? "one of these" : "this one"
        }? Ask again with the full name.`,
        footer: footer(answer),
      },
    ],
    allowed_mentions: { parse: [] },
  };
}

export function renderInvalidEmbed(answer: InvalidRequestAnswer): DiscordMessage {
  return {
    embeds: [
      {
        title: "Can't compare that",
        color: COLOURS["invalid-request"],
        description: invalidRequestText(answer, (s) => `**${escapeUserText(s)}**`),
        footer: footer(answer),
      },
    ],
    allowed_mentions: { parse: [] },
  };
}
