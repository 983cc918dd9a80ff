// "Is Helsing French?", "tell me about Synthesia": a company people ask about that isn't in the
// landscape because it isn't French. The data says where it is based, with its source, and the
// answer says so instead of "not in my data yet".
import { SourceBook } from "../../answers/sources.js";
import type { Elsewhere, Place } from "../../data/schema.js";
import { placeText } from "../../i18n/place.js";
import { type Draft, figureEvidence, primary, type ReplyContext } from "./common.js";

export function abroadReply(rc: ReplyContext, company: Elsewhere): Draft {
  const { ctx, words } = rc;
  const book = new SourceBook(ctx.data);
  const hq = book.fact(company.hq);
  const text = (p: Place) => placeText(p, words);
  const where = primary(hq);
  return {
    title: company.name,
    headline: words.notices.notFrench(company.name, where === undefined ? "" : text(where)),
    evidence: [figureEvidence(words.labels.headquarters, hq, text, words)],
    notes: [],
    ...book.done(),
  };
}
