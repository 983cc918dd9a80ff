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
import type { Messages } from "../../i18n/index.js";
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
export function totalAmountText(total: TotalRaisedView, words: Messages): string | undefined {
  const comparable = total.comparable;
  if (comparable !== undefined) return formatMoney(comparable.value, words, comparable.converted.length > 0);
  const reported = primary(total.reported?.figure);
  return reported === undefined ? undefined : formatMoney(reported, words);
}

export function totalSentence(company: string, total: TotalRaisedView, words: Messages): string {
  const reported = total.reported;
  const reportedMoney = primary(reported?.figure);
  const amount = totalAmountText(total, words);
  if (total.basis === "reported" && reported !== undefined && reportedMoney !== undefined)
    return fill(words, "totalReported", {
      company,
      amount: formatMoney(reportedMoney, words),
      round: stageName(reported.afterRound.stage, words),
      date: formatDate(reported.afterRound.date, words),
    });
  if (total.basis === "reported-plus-later-rounds" && reported !== undefined && reportedMoney !== undefined) {
    const since = total.sinceThen.map((r) => {
      const money = primary(r.amount);
      return `${money === undefined ? words.figures.undisclosed : formatMoney(money, words)} (${formatDate(r.date, words)})`;
    });
    return fill(words, "totalPlus", {
      company,
      total: amount ?? formatList([formatMoney(reportedMoney, words), ...since], words),
      reported: formatMoney(reportedMoney, words),
      round: stageName(reported.afterRound.stage, words),
      date: formatDate(reported.afterRound.date, words),
      since: formatList(since, words),
    });
  }
  if (total.basis === "sum-of-rounds" && amount !== undefined)
    return fill(words, "totalSum", { company, amount });
  return fill(words, "noFunding", { company });
}

export function totalEvidence(total: TotalRaisedView, words: Messages): Evidence[] {
  const evidence: Evidence[] = [];
  const amount = totalAmountText(total, words);
  const parts = [
    ...(total.reported !== undefined ? [total.reported.figure] : []),
    ...total.sinceThen.map((r) => r.amount),
  ];
  evidence.push({
    label: words.labels.totalRaised,
    text: amount ?? words.figures.undisclosed,
    sources: [...new Set(parts.flatMap(sourcesOf))],
  });
  if (total.reported !== undefined && total.basis !== "reported")
    evidence.push(
      figureEvidence(
        roundLabel(total.reported.afterRound, words),
        total.reported.figure,
        moneyText(words),
        words,
      ),
    );
  for (const round of total.sinceThen)
    evidence.push(figureEvidence(roundLabel(round, words), round.amount, moneyText(words), words));
  for (const c of total.comparable?.converted ?? [])
    evidence.push({
      label: words.answers.labels.rate,
      text: formatRate(c.rate, words),
      sources: c.rate.sources,
      asOf: c.rate.asOf,
    });
  return evidence;
}

function totalConvertedNote(total: TotalRaisedView, words: Messages): string[] {
  return convertedNote(total.comparable?.converted.map((c) => c.rate) ?? [], words);
}

function roundSentence(
  company: string,
  round: RoundView,
  words: Messages,
  key: "latestRound" | "roundDate" | "rankingRound",
) {
  const money = primary(round.amount);
  return fill(words, key, {
    company,
    round: stageName(round.stage, words),
    amount: money === undefined ? words.figures.undisclosed : formatMoney(money, words),
    date: formatDate(round.date, words),
    when: formatWhen(round.date, words),
  });
}

export function roundEvidence(round: RoundView, words: Messages): Evidence[] {
  const evidence = [figureEvidence(roundLabel(round, words), round.amount, moneyText(words), words)];
  evidence.push(
    round.valuation === undefined
      ? { label: words.labels.valuation, text: words.figures.notInData, sources: [] }
      : figureEvidence(
          words.labels.valuation,
          round.valuation,
          (v) => (v === "undisclosed" ? words.figures.undisclosed : formatMoney(v, words)),
          words,
        ),
  );
  const investors = roundInvestors(round);
  if (investors.length > 0)
    evidence.push({
      label: words.labels.investors,
      text: formatList(
        investors.map((i) => (i.lead ? `${i.name} (${words.answers.labels.lead})` : i.name)),
        words,
      ),
      sources: [...new Set(investors.flatMap((i) => i.sources))],
    });
  return evidence;
}

/** Total raised, latest round, round date, or largest round of one company. */
export function fundingReply(rc: ReplyContext, funding: CompanyFundingAnswer): Draft {
  const { words } = rc;
  const company = funding.company.name;
  const metric = rc.understanding.metric;
  const base = { title: company, sources: funding.sources, asOf: funding.asOf, answer: funding };
  const completed = funding.rounds.filter((r) => r.status === "completed");
  if (metric === "total-raised" || completed.length === 0) {
    const total = funding.totalRaised;
    const notes = [
      ...disputeNote(rc, words.answers.metricNames["total-raised"], total.reported?.figure, moneyText(words)),
      ...totalConvertedNote(total, words),
    ];
    return {
      ...base,
      headline: totalSentence(company, total, words),
      evidence: totalEvidence(total, words),
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
  const sentences = [roundSentence(company, round, words, key)];
  if (round.leads.length > 0)
    sentences.push(
      fill(words, "ledBy", {
        investors: formatList(
          round.leads.map((l) => l.name),
          words,
        ),
      }),
    );
  const talks = funding.rounds.filter((r) => r.status === "reported" && r.date >= round.date);
  for (const talk of talks) {
    const money = primary(talk.amount);
    if (money !== undefined && round === latest)
      sentences.push(
        fill(words, "talks", { amount: formatMoney(money, words), date: formatDate(talk.date, words) }),
      );
  }
  const evidence = [
    ...roundEvidence(round, words),
    ...talks.flatMap((t) => roundEvidence(t, words).slice(0, 1)),
  ];
  const notes = [
    ...disputeNote(rc, words.answers.metricNames["latest-round"], round.amount, moneyText(words)),
    ...disputeNote(rc, words.answers.metricNames.valuation, round.valuation, (v) =>
      v === "undisclosed" ? words.figures.undisclosed : formatMoney(v, words),
    ),
  ];
  return { ...base, headline: sentences.join(" "), evidence, notes };
}

/** What the company is worth: the latest stated valuation, "undisclosed", and newer talks. */
export function valuationReply(rc: ReplyContext, profile: CompanyProfileAnswer): Draft {
  const { words } = rc;
  const company = profile.company.name;
  const base = { title: company, sources: profile.sources, asOf: profile.asOf, answer: profile };
  const latest = profile.valuation.latest;
  const format = (v: "undisclosed" | { amount: number; currency: "USD" | "EUR" }) =>
    v === "undisclosed" ? words.figures.undisclosed : formatMoney(v, words);
  const sentences: string[] = [];
  const evidence: Evidence[] = [];
  if (latest === undefined) sentences.push(fill(words, "noValuation", { company }));
  else {
    const value = primary(latest.figure);
    const round = stageName(latest.round.stage, words);
    const date = formatDate(latest.round.date, words);
    sentences.push(
      value === undefined || value === "undisclosed"
        ? fill(words, "valuationUndisclosed", { company, round, date })
        : fill(words, "valuation", { company, amount: formatMoney(value, words), round, date }),
    );
    evidence.push(
      figureEvidence(
        joinColon(words, words.labels.valuation, roundLabel(latest.round, words)),
        latest.figure,
        format,
        words,
      ),
    );
  }
  for (const talk of profile.valuation.reported) {
    const value = primary(talk.figure);
    if (value !== undefined && value !== "undisclosed")
      sentences.push(
        fill(words, "valuationTalks", {
          amount: formatMoney(value, words),
          date: formatDate(talk.round.date, words),
        }),
      );
    evidence.push(
      figureEvidence(
        `${joinColon(words, words.labels.valuation, roundLabel(talk.round, words))} (${words.answers.templates.reported})`,
        talk.figure,
        format,
        words,
      ),
    );
  }
  const notes = disputeNote(rc, words.answers.metricNames.valuation, latest?.figure, format);
  return { ...base, headline: sentences.join(" "), evidence, notes };
}
