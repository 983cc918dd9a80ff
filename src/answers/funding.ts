// One company's funding history, oldest round first; reported rounds (talks, leaks) stay in the list
// but are marked, and never count in the total.
import type { Company, Stage } from "../data/schema.js";
import { roundsOldestFirst, totalRaised } from "./company-facts.js";
import type { AnswerContext } from "./context.js";
import { RateLedger } from "./money.js";
import { resolveCompany } from "./resolve.js";
import { SourceBook } from "./sources.js";
import type { AmbiguousAnswer, CompanyFundingAnswer, NotFoundAnswer } from "./types.js";
import { companyRef, DisputeList, roundView, totalRaisedView } from "./views.js";

/** Which of a company's rounds to show: a stage, a year, or both. */
export interface RoundFilter {
  stage?: Stage | undefined;
  year?: number | undefined;
}

export function companyFunding(
  ctx: AnswerContext,
  name: string,
  filter: RoundFilter = {},
): CompanyFundingAnswer | NotFoundAnswer | AmbiguousAnswer {
  const found = resolveCompany(ctx, name);
  return found.ok ? fundingOf(ctx, found.company, filter) : found.answer;
}

/** The company's funding; with a filter, only the matching rounds (the total raised stays whole). */
export function fundingOf(
  ctx: AnswerContext,
  company: Company,
  filter: RoundFilter = {},
): CompanyFundingAnswer {
  const book = new SourceBook(ctx.data);
  const rates = new RateLedger(ctx.data.fxRates, book);
  const disputes = new DisputeList();
  const all = roundsOldestFirst(company);
  const filtered = filter.stage !== undefined || filter.year !== undefined;
  const kept = all.filter(
    (r) =>
      (filter.stage === undefined || r.stage === filter.stage) &&
      (filter.year === undefined || r.date.startsWith(String(filter.year))),
  );
  const rounds = kept.map((r) => roundView(book, ctx.data, company.id, r));
  for (const round of rounds) disputes.addRound(round);
  const total = totalRaisedView(book, rates, ctx.data, company.id, totalRaised(company));
  disputes.add("total raised", total.reported?.figure);
  return {
    kind: "company-funding",
    company: companyRef(company),
    rounds,
    ...(filtered ? { filter: { stage: filter.stage, year: filter.year, roundsOnRecord: all.length } } : {}),
    totalRaised: total,
    disputes: disputes.list(),
    ...book.done(),
  };
}
