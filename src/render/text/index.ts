// An answer as plain terminal text (the offline console), in the reply's language: aligned, with
// numbered sources and the as-of line, disputed figures marked "(!) sources differ".
import type { Answer } from "../../answers/types.js";
import { bidi, type Messages } from "../../i18n/index.js";
import { renderCompareText } from "./compare.js";
import { renderFundingText } from "./funding.js";
import { renderAboutText, renderAmbiguousText, renderInvalidText, renderNotFoundText } from "./notices.js";
import { renderProfileText } from "./profile.js";
import { renderRankingText } from "./ranking.js";

function draft(answer: Answer, m: Messages): string {
  switch (answer.kind) {
    case "about":
      return renderAboutText(answer, m);
    case "company-profile":
      return renderProfileText(answer, m);
    case "company-funding":
      return renderFundingText(answer, m);
    case "funding-ranking":
      return renderRankingText(answer, m);
    case "comparison":
      return renderCompareText(answer, m);
    case "not-found":
      return renderNotFoundText(answer, m);
    case "ambiguous":
      return renderAmbiguousText(answer, m);
    case "invalid-request":
      return renderInvalidText(answer, m);
  }
}

/** The terminal text for an answer, written with `m` (the reply's language's words). */
export function renderText(answer: Answer, m: Messages): string {
  return bidi(draft(answer, m), m.language);
}
