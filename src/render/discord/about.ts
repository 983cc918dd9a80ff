// `/about`: what the bot knows, how fresh it is, and how to use it.
import type { AboutAnswer } from "../../answers/types.js";
import { formatDate } from "../format.js";
import { COLOURS, type DiscordMessage, discordStyle as style } from "./payload.js";

export function renderAboutEmbed(answer: AboutAnswer): DiscordMessage {
  const { counts } = answer;
  return {
    embeds: [
      {
        title: "About this bot",
        ...(answer.projectUrl !== undefined ? { url: answer.projectUrl } : {}),
        color: COLOURS.about,
        description:
          "Answers about France's AI startup landscape. Every figure is cited and dated; where sources differ, both values are shown.",
        fields: [
          {
            name: "What it knows",
            value: `${counts.companies} companies, ${counts.rounds} funding rounds, ${counts.people} people, ${counts.investors} investors, ${counts.ecosystem} national facts, from ${counts.sources} sources`,
          },
          {
            name: "How fresh",
            value: `Data as of ${formatDate(answer.asOf.data)}; sources from ${formatDate(answer.asOf.oldestSource)} to ${formatDate(answer.asOf.newestSource)}`,
          },
          {
            name: "Most cited",
            value:
              answer.topPublishers.map((p) => `${style.escape(p.publisher)} (${p.citations})`).join(", ") ||
              "none",
          },
          { name: "Companies", value: answer.companies.map((c) => style.escape(c)).join(", ") || "none" },
          {
            name: "Commands",
            value:
              "`/startup` a company's card · `/funding` rounds and rankings · `/compare` two to four companies · `/about`",
          },
        ],
        footer: { text: `Data as of ${formatDate(answer.asOf.data)}` },
      },
    ],
    allowed_mentions: { parse: [] },
  };
}
