// Two to four companies side by side, figure by figure. A leader is named only where every figure
// is known ("undisclosed" is never read as zero), amounts in other currencies are converted with the
// dataset's rate and flagged, and a leader that depends on which source you believe is said to.
import type { Company, Metric, Money, Undisclosed, Valuation } from "../data/schema.js";
import { foundersOf, latestRound, totalRaised, valuation } from "./company-facts.js";
import type { AnswerContext } from "./context.js";
import { surelyOrdered } from "./dates.js";
import { isMoney, RateLedger } from "./money.js";
import { resolveCompany } from "./resolve.js";
import { SourceBook } from "./sources.js";
import type {
  AmbiguousAnswer,
  CompanyRef,
  ComparisonAnswer,
  ComparisonCell,
  ComparisonRow,
  Figure,
  InvalidRequestAnswer,
  NotFoundAnswer,
} from "./types.js";
import { companyRef, metricView, personView, roundView, totalRaisedView } from "./views.js";

export const COMPARE_LIMITS = { min: 2, max: 4 } as const;

/**
 * A value to rank by: the primary claim's, and the lowest and highest any source gives. A sum with
 * an undisclosed part (a total with a secret round) is a floor: its true value may be any higher.
 */
interface Range {
  primary: number;
  min: number;
  max: number;
  floor?: boolean;
}

function moneyRange(rates: RateLedger, figures: readonly Figure<Money | Undisclosed>[]): Range | undefined {
  let range: Range = { primary: 0, min: 0, max: 0 };
  let secret = 0;
  for (const figure of figures) {
    const values: number[] = [];
    // An "undisclosed" figure adds an unknown amount: the sum becomes a floor.
    if (!isMoney(figure.claims[0]?.value)) {
      secret++;
      continue;
    }
    for (const claim of figure.claims) {
      if (!isMoney(claim.value)) continue;
      const sum = rates.sum([{ money: claim.value, date: claim.asOf }]);
      if (sum === undefined) return undefined;
      values.push(sum.value.amount);
    }
    const primary = values[0];
    if (primary === undefined) return undefined;
    range = {
      primary: range.primary + primary,
      min: range.min + Math.min(...values),
      max: range.max + Math.max(...values),
    };
  }
  // Nothing disclosed at all gives nothing to rank by.
  if (figures.length === 0 || secret === figures.length) return undefined;
  return secret > 0 ? { ...range, max: Number.POSITIVE_INFINITY, floor: true } : range;
}

function numberRange(figure: Figure<number>): Range | undefined {
  const values = figure.claims.map((c) => c.value);
  const primary = values[0];
  return primary === undefined ? undefined : { primary, min: Math.min(...values), max: Math.max(...values) };
}

/** The highest's company ids, and whether every source agrees on it. */
function highest(
  companies: readonly CompanyRef[],
  ranges: readonly (Range | undefined)[],
): Pick<ComparisonRow, "leader" | "note"> {
  if (ranges.some((r) => r === undefined)) return { note: "undisclosed" };
  const known = ranges as Range[];
  const top = Math.max(...known.map((r) => r.primary));
  const leaders = companies.filter((_, i) => known[i]?.primary === top).map((c) => c.id);
  const settled = known.every((r, i) => {
    const id = companies[i]?.id ?? "";
    if (leaders.includes(id)) return true;
    return leaders.every((l) => (known[companies.findIndex((c) => c.id === l)]?.min ?? 0) > r.max);
  });
  // A floor behind the leader may be the true leader: its undisclosed part decides, not a source.
  if (!settled && known.some((r) => r.floor === true)) return { note: "undisclosed" };
  return {
    leader: leaders,
    ...(settled ? {} : { note: "depends-on-source" as const }),
  };
}

function row(
  key: string,
  label: string,
  cells: ComparisonCell[],
  extra: Partial<Pick<ComparisonRow, "rule" | "leader" | "note" | "disputed" | "converted">> = {},
): ComparisonRow {
  return { key, label, cells, disputed: false, converted: false, ...extra };
}

const anyDisputed = (figures: readonly (Figure<unknown> | undefined)[]) =>
  figures.some((f) => f?.disputed !== undefined);

export function compareFound(ctx: AnswerContext, companies: readonly Company[]): ComparisonAnswer {
  const { data } = ctx;
  const book = new SourceBook(data);
  const rates = new RateLedger(data.fxRates, book);
  const refs = companies.map(companyRef);
  const rows: ComparisonRow[] = [];

  // Total raised: reported total + completed rounds since, in one currency.
  const totals = companies.map((c) => totalRaisedView(book, rates, data, c.id, totalRaised(c)));
  const totalFigures = totals.map((t) =>
    t.comparable === undefined
      ? undefined
      : [...(t.reported !== undefined ? [t.reported.figure] : []), ...t.sinceThen.map((r) => r.amount)],
  );
  rows.push(
    row(
      "total-raised",
      "Total raised",
      totals.map((total) =>
        total.comparable !== undefined
          ? { kind: "total", total }
          : // Rounds on record whose amounts were all kept secret, or no round in the data at all.
            { kind: total.sinceThen.length > 0 || total.reported !== undefined ? "undisclosed" : "unknown" },
      ),
      {
        rule: "highest",
        ...highest(
          refs,
          totalFigures.map((f) => (f === undefined ? undefined : moneyRange(rates, f))),
        ),
        disputed: totals.some((t) => t.comparable?.disputed === true),
        converted: totals.some((t) => (t.comparable?.converted.length ?? 0) > 0),
      },
    ),
  );

  // Latest completed round, ranked by its amount.
  const rounds = companies.map((c) => {
    const r = latestRound(c);
    return r === undefined ? undefined : roundView(book, data, c.id, r);
  });
  rows.push(
    row(
      "latest-round",
      "Latest round",
      rounds.map((round) =>
        round === undefined
          ? { kind: "unknown" }
          : { kind: "round", round, comparable: rates.comparable(round.amount) },
      ),
      {
        rule: "highest",
        ...highest(
          refs,
          rounds.map((r) => (r === undefined ? undefined : moneyRange(rates, [r.amount]))),
        ),
        disputed: anyDisputed(rounds.map((r) => r?.amount)),
        converted: rounds.some(
          (r) => r !== undefined && (rates.comparable(r.amount)?.converted.length ?? 0) > 0,
        ),
      },
    ),
  );

  // Valuation: the latest stated one; "undisclosed" when the company kept it secret, "not in the
  // data" when the data has none.
  const said = companies.map((c) => valuation(c).latest !== undefined);
  const valuations = companies.map((c) => {
    const latest = valuation(c).latest;
    if (latest === undefined) return undefined;
    const figure = book.fact(latest.fact);
    // The figure compared is the first stated amount: an "undisclosed" claim stays in the figure
    // (a source that says so is shown beside the one that gives a number) but is never ranked, and
    // where a round's valuation is given before and after its money, the one after comes first.
    const rank = (v: Valuation | "undisclosed") =>
      v === "undisclosed" ? 2 : v.basis === "pre-money" ? 1 : 0;
    const claims = [...figure.claims].sort((a, b) => rank(a.value) - rank(b.value));
    if (claims.every((cl) => cl.value === "undisclosed")) return undefined;
    return { figure: { ...figure, claims }, round: latest.round };
  });
  // A pre-money valuation leaves the round's own money out: it is never ranked against one that
  // includes it. ("Valued at", with no basis stated, is the press's post-money convention.)
  const preMoney = valuations.map((v) => {
    const first = v?.figure.claims[0]?.value;
    return first !== undefined && first !== "undisclosed" && (first as Valuation).basis === "pre-money";
  });
  const mixedBases = preMoney.some(Boolean) && !preMoney.every(Boolean);
  const valuationCells: ComparisonCell[] = valuations.map((v, i) =>
    v === undefined
      ? { kind: said[i] ? "undisclosed" : "unknown" }
      : {
          kind: "money",
          figure: v.figure,
          comparable: rates.comparable(v.figure),
          round: { id: v.round.id, stage: v.round.stage, date: v.round.date },
        },
  );
  rows.push(
    row("valuation", "Valuation", valuationCells, {
      rule: "highest",
      ...(mixedBases
        ? { note: "valuation-basis" as const }
        : highest(
            refs,
            valuations.map((v) => (v === undefined ? undefined : moneyRange(rates, [v.figure]))),
          )),
      disputed: anyDisputed(valuations.map((v) => v?.figure)),
      converted: valuationCells.some((c) => c.kind === "money" && (c.comparable?.converted.length ?? 0) > 0),
    }),
  );

  // Founded: the earliest leads, where the dates can be told apart.
  const founded = companies.map((c) => (c.founded === undefined ? undefined : book.fact(c.founded)));
  const foundedDates = founded.map((f) => f?.claims[0]?.value);
  let foundedLeader: Pick<ComparisonRow, "leader" | "note">;
  if (foundedDates.some((d) => d === undefined)) {
    foundedLeader = { note: "no-founding-date" };
  } else {
    const dates = foundedDates as string[];
    const first = refs.filter((_, i) =>
      dates.every((other, j) => j === i || surelyOrdered(dates[i] ?? "", other) < 0),
    );
    foundedLeader = first.length === 1 ? { leader: first.map((c) => c.id) } : { note: "same-period" };
  }
  rows.push(
    row(
      "founded",
      "Founded",
      founded.map((figure) => (figure === undefined ? { kind: "unknown" } : { kind: "date", figure })),
      { rule: "earliest", ...foundedLeader, disputed: anyDisputed(founded) },
    ),
  );

  rows.push(
    row(
      "founders",
      "Founders",
      companies.map((c) => {
        const people = foundersOf(data, c).map((f) => personView(book, f));
        return people.length === 0 ? { kind: "unknown" } : { kind: "people", people };
      }),
    ),
  );
  rows.push(
    row(
      "category",
      "Category",
      companies.map((c) => ({ kind: "categories", categories: [...c.categories] })),
    ),
  );

  // Metrics every compared company has, in the same unit (or a currency the dataset can convert).
  const first = companies[0];
  for (const metric of first?.metrics ?? []) {
    const all = companies.map((c) => c.metrics.find((m) => m.kind === metric.kind));
    if (all.some((m) => m === undefined)) continue;
    const metrics = all as Metric[];
    const money = metrics.every((m) => m.unit === "USD" || m.unit === "EUR");
    if (!money && metrics.some((m) => m.unit !== metric.unit)) continue;
    const views = metrics.map((m) => metricView(book, m));
    const ranges = views.map((v) =>
      money
        ? moneyRange(rates, [
            {
              claims: v.figure.claims.map((c) => ({
                ...c,
                value: { amount: c.value, currency: v.unit as Money["currency"] },
              })),
            },
          ])
        : numberRange(v.figure),
    );
    const leader = highest(refs, ranges);
    // A floor ("more than X") that trails may still be the true leader: then no leader is named.
    const trailingFloor = views.some(
      (v, i) => v.bound === "at-least" && !(leader.leader ?? []).includes(refs[i]?.id ?? ""),
    );
    const inexact = views.some((v) => v.bound !== "exact");
    rows.push(
      row(
        `metric:${metric.kind}`,
        metric.label,
        views.map((m) => ({ kind: "number", metric: m })),
        {
          rule: "highest",
          ...(trailingFloor
            ? { note: "trailing-floor" as const }
            : inexact
              ? { ...leader, note: leader.note ?? "approximate" }
              : leader),
          disputed: anyDisputed(views.map((v) => v.figure)),
          converted: money && new Set(metrics.map((m) => m.unit)).size > 1,
        },
      ),
    );
  }

  return {
    kind: "comparison",
    companies: refs,
    currency: rates.currency,
    rows,
    rates: rates.used(),
    ...book.done(),
  };
}

/** Compares two to four companies by name. */
export function compareCompanies(
  ctx: AnswerContext,
  names: readonly string[],
): ComparisonAnswer | NotFoundAnswer | AmbiguousAnswer | InvalidRequestAnswer {
  const invalid = (reason: InvalidRequestAnswer["reason"], company?: CompanyRef): InvalidRequestAnswer => ({
    kind: "invalid-request",
    reason,
    queries: [...names],
    limits: { ...COMPARE_LIMITS },
    ...(company !== undefined ? { company } : {}),
    sources: [],
    asOf: { data: ctx.data.asOf },
  });
  if (names.length < COMPARE_LIMITS.min) return invalid("too-few");
  if (names.length > COMPARE_LIMITS.max) return invalid("too-many");
  const companies: Company[] = [];
  for (const name of names) {
    const found = resolveCompany(ctx, name);
    if (!found.ok) return found.answer;
    if (companies.some((c) => c.id === found.company.id))
      return invalid("same-company", companyRef(found.company));
    companies.push(found.company);
  }
  return compareFound(ctx, companies);
}
