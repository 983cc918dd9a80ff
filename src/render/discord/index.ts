// An answer as a Discord message payload, in the user's language, within every Discord limit and
// unable to ping anyone.
import type { Answer } from "../../answers/types.js";
import {
  bidi,
  type Language,
  languageForLocale,
  type Messages,
  messages,
  stripIsolates,
} from "../../i18n/index.js";
import type { SourceDetail } from "../phrases.js";
import { renderAboutEmbed } from "./about.js";
import { renderCompareEmbed } from "./compare.js";
import { renderFundingEmbed } from "./funding.js";
import { type FitOptions, fitMessage, fitsUncut } from "./limits.js";
import { renderAmbiguousEmbed, renderInvalidEmbed, renderNotFoundEmbed } from "./notices.js";
import { bidiMessage, type DiscordMessage, type DiscordRenderOptions } from "./payload.js";
import { renderProfileEmbed } from "./profile.js";
import { renderRankingEmbed } from "./ranking.js";

export { DISCORD_LIMITS, embedLength, embedsLength, fitMessage, truncateText } from "./limits.js";
export { COLOURS, type DiscordMessage, type DiscordRenderOptions, escapeUserText } from "./payload.js";

function draft(answer: Answer, detail: SourceDetail, m: Messages): DiscordMessage {
  switch (answer.kind) {
    case "about":
      return renderAboutEmbed(answer, m);
    case "company-profile":
      return renderProfileEmbed(answer, detail, m);
    case "company-funding":
      return renderFundingEmbed(answer, detail, m);
    case "funding-ranking":
      return renderRankingEmbed(answer, detail, m);
    case "comparison":
      return renderCompareEmbed(answer, detail, m);
    case "not-found":
      return renderNotFoundEmbed(answer, m);
    case "ambiguous":
      return renderAmbiguousEmbed(answer, m);
    case "invalid-request":
      return renderInvalidEmbed(answer, m);
  }
}

/** The language a reply is rendered in: the one given, else the Discord locale's. */
export function replyLanguage(options: DiscordRenderOptions = {}): Language {
  return options.language ?? languageForLocale(options.locale);
}

/** How a message in `language` is fitted: its sources field spared, its continued fields named. */
export function fitOptions(m: Messages): FitOptions {
  return {
    protect: (name) => {
      const shown = stripIsolates(name);
      return shown.startsWith(m.labels.sources) || shown.startsWith("Sources");
    },
    continued: (name) => bidi(`${stripIsolates(name)} ${m.labels.continued}`, m.language),
  };
}

/**
 * The answer's message before any cut: sources in full when they fit, shorter (no titles, then no
 * links) when they don't. `fits` says whether that is enough, or Discord's limits still need a cut.
 */
export function composeDiscord(
  answer: Answer,
  options: DiscordRenderOptions = {},
): { message: DiscordMessage; fits: boolean } {
  const language = replyLanguage(options);
  const m = messages(language);
  const above = options.above ?? [];
  const write = (detail: SourceDetail) => {
    const card = draft(answer, detail, m);
    return bidiMessage({ ...card, embeds: [...above, ...card.embeds] }, language);
  };
  let message = write("full");
  for (const detail of ["short", "bare"] as const) {
    if (fitsUncut(message, fitOptions(m))) return { message, fits: true };
    message = write(detail);
  }
  return { message, fits: fitsUncut(message, fitOptions(m)) };
}

/** The Discord message for an answer, in the language of `options.language` or `options.locale`. */
export function renderDiscord(answer: Answer, options: DiscordRenderOptions = {}): DiscordMessage {
  const m = messages(replyLanguage(options));
  return fitMessage(composeDiscord(answer, options).message, fitOptions(m));
}
