// A company's card: what it does, who founded it, what it makes, what it raised and is worth.
import type { Company } from "../data/schema.js";
import {
  completedRounds,
  foundersOf,
  latestRound,
  otherPeopleOf,
  reportedRoundsSinceLatest,
  totalRaised,
  valuation,
} from "./company-facts.js";
import type { AnswerContext } from "./context.js";
import { compareDates } from "./dates.js";
import { RateLedger } from "./money.js";
import { resolveCompany } from "./resolve.js";
import { SourceBook } from "./sources.js";
import type { AmbiguousAnswer, CompanyProfileAnswer, NotFoundAnswer } from "./types.js";
import {
  DisputeList,
  metricView,
  personView,
  productView,
  roundView,
  totalRaisedView,
  valuationView,
} from "./views.js";

/** The profile of the company `name` stands for. */
export function companyProfile(
  ctx: AnswerContext,
  name: string,
): CompanyProfileAnswer | NotFoundAnswer | AmbiguousAnswer {
  const found = resolveCompany(ctx, name);
  return found.ok ? profileOf(ctx, found.company) : found.answer;
}

/** The profile of a company already found. */
export function profileOf(ctx: AnswerContext, company: Company): CompanyProfileAnswer {
  const { data } = ctx;
  const book = new SourceBook(data);
  const rates = new RateLedger(data.fxRates, book);
  const disputes = new DisputeList();

  const description = book.fact(company.description);
  const founded = company.founded === undefined ? undefined : book.fact(company.founded);
  const hq = company.hq === undefined ? undefined : book.fact(company.hq);
  disputes.add("description", description);
  disputes.add("founded", founded);
  disputes.add("headquarters", hq);

  const founders = foundersOf(data, company).map((f) => personView(book, f));
  const people = otherPeopleOf(data, company).map((p) => personView(book, p));
  for (const p of [...founders, ...people]) disputes.add(`${p.name}'s background`, p.background);

  const latest = latestRound(company);
  const latestView = latest === undefined ? undefined : roundView(book, data, company.id, latest);
  const reportedRounds = reportedRoundsSinceLatest(company).map((r) => roundView(book, data, company.id, r));
  const total = totalRaisedView(book, rates, data, company.id, totalRaised(company));
  const worth = valuationView(book, valuation(company));
  for (const round of [latestView, ...reportedRounds]) if (round !== undefined) disputes.addRound(round);
  disputes.add("total raised", total.reported?.figure);
  for (const round of total.sinceThen) disputes.addRound(round);
  if (worth.latest !== undefined) disputes.add("valuation", worth.latest.figure);

  const products = company.products.map((p) => productView(book, p));
  for (const p of products) disputes.add(`${p.name}: description`, p.description);
  const metrics = company.metrics.map((m) => metricView(book, m));
  for (const m of metrics) disputes.add(m.label, m.figure);

  const notes = [...company.notes]
    .sort((a, b) => compareDates(b.asOf, a.asOf))
    .map((n) => ({ text: n.text, asOf: n.asOf, sources: book.cite(n.cite, n.asOf), topics: n.topics }));

  return {
    kind: "company-profile",
    company: { id: company.id, name: company.name, domain: company.domain, aliases: [...company.aliases] },
    description,
    categories: [...company.categories],
    founded,
    hq,
    founders,
    people,
    products,
    latestRound: latestView,
    reportedRounds,
    roundCount: completedRounds(company).length,
    totalRaised: total,
    valuation: worth,
    metrics,
    notes,
    disputes: disputes.list(),
    ...book.done(),
  };
}
