// `/about`: what the bot knows, how fresh it is, and how to use it.
import type { AboutAnswer } from "../../answers/types.js";
import type { Messages } from "../../i18n/index.js";
import { formatCategory, formatDate } from "../format.js";
import { companiesText } from "../titles.js";
import { COLOURS, type DiscordMessage, discordStyleFor } from "./payload.js";
import { footer } from "./sections.js";

export function renderAboutEmbed(answer: AboutAnswer, m: Messages): DiscordMessage {
  const { counts } = answer;
  const style = discordStyleFor(m.language);
  const date = (d: string) => formatDate(d, { language: m.language });
  return {
    embeds: [
      {
        title: m.about.title,
        ...(answer.projectUrl !== undefined ? { url: answer.projectUrl } : {}),
        color: COLOURS.about,
        description: m.about.intro,
        fields: [
          { name: m.about.knowsLabel, value: m.about.knows(counts) },
          {
            name: m.about.freshLabel,
            value: m.about.fresh(
              date(answer.asOf.data),
              date(answer.asOf.oldestSource),
              date(answer.asOf.newestSource),
            ),
          },
          {
            name: m.about.mostCited,
            value:
              answer.topPublishers
                .map((p) => `${p.seed ? m.figures.seedArticle : style.escape(p.publisher)} (${p.citations})`)
                .join(m.comma) || m.about.none,
          },
          {
            name: m.about.companies,
            value: companiesText(answer, (c) => style.escape(c), m),
          },
          {
            name: m.about.categoriesLabel,
            value:
              answer.categories
                .map((c) => `${formatCategory(c.category, m.language)} ${c.companies}`)
                .join(" · ") || m.about.none,
          },
          { name: m.about.commandsLabel, value: m.about.commands },
          { name: m.about.project, value: m.about.hosted(answer.projectUrl) },
        ],
        footer: footer({ asOf: { data: answer.asOf.data } }, m),
      },
    ],
    allowed_mentions: { parse: [] },
  };
}
