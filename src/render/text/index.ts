// An answer as plain terminal text (the offline console): aligned, with numbered sources and the
// as-of line, disputed figures marked "(!) sources differ".
import type { Answer } from "../../answers/types.js";
import { renderCompareText } from "./compare.js";
import { renderFundingText } from "./funding.js";
import { renderAboutText, renderAmbiguousText, renderInvalidText, renderNotFoundText } from "./notices.js";
import { renderProfileText } from "./profile.js";
import { renderRankingText } from "./ranking.js";

export function renderText(answer: Answer): string {
  switch (answer.kind) {
    case "about":
      return renderAboutText(answer);
    case "company-profile":
      return renderProfileText(answer);
    case "company-funding":
      return renderFundingText(answer);
    case "funding-ranking":
      return renderRankingText(answer);
    case "comparison":
      return renderCompareText(answer);
    case "not-found":
      return renderNotFoundText(answer);
    case "ambiguous":
      return renderAmbiguousText(answer);
    case "invalid-request":
      return renderInvalidText(answer);
  }
}
