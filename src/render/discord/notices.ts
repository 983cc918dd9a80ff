// Answers that say why there is no figure: no match, several matches, a request that can't work.
import type { AmbiguousAnswer, InvalidRequestAnswer, NotFoundAnswer } from "../../answers/types.js";
import type { Messages } from "../../i18n/index.js";
import { formatDate, formatList } from "../format.js";
import { abroadText } from "../phrases.js";
import { invalidRequestText } from "../titles.js";
import { COLOURS, type DiscordMessage, discordStyleFor, escapeUserText } from "./payload.js";
import { footer, sourcesField } from "./sections.js";

const names = (list: readonly { name: string }[], m: Messages) =>
  formatList(
    list.map((c) => `**${escapeUserText(c.name)}**`),
    m.language,
  );

export function renderNotFoundEmbed(answer: NotFoundAnswer, m: Messages): DiscordMessage {
  if (answer.abroad !== undefined)
    return {
      embeds: [
        {
          title: answer.abroad.name,
          color: COLOURS["not-found"],
          description: abroadText(answer.abroad, discordStyleFor(m.language), m),
          fields: sourcesField(answer.sources, "full", m),
          footer: footer(answer, m),
        },
      ],
      allowed_mentions: { parse: [] },
    };
  const lines = [
    answer.query.trim() === ""
      ? m.notices.emptyName
      : m.notices.noMatch(
          m.quote(escapeUserText(answer.query)),
          answer.known.companies,
          formatDate(answer.asOf.data, { language: m.language }),
        ),
  ];
  if (answer.suggestions.length > 0) lines.push(m.notices.closest(names(answer.suggestions, m)));
  lines.push(m.notices.tryAbout("`/about`"));
  return {
    embeds: [
      {
        title: m.notices.noMatchTitle,
        color: COLOURS["not-found"],
        description: lines.join("\n"),
        footer: footer(answer, m),
      },
    ],
    allowed_mentions: { parse: [] },
  };
}

export function renderAmbiguousEmbed(answer: AmbiguousAnswer, m: Messages): DiscordMessage {
  return {
    embeds: [
      {
        title: m.notices.ambiguousTitle,
        color: COLOURS.ambiguous,
        description: m.notices.ambiguous(
          m.quote(escapeUserText(answer.query)),
          names(answer.candidates, m),
          answer.candidates.length > 1,
        ),
        footer: footer(answer, m),
      },
    ],
    allowed_mentions: { parse: [] },
  };
}

export function renderInvalidEmbed(answer: InvalidRequestAnswer, m: Messages): DiscordMessage {
  return {
    embeds: [
      {
        title: m.notices.invalidTitle,
        color: COLOURS["invalid-request"],
        description: invalidRequestText(answer, (s) => `**${escapeUserText(s)}**`, m),
        footer: footer(answer, m),
      },
    ],
    allowed_mentions: { parse: [] },
  };
}
