// The "Sources" button's reply: an answer's full numbered source list, with titles, links and what
// each source says, split over fields and embeds within Discord's limits.
import type { APIEmbedField } from "discord.js";
import type { Sourced } from "../../answers/types.js";
import type { Messages } from "../../i18n/index.js";
import { sourceTexts } from "../phrases.js";
import { fitOptions } from "./index.js";
import { fitMessage } from "./limits.js";
import { bidiMessage, COLOURS, type DiscordMessage, discordStyleFor } from "./payload.js";
import { footer } from "./sections.js";

export function renderSourcesEmbed(answer: Sourced, about: string, m: Messages): DiscordMessage {
  const texts = sourceTexts(
    answer.sources,
    discordStyleFor(m.language),
    { titleLength: 200, says: true, detail: "full" },
    m,
  );
  const fields: APIEmbedField[] = answer.sources.map((s, i) => ({
    name: `[${s.n}] ${s.publisher}`.slice(0, 256),
    value: (texts[i] ?? "").slice(0, 1024) || "—",
  }));
  const message: DiscordMessage = {
    embeds: [
      {
        title: m.sources.title(about).slice(0, 256),
        color: COLOURS.about,
        description: answer.sources.length === 0 ? m.sources.none : m.sources.intro,
        fields,
        footer: footer(answer, m),
      },
    ],
    allowed_mentions: { parse: [] },
  };
  return fitMessage(bidiMessage(message, m.language), fitOptions(m));
}
