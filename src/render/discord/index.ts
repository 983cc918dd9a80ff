// An answer as a Discord message payload, within every Discord limit and unable to ping anyone.
import type { Answer } from "../../answers/types.js";
import type { SourceDetail } from "../phrases.js";
import { renderAboutEmbed } from "./about.js";
import { renderCompareEmbed } from "./compare.js";
import { renderFundingEmbed } from "./funding.js";
import { fitMessage, fitsUncut } from "./limits.js";
import { renderAmbiguousEmbed, renderInvalidEmbed, renderNotFoundEmbed } from "./notices.js";
import type { DiscordMessage, DiscordRenderOptions } from "./payload.js";
import { renderProfileEmbed } from "./profile.js";
import { renderRankingEmbed } from "./ranking.js";

export { DISCORD_LIMITS, embedLength, embedsLength, fitMessage, truncateText } from "./limits.js";
export { COLOURS, type DiscordMessage, type DiscordRenderOptions, escapeUserText } from "./payload.js";

function draft(answer: Answer, detail: SourceDetail): DiscordMessage {
  switch (answer.kind) {
    case "about":
      return renderAboutEmbed(answer);
    case "company-profile":
      return renderProfileEmbed(answer, detail);
    case "company-funding":
      return renderFundingEmbed(answer, detail);
    case "funding-ranking":
      return renderRankingEmbed(answer, detail);
    case "comparison":
      return renderCompareEmbed(answer, detail);
    case "not-found":
      return renderNotFoundEmbed(answer);
    case "ambiguous":
      return renderAmbiguousEmbed(answer);
    case "invalid-request":
      return renderInvalidEmbed(answer);
  }
}

/** The Discord message for an answer. `options.locale` is accepted for callers; replies are English. */
export function renderDiscord(answer: Answer, _options: DiscordRenderOptions = {}): DiscordMessage {
  // Sources are written in full when they fit, shorter (no titles, then no links) when they don't,
  // before anything is cut.
  let message = draft(answer, "full");
  for (const detail of ["short", "bare"] as const) {
    if (fitsUncut(message)) break;
    message = draft(answer, detail);
  }
  return fitMessage(message);
}
