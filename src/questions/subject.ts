// What a reply was about, as the next question may refer to it ("who founded it?", "and Dust?"):
// the companies it named and what it asked of them. Pure: the bot keeps these a few minutes.
import {
  isQuestionAnswer,
  type ListFilters,
  type QuestionFilters,
  type Reply,
  type Subject,
} from "./types.js";

/** A conversation's companies, newest first, at most this many: "compare them" compares up to four. */
const REMEMBERED = 4;

/**
 * The new subject, with the companies of the one before it kept as `earlier`. A ranking or a list
 * names no company to point back to: it is added to the subject before it, which it leaves as is.
 */
export function followingSubject(next: Subject, before: Subject | undefined): Subject {
  if (before === undefined) return next;
  if (next.companyIds.length === 0 && next.listed !== undefined) return { ...before, listed: next.listed };
  const earlier = [...before.companyIds, ...(before.earlier ?? [])].filter(
    (id) => !next.companyIds.includes(id),
  );
  return { ...next, earlier: [...new Set(earlier)].slice(0, REMEMBERED) };
}

export function subjectOf(reply: Reply): Subject | undefined {
  if (isQuestionAnswer(reply)) {
    if (reply.kind !== "answered") return undefined;
    const { companyIds, intent, metric, role, filters } = reply.understanding;
    const { stage, year, lead, earliest } = filters;
    const narrowed = stage ?? year ?? lead ?? earliest;
    if (companyIds.length === 0 && (intent === "ranking" || intent === "category"))
      return { companyIds, intent, metric, listed: { intent, metric, filters: listFilters(filters) } };
    return companyIds.length === 0
      ? undefined
      : {
          companyIds,
          intent,
          metric,
          role,
          ...(narrowed === undefined ? {} : { narrowed: { stage, year, lead, earliest } }),
        };
  }
  switch (reply.kind) {
    case "company-profile":
      return { companyIds: [reply.company.id], intent: "profile" };
    case "company-funding":
      return { companyIds: [reply.company.id], intent: "figure", metric: "rounds" };
    case "comparison":
      return { companyIds: reply.companies.map((c) => c.id), intent: "compare" };
    default:
      return undefined;
  }
}

/** What a ranking or list keeps for the next question to narrow again. */
function listFilters(filters: QuestionFilters): ListFilters {
  const { year, stage, category, city, ascending, top, investor, investorLed } = filters;
  return { year, stage, category, city, ascending, top, investor, investorLed };
}
