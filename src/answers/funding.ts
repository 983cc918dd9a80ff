// One company's funding history, oldest round first; reported rounds (talks, leaks) stay in the list
// but are marked, and never count in the total.
import type { Company } from "../data/schema.js";
import { roundsOldestFirst, totalRaised } from "./company-facts.js";
import type { AnswerContext } from "./context.js";
import { RateLedger } from "./money.js";
import { resolveCompany } from "./resolve.js";
import { SourceBook } from "./sources.js";
import type { AmbiguousAnswer, CompanyFundingAnswer, NotFoundAnswer } from "./types.js";
import { companyRef, DisputeList, roundView, totalRaisedView } from "./views.js";

export function companyFunding(
  ctx: AnswerContext,
  name: string,
): CompanyFundingAnswer | NotFoundAnswer | AmbiguousAnswer {
  const found = resolveCompany(ctx, name);
  return found.ok ? fundingOf(ctx, found.company) : found.answer;
}

export function fundingOf(ctx: AnswerContext, company: Company): CompanyFundingAnswer {
  const book = new SourceBook(ctx.data);
  const rates = new RateLedger(ctx.data.fxRates, book);
  const disputes = new DisputeList();
  const rounds = roundsOldestFirst(company).map((r) => roundView(book, ctx.data, company.id, r));
  for (const round of rounds) disputes.addRound(round);
  const total = totalRaisedView(book, rates, ctx.data, company.id, totalRaised(company));
  disputes.add("total raised", total.reported?.figure);
  return {
    kind: "company-funding",
    company: companyRef(company),
    rounds,
    totalRaised: total,
    disputes: disputes.list(),
    ...book.done(),
  };
}
