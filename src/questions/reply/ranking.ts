// "Which raised the most?", "the largest round of 2024", "highest valuation", "latest rounds",
// "founded first", and "which companies do image". Money rankings are /funding's ranking answer;
// the others are built here from the same building blocks, with their own numbered sources.

import { completedRounds } from "../../answers/company-facts.js";
import { compareDates } from "../../answers/dates.js";
import { RateLedger } from "../../answers/money.js";
import { byFounded, byMetric, byRoundDate, byValuation } from "../../answers/orderings.js";
import { fundingRankingWithTop } from "../../answers/ranking.js";
import { SourceBook } from "../../answers/sources.js";
import type { Figure, FundingRankingAnswer, RankingEntry } from "../../answers/types.js";
import { metricView, roundView } from "../../answers/views.js";
import type { Category, Company, Money } from "../../data/schema.js";
import { englishLandscape, placeName } from "../../data/translations.js";
import { companiesByWeight } from "../../search/entries.js";
import type { TemplateKey } from "../format.js";
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
import { cityOf } from "../places.js";
import type { Evidence } from "../types.js";
import {
  type Draft,
  figureEvidence,
  primary,
  type ReplyContext,
  roundLabel,
  sourcesOf,
  stageName,
} from "./common.js";
import { METRIC_KINDS, metricValue } from "./company.js";
import { totalAmountText } from "./funding.js";

const SHOWN = 5;
/**
 * Entries on the ranking card a money ranking embeds: a Discord embed holds about this many lines,
 * and the figures listed for the question are its first few.
 */
const CARD_SHOWN = 20;
/**
 * Discord's cap on a message's text. A card whose "not ranked" names alone are longer (a dataset
 * of thousands with no amounts) can never be shown whole: it is left out, and the figures listed
 * stand on their own, as they would once the renderer found the card too long.
 */
const MESSAGE_CHARS = 6000;
/** Companies named in a category or "every company" answer. */
const LIST_SHOWN = 20;

function inCategory(company: Company | undefined, category: Category | undefined): boolean {
  return category === undefined || (company?.categories.includes(category) ?? false);
}

/**
 * The ids of the companies based in the city a question names ("in Lyon"), read off the English
 * data (the answer's copy has the city in the reader's language); undefined when none is named.
 */
function inCity(rc: ReplyContext): ReadonlySet<string> | undefined {
  const city = rc.understanding.filters.city;
  if (city === undefined) return undefined;
  return new Set(
    englishLandscape(rc.ctx.data)
      .companies.filter((c) => cityOf(c) === city)
      .map((c) => c.id),
  );
}

/** "Ranking · Lyon": the title says the city a ranking is narrowed to. */
function titled(rc: ReplyContext, title: string): string {
  const city = rc.understanding.filters.city;
  return city === undefined ? title : `${title} · ${placeName(city, rc.understanding.language)}`;
}

/** "The largest round", or, for one investor's rounds, "the largest round with X" / "X led". */
function roundTemplate(answer: FundingRankingAnswer, least: boolean): TemplateKey {
  const investor = answer.filter.investor;
  if (investor === undefined) return least ? "rankingRoundLeast" : "rankingRound";
  if (investor.led) return least ? "investorRoundLedLeast" : "investorRoundLed";
  return least ? "investorRoundLeast" : "investorRound";
}

function moneyRanking(rc: ReplyContext): Draft {
  const { words, ctx, understanding } = rc;
  const { filters, metric } = understanding;
  const by = metric === "biggest-round" ? "round" : "company";
  // The card under the sentence is the ranking's first page; a category narrows the figures listed
  // (the card still ranks every company), so its top few come from the whole ranking, not the page.
  const category = filters.category;
  const companies = inCity(rc);
  const narrowed = category !== undefined || companies !== undefined;
  const count = filters.top ?? SHOWN;
  const { answer, top: inCategoryTop } = fundingRankingWithTop(
    ctx,
    {
      by,
      stage: filters.stage,
      year: filters.year,
      limit: Math.max(CARD_SHOWN, count),
      ascending: filters.ascending,
      investor: filters.investor,
      investorLed: filters.investorLed,
    },
    narrowed ? { category, companies, count } : undefined,
  );
  const shown = narrowed ? inCategoryTop : answer.entries.slice(0, count);
  const amountOf = (e: RankingEntry) =>
    e.total !== undefined
      ? (totalAmountText(e.total, words) ?? words.figures.undisclosed)
      : formatMoney(e.amount.value, words, e.amount.converted.length > 0);
  const sourcesOfEntry = (e: RankingEntry) =>
    e.total !== undefined
      ? [
          ...new Set([
            ...sourcesOf(e.total.reported?.figure),
            ...e.total.sinceThen.flatMap((r) => sourcesOf(r.amount)),
          ]),
        ]
      : [...new Set([...(e.round ? [e.round] : (e.rounds ?? [])).flatMap((r) => sourcesOf(r.amount))])];
  const evidence: Evidence[] = shown.map((e, i) => ({
    label: `${i + 1}. ${e.company.name}${e.round !== undefined ? `: ${roundLabel(e.round, words)}` : ""}`,
    text: amountOf(e),
    sources: sourcesOfEntry(e),
  }));
  for (const rate of answer.rates)
    evidence.push({
      label: words.answers.labels.rate,
      text: formatRate(rate, words),
      sources: rate.sources,
      asOf: rate.asOf,
    });
  const top = shown[0];
  let headline: string;
  if (top === undefined) headline = fill(words, "rankingEmpty", {});
  else if (top.round !== undefined)
    headline = fill(words, roundTemplate(answer, filters.ascending === true), {
      investor: answer.filter.investor?.name ?? "",
      company: top.company.name,
      round: stageName(top.round.stage, words),
      amount: formatMoney(primary(top.round.amount) ?? top.amount.value, words),
      date: formatDate(top.round.date, words),
    });
  else
    headline = fill(words, filters.ascending ? "rankingLeast" : "rankingTotal", {
      company: top.company.name,
      amount: amountOf(top),
    });
  const notes = convertedNote(answer.rates, words);
  return {
    title: titled(rc, words.answers.labels.ranking),
    headline,
    evidence,
    notes,
    sources: answer.sources,
    asOf: answer.asOf,
    answer: unrankedChars(answer.unranked) > MESSAGE_CHARS ? undefined : answer,
  };
}

function unrankedChars(unranked: readonly { name: string }[]): number {
  let chars = 0;
  for (const company of unranked) chars += company.name.length + 2;
  return chars;
}

interface Ranked {
  company: Company;
  value: number;
  label: string;
  evidence: Evidence;
  date: string;
}

/**
 * Valuations, newest rounds, founding dates or a business metric, ranked with their own sources.
 * The order comes from the dataset's orderings (src/answers/orderings.ts); only the few shown are
 * cited, so the sources are numbered in the order they are shown.
 */
function ownRanking(rc: ReplyContext): Draft {
  const { words, ctx, understanding } = rc;
  const { metric, filters } = understanding;
  const book = new SourceBook(ctx.data);
  const rates = new RateLedger(ctx.data.fxRates, book);
  const companies = inCity(rc);
  const fits = (company: Company) =>
    inCategory(company, filters.category) && (companies === undefined || companies.has(company.id));
  const shown: Ranked[] = [];
  const count = filters.top ?? SHOWN;
  // The other end of the list: the lowest valuation, the youngest company.
  const inOrder = <T>(list: readonly T[]): readonly T[] => (filters.ascending ? [...list].reverse() : list);
  if (metric === "valuation") {
    for (const { company, value, item } of inOrder(byValuation(ctx.data))) {
      if (shown.length >= count) break;
      if (!fits(company)) continue;
      const figure = book.fact(item.fact);
      const money = primary(figure);
      if (money === undefined || money === "undisclosed") continue;
      // Records the rate used, for the note saying amounts were converted.
      rates.comparable(figure as Figure<Money>);
      shown.push({
        company,
        value,
        label: formatMoney(money, words),
        date: formatDate(item.round.date, words),
        evidence: figureEvidence(
          company.name,
          figure,
          (v) => (v === "undisclosed" ? words.figures.undisclosed : formatMoney(v, words)),
          words,
        ),
      });
    }
  } else if (metric === "round-date") {
    const year = filters.year === undefined ? undefined : String(filters.year);
    for (const { company, value, item: round } of inOrder(byRoundDate(ctx.data))) {
      if (shown.length >= count) break;
      if (!fits(company) || (year !== undefined && !round.date.startsWith(year))) continue;
      // A round dated by its year alone has no place within that year: never "the earliest".
      if (filters.ascending && round.date.length === 4) continue;
      const view = roundView(book, ctx.data, company.id, round);
      const money = primary(view.amount);
      shown.push({
        company,
        value,
        label: money === undefined ? words.figures.undisclosed : formatMoney(money, words),
        date: formatDate(round.date, words),
        evidence: figureEvidence(
          joinColon(words, company.name, roundLabel(view, words)),
          view.amount,
          (m) => formatMoney(m, words),
          words,
        ),
      });
    }
  } else if (metric === "founded") {
    for (const { company, value, item: date } of inOrder(byFounded(ctx.data))) {
      if (shown.length >= count) break;
      if (!fits(company) || company.founded === undefined) continue;
      const figure = book.fact(company.founded);
      shown.push({
        company,
        value,
        label: formatDate(date, words),
        date: formatDate(date, words),
        evidence: figureEvidence(company.name, figure, (d) => formatDate(d, words), words),
      });
    }
  } else if (metric !== undefined) {
    for (const { company, value, item: found } of inOrder(byMetric(ctx.data, METRIC_KINDS[metric] ?? []))) {
      if (shown.length >= count) break;
      if (!fits(company)) continue;
      const view = metricView(book, found);
      shown.push({
        company,
        value,
        label: metricValue(view, words)(value),
        date: formatDate(view.figure.claims[0]?.asOf ?? ctx.data.asOf, words),
        evidence: figureEvidence(
          joinColon(words, company.name, view.label),
          view.figure,
          metricValue(view, words),
          words,
        ),
      });
    }
  }
  const top = shown[0];
  let headline = fill(words, "rankingEmpty", {});
  if (top !== undefined) {
    if (metric === "valuation")
      headline = fill(words, filters.ascending ? "rankingValuationLeast" : "rankingValuation", {
        company: top.company.name,
        amount: top.label,
        date: top.date,
      });
    else if (metric === "round-date") {
      const round = completedRounds(top.company)
        .filter((r) => formatDate(r.date, words) === top.date)
        .at(-1);
      headline = fill(words, filters.ascending ? "rankingEarliest" : "rankingRecent", {
        company: top.company.name,
        round: round ? stageName(round.stage, words) : "",
        amount: top.label,
        date: top.date,
      });
    } else if (metric === "founded")
      headline = fill(words, filters.ascending ? "rankingYoungest" : "rankingFounded", {
        company: top.company.name,
        when: formatWhen(top.company.founded?.claims[0]?.value ?? "", words),
      });
    else
      headline = fill(words, "metric", {
        company: top.company.name,
        metric: words.answers.metricNames[metric ?? "total-raised"],
        value: top.label,
        date: top.date,
      });
  }
  const evidence = shown.map((r, i) => ({ ...r.evidence, label: `${i + 1}. ${r.evidence.label}` }));
  const notes = convertedNote(rates.used(), words);
  return { title: titled(rc, words.answers.labels.ranking), headline, evidence, notes, ...book.done() };
}

export function rankingReply(rc: ReplyContext): Draft {
  const metric = rc.understanding.metric;
  if (metric === "total-raised" || metric === "biggest-round" || metric === undefined)
    return moneyRanking(rc);
  return ownRanking(rc);
}

export function categoryReply(rc: ReplyContext, category: Category | undefined): Draft {
  const { words, ctx, understanding } = rc;
  const book = new SourceBook(ctx.data);
  const here = inCity(rc);
  // A self-hoster's dataset may put thousands of companies in a category: name the most prominent
  // few (then by founding date), and say how many more there are.
  const listed = companiesByWeight(ctx.data, category).filter((c) => here === undefined || here.has(c.id));
  const companies = listed
    .slice(0, LIST_SHOWN)
    .sort((a, b) => compareDates(a.founded?.claims[0]?.value ?? "9", b.founded?.claims[0]?.value ?? "9"));
  const more = listed.length - companies.length;
  const names = formatList(
    [
      ...companies.map((c) => c.name),
      ...(more > 0 ? [words.list.more.replace("{count}", String(more))] : []),
    ],
    words,
  );
  const categoryName = category === undefined ? undefined : words.answers.categoryNames[category];
  const city = understanding.filters.city;
  if (city !== undefined) {
    // "Startups in Lyon": each one's headquarters, cited, is the evidence.
    const evidence = companies.flatMap((c) =>
      c.hq === undefined ? [] : [figureEvidence(c.name, book.fact(c.hq), (p) => p.city, words)],
    );
    const values = {
      city: placeName(city, understanding.language),
      category: categoryName ?? "",
      companies: names,
    };
    const template: TemplateKey =
      categoryName === undefined
        ? companies.length === 0
          ? "noneInCity"
          : "inCity"
        : companies.length === 0
          ? "noCategoryInCity"
          : "categoryInCity";
    const title = titled(rc, categoryName ?? words.answers.labels.companies);
    return { title, headline: fill(words, template, values), evidence, notes: [], ...book.done() };
  }
  if (categoryName === undefined) {
    const evidence = companies.map((c) => ({
      label: c.name,
      text: c.categories.map((k) => words.answers.categoryNames[k]).join(words.list.separator),
      sources: book.cite(c.description.claims[0]?.cite ?? []),
    }));
    const headline = fill(words, "allCompanies", { count: String(listed.length), companies: names });
    return { title: words.answers.labels.companies, headline, evidence, notes: [], ...book.done() };
  }
  const evidence = companies.map((c) => figureEvidence(c.name, book.fact(c.description), (t) => t, words));
  const headline =
    companies.length === 0
      ? fill(words, "noCategory", { category: categoryName })
      : fill(words, "category", { category: categoryName, companies: names });
  return { title: categoryName, headline, evidence, notes: [], ...book.done() };
}
