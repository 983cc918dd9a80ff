// An answer as a Discord message payload, in the user's language, within every Discord limit and
// unable to ping anyone.
import type { Answer } from "../../answers/types.js";
import { bidi, type Messages, stripIsolates } from "../../i18n/index.js";
import { renderAboutEmbed } from "./about.js";
import { renderCompareEmbed } from "./compare.js";
import { renderFundingEmbed } from "./funding.js";
import { DISCORD_LIMITS, type FitOptions, fitMessage, fitsUncut } from "./limits.js";
import { renderAmbiguousEmbed, renderInvalidEmbed, renderNotFoundEmbed } from "./notices.js";
import { bidiMessage, type DiscordMessage } from "./payload.js";
import { renderProfileEmbed } from "./profile.js";
import { renderRankingEmbed } from "./ranking.js";
import type { SourcesShown } from "./sections.js";

export { DISCORD_LIMITS, embedLength, embedsLength, fitMessage, truncateText } from "./limits.js";
export { COLOURS, type DiscordMessage, escapeUserText } from "./payload.js";

function draft(answer: Answer, detail: SourcesShown, m: Messages): DiscordMessage {
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

const isSourcesField = (name: string, m: Messages) => {
  const shown = stripIsolates(name);
  return shown.startsWith(m.labels.sources) || shown.startsWith("Sources");
};

/** How a message in `language` is fitted: its sources field spared, its continued fields named. */
export function fitOptions(m: Messages): FitOptions {
  return {
    protect: (name) => isSourcesField(name, m),
    continued: (name) => bidi(`${stripIsolates(name)} ${m.labels.continued}`, m.language),
  };
}

/** A card lists this many sources at most; more fold behind its Sources button. */
export const LISTED_SOURCES_MAX = 8;

/**
 * The Discord message for an answer, written with `m` (the reply's language's words). A few
 * sources are listed, as fully as one field holds (titles, then links go); a longer list, or one a
 * full card has no room for, folds behind the Sources button under the card, which lists every
 * source with its title, link and quote.
 */
export function renderDiscord(answer: Answer, m: Messages): DiscordMessage {
  const write = (detail: SourcesShown) => bidiMessage(draft(answer, detail, m), m.language);
  const listed = (message: DiscordMessage) =>
    fitsUncut(message, fitOptions(m)) &&
    message.embeds.every((e) =>
      (e.fields ?? []).every(
        (f) => !isSourcesField(f.name, m) || f.value.length <= DISCORD_LIMITS.fieldValue,
      ),
    );
  if (("sources" in answer ? answer.sources.length : 0) <= LISTED_SOURCES_MAX)
    for (const detail of ["full", "short", "bare"] as const) {
      const message = write(detail);
      if (listed(message)) return fitMessage(message, fitOptions(m));
    }
  return fitMessage(write("folded"), fitOptions(m));
}
