// "And in 2023?", "and the smallest?", "et à Paris ?": after a ranking or a list, a follow-on that
// only narrows asks for the same ranking or list again, with what its words change and the rest
// kept. Pure: the last answer's ListedSubject in, the decision and the filters to fall back on out.
import type { Cues } from "./cues.js";
import type { Decision } from "./intent.js";
import { MONEY_METRICS } from "./intent.js";
import type { FoundPlace } from "./places.js";
import type { ListedSubject, ListFilters } from "./types.js";

/** A money figure asked ("and the valuation?"): a ranking by it. */
function askedMoney(cues: Cues) {
  const asked = cues.ask?.metric;
  return asked !== undefined && MONEY_METRICS.has(asked) ? asked : undefined;
}

/** Words that narrow a ranking or a list, or read it from the other end or by another figure. */
function narrows(cues: Cues, place: FoundPlace | undefined): boolean {
  return (
    cues.year !== undefined ||
    cues.stage !== undefined ||
    cues.category !== undefined ||
    cues.top !== undefined ||
    place !== undefined ||
    askedMoney(cues) !== undefined ||
    cues.superlative ||
    cues.signals.has("least") ||
    cues.signals.has("youngest")
  );
}

export interface ListAgain {
  decision: Decision;
  /** The last list's filters, for what this question doesn't say. */
  carried: ListFilters;
}

export function listAgain(
  listed: ListedSubject | undefined,
  cues: Cues,
  decision: Decision,
  place: FoundPlace | undefined,
): ListAgain | undefined {
  if (listed === undefined || decision.companyIds.length > 0 || !narrows(cues, place)) return undefined;
  // A question read as nothing on its own ("and in 2023?"), or a follow-on that is a ranking or a
  // list by itself ("and the smallest?", "and health startups?").
  const listing = decision.intent === "ranking" || decision.intent === "category";
  if (decision.intent !== "unknown" && !(listing && cues.signals.has("followOn"))) return undefined;
  const youngest = cues.signals.has("youngest");
  // A new end ("the smallest", "the biggest", "the youngest") makes a list a ranking, and replaces
  // the ranking's old end.
  const ends = cues.superlative || cues.signals.has("least") || youngest;
  const carried: ListFilters = { ...listed.filters, ...(ends ? { ascending: undefined } : {}) };
  if (listed.intent === "category" && !ends && askedMoney(cues) === undefined)
    return { decision: { intent: "category", companyIds: [] }, carried };
  const metric =
    askedMoney(cues) ?? (youngest ? "founded" : listed.intent === "ranking" ? listed.metric : "total-raised");
  return { decision: { intent: "ranking", metric, companyIds: [] }, carried };
}
