// The sourcing rules a schema can't express (../shared/SOURCING.md): every page cited is a full
// source record with its address, every citation of a page quotes the sentence that holds the
// value, and that quote states the value it supports (the amount, the year, the city, the name), so
// a reader who opens the page finds it with Ctrl-F.
import { forEachCitation, type Path } from "./citations.js";
import { namesAny, namesCity, namesCurrency, namesStage, saysLed, statesFigure } from "./figures-in-text.js";
import type { Problem } from "./load.js";
import type { Citation, Claim, Fact, Landscape, Money, PartialDate, Place, Round } from "./schema.js";
import { SEED_SOURCE } from "./seed-facts.js";

/** Every citation a round carries: its own, its figures', its investors'. */
function roundCitations(round: Round): Citation[] {
  const facts = [round.amount, round.valuation, round.totalRaisedAfter];
  return [
    ...round.cite,
    ...facts.flatMap((f) => f?.claims.flatMap((c) => c.cite) ?? []),
    ...round.investors.flatMap((i) => i.cite),
  ];
}

export function checkRules(data: Landscape): Problem[] {
  const problems: Problem[] = [];
  const at = (path: Path, message: string) => problems.push({ path, message });
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const people = new Map(data.people.map((p) => [p.id, p]));
  const investors = new Map(data.investors.map((i) => [i.id, i]));

  data.sources.forEach((s, i) => {
    if (s.kind === "page" && s.id !== SEED_SOURCE && s.url === undefined)
      at(["sources", i, "url"], "a page needs its address (url), so a reader can open it");
  });

  /**
   * Citations of a page that must quote it: every source but the seed (fact id + line) and data sets
   * (an unknown source id is the cross-check's to report).
   */
  const quoted = (c: Citation) => c.source !== SEED_SOURCE && sources.get(c.source)?.kind === "page";

  // Every citation of a page quotes it.
  forEachCitation(data, (c, here) => {
    if (quoted(c) && c.says === undefined)
      at([...here, "says"], `quote the sentence of "${c.source}" that holds the value`);
  });

  /** Each quote of the claim must pass `states`; `what` says what it should contain. */
  const quotes = <T>(
    claim: Claim<T>,
    path: Path,
    what: string,
    states: (says: string, c: Citation) => boolean,
  ) => {
    claim.cite.forEach((c, i) => {
      if (!quoted(c) || c.says === undefined) return;
      if (!states(c.says, c))
        at([...path, "cite", i, "says"], `the quote of "${c.source}" does not state ${what}`);
    });
  };
  const money = (m: Money) => `${m.amount} ${m.currency}`;
  const statesMoney = (value: Money) => (says: string, c: Citation) => {
    const m = c.reported ?? value;
    return statesFigure(says, m.amount) && namesCurrency(says, m.currency);
  };
  const moneyFact = (fact: Fact<Money | "undisclosed" | object> | undefined, path: Path) =>
    fact?.claims.forEach((claim, ci) => {
      const v = claim.value;
      if (typeof v === "object" && v !== null && "amount" in v && "currency" in v) {
        const m = { amount: v.amount, currency: v.currency } as Money;
        quotes(
          claim,
          [...path, "claims", ci],
          `${money(m)} (the amount as the page writes it)`,
          statesMoney(m),
        );
      }
    });
  const yearOf = (d: PartialDate) => d.slice(0, 4);

  const placeQuotes = (hq: Fact<Place> | undefined, here: Path) =>
    hq?.claims.forEach((claim, k) => {
      quotes(claim, [...here, "hq", "claims", k], `the city ${claim.value.city}`, (says) =>
        namesCity(says, claim.value.city),
      );
    });
  data.elsewhere.forEach((company, i) => {
    placeQuotes(company.hq, ["elsewhere", i]);
  });

  data.companies.forEach((company, ci) => {
    const here: Path = ["companies", ci];
    company.founded?.claims.forEach((claim, k) => {
      quotes(claim, [...here, "founded", "claims", k], `the year ${yearOf(claim.value)}`, (says) =>
        says.includes(yearOf(claim.value)),
      );
    });
    placeQuotes(company.hq, here);
    company.status?.claims.forEach((claim, k) => {
      const path = [...here, "status", "claims", k];
      const v = claim.value;
      if (v.state === "acquired") {
        quotes(claim, path, `the acquirer ${v.by}`, (says) => namesAny(says, [v.by]));
        if (v.price !== undefined && v.price !== "undisclosed") {
          const price = v.price;
          quotes(claim, path, money(price), statesMoney(price));
        }
      }
    });
    for (const list of ["founders", "people"] as const)
      company[list].forEach((position, k) => {
        const person = people.get(position.person);
        if (person === undefined) return;
        const names = [person.name, person.name.split(/\s+/).at(-1) ?? person.name, ...person.aliases];
        quotes(
          { value: 0, asOf: "2000", cite: position.cite },
          [...here, list, k],
          `the name ${person.name}`,
          (says) => namesAny(says, names),
        );
      });
    company.rounds.forEach((round, ri) => {
      const path: Path = [...here, "rounds", ri];
      // A stage and a lead are shown as facts ("Series A led by X"): some quote of the round must
      // name the stage, and a lead's own quote must say it led, unless it was the only investor.
      // (A round citing an unknown source is the cross-check's to report, not this rule's.)
      const all = roundCitations(round);
      const roundQuotes = all.filter(quoted);
      if (
        all.every((c) => sources.has(c.source)) &&
        roundQuotes.length > 0 &&
        !roundQuotes.some((c) => c.says !== undefined && namesStage(c.says, round.stage))
      )
        at([...path, "stage"], `no quote of the round names its stage (${round.stage})`);
      round.investors.forEach((part, k) => {
        const own = part.cite.filter(quoted);
        if (
          part.lead &&
          round.investors.length > 1 &&
          own.length > 0 &&
          !own.some((c) => c.says !== undefined && saysLed(c.says))
        )
          at([...path, "investors", k, "lead"], `no quote of "${part.investor}" says it led the round`);
      });
      moneyFact(round.amount, [...path, "amount"]);
      moneyFact(round.valuation, [...path, "valuation"]);
      moneyFact(round.totalRaisedAfter, [...path, "totalRaisedAfter"]);
      round.investors.forEach((part, k) => {
        const investor = investors.get(part.investor);
        if (investor === undefined) return;
        quotes(
          { value: 0, asOf: round.date, cite: part.cite },
          [...path, "investors", k],
          `the investor ${investor.name}`,
          (says) => namesAny(says, [investor.name, ...investor.aliases]),
        );
      });
    });
    company.metrics.forEach((metric, k) => {
      metric.fact.claims.forEach((claim, m) => {
        quotes(claim, [...here, "metrics", k, "fact", "claims", m], `${claim.value}`, (says) =>
          statesFigure(says, claim.value),
        );
      });
    });
  });

  data.ecosystem.forEach((fact, ei) => {
    fact.figures.forEach((figure, k) => {
      const v = figure.value;
      const claim = { value: v, asOf: figure.asOf, cite: figure.cite };
      const path = ["ecosystem", ei, "figures", k];
      if ("currency" in v) quotes(claim, path, money(v), statesMoney(v));
      else quotes(claim, path, `${v.amount}`, (says) => statesFigure(says, v.amount));
    });
  });
  return problems;
}
