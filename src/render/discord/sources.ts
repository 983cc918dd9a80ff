// The "Sources" button's reply: an answer's full numbered source list, with titles, links and what
// each source says, split over fields and embeds within Discord's limits.
import type { APIEmbedField } from "discord.js";
import type { Sourced } from "../../answers/types.js";
import { sourceTexts } from "../phrases.js";
import { fitMessage } from "./limits.js";
import { COLOURS, type DiscordMessage, discordStyle } from "./payload.js";
import { footer } from "./sections.js";

export function renderSourcesEmbed(answer: Sourced, about: string): DiscordMessage {
  const texts = sourceTexts(answer.sources, discordStyle, { titleLength: 200, says: true, detail: "full" });
  const fields: APIEmbedField[] = answer.sources.map((s, i) => ({
    name: `[${s.n}] ${s.publisher}`.slice(0, 256),
    value: (texts[i] ?? "").slice(0, 1024) || "—",
  }));
  return fitMessage({
    embeds: [
      {
        title: `Sources: ${about}`.slice(0, 256),
        color: COLOURS.about,
        description:
          answer.sources.length === 0
            ? "This answer cites no source."
            : "Every figure in the answer carries the numbers of the sources below.",
        fields,
        footer: footer(answer),
      },
    ],
    allowed_mentions: { parse: [] },
  });
}
