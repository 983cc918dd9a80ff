// Raw data → the cited views answers carry. Each call numbers the sources it shows in a SourceBook,
// so an answer's numbers follow the order its figures appear in.
import type { Company, Landscape, Metric, Money, Product, Round, Undisclosed } from "../data/schema.js";
import type { CompanyPerson, TotalRaised, Valuation } from "./company-facts.js";
import { investorWithId } from "./lookup.js";
import { isMoney, type RateLedger } from "./money.js";
import type { SourceBook } from "./sources.js";
import type {
  DisputeView,
  Figure,
  InvestorRef,
  MetricView,
  PersonView,
  ProductView,
  RoundView,
  TotalRaisedView,
  ValuationView,
} from "./types.js";

export function roundView(book: SourceBook, data: Landscape, companyId: string, round: Round): RoundView {
  const sources = book.cite(round.cite, round.date);
  const investor = (part: Round["investors"][number]): InvestorRef => ({
    id: part.investor,
    name: investorWithId(data, part.investor)?.name ?? part.investor,
    lead: part.lead,
    sources: book.cite(part.cite),
    ...(part.note !== undefined ? { note: part.note } : {}),
  });
  return {
    id: round.id,
    companyId,
    date: round.date,
    stage: round.stage,
    status: round.status,
    amount: book.fact(round.amount),
    valuation: round.valuation === undefined ? undefined : book.fact(round.valuation),
    totalRaisedAfter: round.totalRaisedAfter === undefined ? undefined : book.fact(round.totalRaisedAfter),
    leads: round.investors.filter((i) => i.lead).map(investor),
    others: round.investors.filter((i) => !i.lead).map(investor),
    sources,
    ...(round.note !== undefined ? { note: round.note } : {}),
  };
}

const roundRef = (round: Round) => ({ id: round.id, stage: round.stage, date: round.date });

export function totalRaisedView(
  book: SourceBook,
  rates: RateLedger,
  data: Landscape,
  companyId: string,
  total: TotalRaised,
): TotalRaisedView {
  const reported =
    total.reported === undefined
      ? undefined
      : { figure: book.fact(total.reported.fact), afterRound: roundRef(total.reported.round) };
  const sinceThen = total.sinceThen.map((r) => roundView(book, data, companyId, r));
  const parts: Figure<Money | Undisclosed>[] = [
    ...(reported !== undefined ? [reported.figure] : []),
    ...sinceThen.map((r) => r.amount),
  ];
  // An undisclosed round is left out of the sum, and counted, so the total reads "and N undisclosed".
  const disclosed = parts.filter((f) => isMoney(f.claims[0]?.value));
  const primaries = disclosed.flatMap((f) => {
    const claim = f.claims[0];
    return claim !== undefined && isMoney(claim.value) ? [{ money: claim.value, date: claim.asOf }] : [];
  });
  const sum = primaries.length > 0 ? rates.sum(primaries) : undefined;
  return {
    basis: total.basis,
    reported,
    sinceThen,
    comparable:
      sum === undefined ? undefined : { ...sum, disputed: disclosed.some((f) => f.disputed !== undefined) },
    undisclosedRounds: parts.length - disclosed.length,
  };
}

export function valuationView(book: SourceBook, valuation: Valuation): ValuationView {
  return {
    latest:
      valuation.latest === undefined
        ? undefined
        : { round: roundRef(valuation.latest.round), figure: book.fact(valuation.latest.fact) },
    reported: valuation.reported.map((v) => ({ round: roundRef(v.round), figure: book.fact(v.fact) })),
  };
}

export function personView(book: SourceBook, entry: CompanyPerson): PersonView {
  const { position } = entry;
  return {
    id: entry.person.id,
    name: entry.person.name,
    founder: entry.founder,
    roles: [...position.roles],
    since: position.since,
    until: position.until,
    note: position.note,
    sources: book.cite(position.cite),
    background: entry.person.background === undefined ? undefined : book.fact(entry.person.background),
  };
}

export function productView(book: SourceBook, product: Product): ProductView {
  return {
    id: product.id,
    name: product.name,
    description: book.fact(product.description),
    launched: product.launched === undefined ? undefined : book.fact(product.launched),
  };
}

export function metricView(book: SourceBook, metric: Metric): MetricView {
  return {
    kind: metric.kind,
    label: metric.label,
    unit: metric.unit,
    bound: metric.bound,
    figure: book.fact(metric.fact),
  };
}

export function companyRef(company: Company): { id: string; name: string } {
  return { id: company.id, name: company.name };
}

/** Collects the disputed figures an answer shows, each named for the reader. */
export class DisputeList {
  readonly #items: DisputeView[] = [];

  add(what: string, figure: Figure<unknown> | undefined, round?: RoundView | undefined): void {
    if (figure?.disputed === undefined) return;
    const sources = [...new Set(figure.claims.flatMap((c) => c.sources))];
    if (
      this.#items.some((d) => d.what === what && d.disputed === figure.disputed && d.round?.id === round?.id)
    )
      return;
    this.#items.push({
      what,
      ...(round !== undefined ? { round: { id: round.id, stage: round.stage, date: round.date } } : {}),
      disputed: figure.disputed,
      sources,
    });
  }

  addRound(round: RoundView): void {
    this.add("amount", round.amount, round);
    this.add("valuation", round.valuation, round);
    this.add("total raised after the round", round.totalRaisedAfter, round);
  }

  list(): DisputeView[] {
    return [...this.#items];
  }
}
