// One company's money: what it raised in total, its latest (or largest) round and when, and what
// it is worth. Built on the same answers /funding and /startup give (their views and numbered
// sources), so the evidence's source numbers are the embedded answer's.
import { convert, isMoney } from "../../answers/money.js";
import type {
  CompanyFundingAnswer,
  CompanyProfileAnswer,
  RoundView,
  TotalRaisedView,
} from "../../answers/types.js";
import {
  convertedNote,
  fill,
  formatDate,
  formatList,
  formatMoney,
  formatRate,
  formatWhen,
  joinColon,
} from "../format.js";
import type { Lexicon } from "../lexicon/types.js";
import type { Evidence } from "../types.js";
import {
  type Draft,
  disputeNote,
  figureEvidence,
  moneyText,
  primary,
  type ReplyContext,
  roundInvestors,
  roundLabel,
  sourcesOf,
  stageName,
} from "./common.js";

/** The total in one line: the comparable sum ("about USD 2.86 bn") or the reported figure. */
export function totalAmountText(total: TotalRaisedView, lex: Lexicon): string | undefined {
  const comparable = total.comparable;
  if (comparable !== undefined) return formatMoney(comparable.value, lex, comparable.converted.length > 0);
  const reported = primary(total.reported?.figure);
  return reported === undefined ? undefined : formatMoney(reported, lex);
}

export function totalSentence(company: string, total: TotalRaisedView, lex: Lexicon): string {
  const reported = total.reported;
  const reportedMoney = primary(reported?.figure);
  const amount = totalAmountText(total, lex);
  if (total.basis === "reported" && reported !== undefined && reportedMoney !== undefined)
    return fill(lex, "totalReported", {
      company,
      amount: formatMoney(reportedMoney, lex),
      round: stageName(reported.afterRound.stage, lex),
      date: formatDate(reported.afterRound.date, lex),
    });
  if (total.basis === "reported-plus-later-rounds" && reported !== undefined && reportedMoney !== undefined) {
    const since = total.sinceThen.map((r) => {
      const money = primary(r.amount);
      return `${money === undefined ? lex.labels.undisclosed : formatMoney(money, lex)} (${formatDate(r.date, lex)})`;
    });
    return fill(lex, "totalPlus", {
      company,
      total: amount ?? formatList([formatMoney(reportedMoney, lex), ...since], lex),
      reported: formatMoney(reportedMoney, lex),
      round: stageName(reported.afterRound.stage, lex),
      date: formatDate(reported.afterRound.date, lex),
      since: formatList(since, lex),
    });
  }
  if (total.basis === "sum-of-rounds" && amount !== undefined)
    return fill(lex, "totalSum", { company, amount });
  return fill(lex, "noFunding", { company });
}

export function totalEvidence(total: TotalRaisedView, lex: Lexicon): Evidence[] {
  const evidence: Evidence[] = [];
  const amount = totalAmountText(total, lex);
  const parts = [
    ...(total.reported !== undefined ? [total.reported.figure] : []),
    ...total.sinceThen.map((r) => r.amount),
  ];
  evidence.push({
    label: lex.labels.totalRaised,
    text: amount ?? lex.labels.undisclosed,
    sources: [...new Set(parts.flatMap(sourcesOf))],
  });
  if (total.reported !== undefined && total.basis !== "reported")
    evidence.push(
      figureEvidence(roundLabel(total.reported.afterRound, lex), total.reported.figure, moneyText(lex), lex),
    );
  for (const round of total.sinceThen)
    evidence.push(figureEvidence(roundLabel(round, lex), round.amount, moneyText(lex), lex));
  for (const c of total.comparable?.converted ?? [])
    evidence.push({
      label: lex.labels.rate,
      text: formatRate(c.rate, lex),
      sources: c.rate.sources,
      asOf: c.rate.asOf,
    });
  return evidence;
}

function totalConvertedNote(total: TotalRaisedView, lex: Lexicon): string[] {
  return convertedNote(total.comparable?.converted.map((c) => c.rate) ?? [], lex);
}

function roundSentence(
  company: string,
  round: RoundView,
  lex: Lexicon,
  key: "latestRound" | "roundDate" | "rankingRound",
) {
  const money = primary(round.amount);
  return fill(lex, key, {
    company,
    round: stageName(round.stage, lex),
    amount: money === undefined ? lex.labels.undisclosed : formatMoney(money, lex),
    date: formatDate(round.date, lex),
    when: formatWhen(round.date, lex),
  });
}

export function roundEvidence(round: RoundView, lex: Lexicon): Evidence[] {
  const evidence = [figureEvidence(roundLabel(round, lex), round.amount, moneyText(lex), lex)];
  evidence.push(
    round.valuation === undefined
      ? { label: lex.labels.valuation, text: lex.labels.notInData, sources: [] }
      : figureEvidence(
          lex.labels.valuation,
          round.valuation,
          (v) => (v === "undisclosed" ? lex.labels.undisclosed : formatMoney(v, lex)),
          lex,
        ),
  );
  const investors = roundInvestors(round);
  if (investors.length > 0)
    evidence.push({
      label: lex.labels.investors,
      text: formatList(
        investors.map((i) => (i.lead ? `${i.name} (${lex.labels.lead})` : i.name)),
        lex,
      ),
      sources: [...new Set(investors.flatMap((i) => i.sources))],
    });
  return evidence;
}

/** Total raised, latest round, round date, or largest round of one company. */
export function fundingReply(rc: ReplyContext, funding: CompanyFundingAnswer): Draft {
  const { lex } = rc;
  const company = funding.company.name;
  const metric = rc.understanding.metric;
  const base = { title: company, sources: funding.sources, asOf: funding.asOf, answer: funding };
  const completed = funding.rounds.filter((r) => r.status === "completed");
  if (metric === "total-raised" || completed.length === 0) {
    const total = funding.totalRaised;
    const notes = [
      ...disputeNote(rc, lex.metricNames["total-raised"], total.reported?.figure, moneyText(lex)),
      ...totalConvertedNote(total, lex),
    ];
    return {
      ...base,
      headline: totalSentence(company, total, lex),
      evidence: totalEvidence(total, lex),
      notes,
    };
  }
  const latest = completed.at(-1) as RoundView;
  const rates = rc.ctx.data.fxRates;
  const usd = (r: RoundView) => {
    const claim = r.amount.claims[0];
    if (claim === undefined || !isMoney(claim.value)) return 0;
    return convert(claim.value, "USD", rates, claim.asOf)?.money.amount ?? 0;
  };
  const round =
    metric === "biggest-round" ? completed.reduce((a, b) => (usd(b) > usd(a) ? b : a), latest) : latest;
  const key =
    metric === "round-date" ? "roundDate" : metric === "biggest-round" ? "rankingRound" : "latestRound";
  const sentences = [roundSentence(company, round, lex, key)];
  if (round.leads.length > 0)
    sentences.push(
      fill(lex, "ledBy", {
        investors: formatList(
          round.leads.map((l) => l.name),
          lex,
        ),
      }),
    );
  const talks = funding.rounds.filter((r) => r.status === "reported" && r.date >= round.date);
  for (const talk of talks) {
    const money = primary(talk.amount);
    if (money !== undefined && round === latest)
      sentences.push(
        fill(lex, "talks", { amount: formatMoney(money, lex), date: formatDate(talk.date, lex) }),
      );
  }
  const evidence = [...roundEvidence(round, lex), ...talks.flatMap((t) => roundEvidence(t, lex).slice(0, 1))];
  const notes = [
    ...disputeNote(rc, lex.metricNames["latest-round"], round.amount, moneyText(lex)),
    ...disputeNote(rc, lex.metricNames.valuation, round.valuation, (v) =>
      v === "undisclosed" ? lex.labels.undisclosed : formatMoney(v, lex),
    ),
  ];
  return { ...base, headline: sentences.join(" "), evidence, notes };
}

/** What the company is worth: the latest stated valuation, "undisclosed", and newer talks. */
export function valuationReply(rc: ReplyContext, profile: CompanyProfileAnswer): Draft {
  const { lex } = rc;
  const company = profile.company.name;
  const base = { title: company, sources: profile.sources, asOf: profile.asOf, answer: profile };
  const latest = profile.valuation.latest;
  const format = (v: "undisclosed" | { amount: number; currency: "USD" | "EUR" }) =>
    v === "undisclosed" ? lex.labels.undisclosed : formatMoney(v, lex);
  const sentences: string[] = [];
  const evidence: Evidence[] = [];
  if (latest === undefined) sentences.push(fill(lex, "noValuation", { company }));
  else {
    const value = primary(latest.figure);
    const round = stageName(latest.round.stage, lex);
    const date = formatDate(latest.round.date, lex);
    sentences.push(
      value === undefined || value === "undisclosed"
        ? fill(lex, "valuationUndisclosed", { company, round, date })
        : fill(lex, "valuation", { company, amount: formatMoney(value, lex), round, date }),
    );
    evidence.push(
      figureEvidence(
        joinColon(lex, lex.labels.valuation, roundLabel(latest.round, lex)),
        latest.figure,
        format,
        lex,
      ),
    );
  }
  for (const talk of profile.valuation.reported) {
    const value = primary(talk.figure);
    if (value !== undefined && value !== "undisclosed")
      sentences.push(
        fill(lex, "valuationTalks", {
          amount: formatMoney(value, lex),
          date: formatDate(talk.round.date, lex),
        }),
      );
    evidence.push(
      figureEvidence(
        `${joinColon(lex, lex.labels.valuation, roundLabel(talk.round, lex))} (${lex.templates.reported})`,
        talk.figure,
        format,
        lex,
      ),
    );
  }
  const notes = disputeNote(rc, lex.metricNames.valuation, latest?.figure, format);
  return { ...base, headline: sentences.join(" "), evidence, notes };
}
