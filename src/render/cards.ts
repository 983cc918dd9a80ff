// What a company's card and its funding history say, line by line, in a reply's language and style:
// the one place those texts are written. The Discord renderer lays them out as embed fields, the
// terminal renderer as aligned rows and sections; neither writes a figure itself.
import type { CompanyFundingAnswer, CompanyProfileAnswer, RoundView } from "../answers/types.js";
import type { Messages } from "../i18n/index.js";
import { formatCategory, formatDate, formatSourceMarks } from "./format.js";
import {
  dateText,
  filterText,
  investorsText,
  metricText,
  moneyText,
  personLine,
  placeFigureText,
  roundName,
  roundText,
  type Style,
  statusText,
  textFigure,
  totalConversionNote,
  totalText,
  valuationText,
} from "./phrases.js";

/** A company's card, each part written. Lists are complete: a renderer short of room cuts them. */
export interface ProfileCard {
  description: string;
  categories: string[];
  founded: string;
  hq: string;
  status: string;
  /** The latest valuation, then any reported since (not completed). */
  valuation: string[];
  total: string;
  /** How the total's converted parts were converted, when it has some. */
  converted: string | undefined;
  latestRound: string | undefined;
  reportedRounds: string[];
  /** "Founder" or "Founders", as many as there are. */
  foundersLabel: string;
  founders: string[];
  people: string[];
  products: string[];
  metrics: string[];
  notes: string[];
}

export function profileCard(answer: CompanyProfileAnswer, style: Style, m: Messages): ProfileCard {
  const date = (d: string) => formatDate(d, { language: m.language });
  const { valuation } = answer;
  return {
    description: textFigure(answer.description, style, m),
    categories: answer.categories.map((c) => formatCategory(c, m.language)),
    founded: answer.founded !== undefined ? dateText(answer.founded, style, m) : m.figures.notInData,
    hq: answer.hq !== undefined ? placeFigureText(answer.hq, style, m) : m.figures.notInData,
    status: statusText(answer.status, style, m),
    valuation: [
      valuation.latest === undefined
        ? m.figures.notInData
        : `${valuationText(valuation.latest.figure, style, m)} (${roundName(valuation.latest.round, m)})`,
      ...valuation.reported.map(
        (talk) =>
          `${m.profile.valuationTalks(valuationText(talk.figure, style, m), date(talk.round.date))} ${style.italic(m.profile.notCompleted)}`,
      ),
    ],
    total: totalText(answer.totalRaised, style, m),
    converted: totalConversionNote(answer.totalRaised, m),
    latestRound: answer.latestRound !== undefined ? roundText(answer.latestRound, style, {}, m) : undefined,
    reportedRounds: answer.reportedRounds.map((r) => roundText(r, style, {}, m)),
    foundersLabel: answer.founders.length === 1 ? m.labels.founder : m.labels.founders,
    founders: answer.founders.map((p) => personLine(p, style, m)),
    people: answer.people.map((p) => personLine(p, style, m)),
    products: answer.products.map((p) => {
      const launched =
        p.launched !== undefined ? ` (${m.profile.launched(dateText(p.launched, style, m))})` : "";
      return `${style.bold(style.escape(p.name))}${launched}${m.colon}${textFigure(p.description, style, m)}`;
    }),
    metrics: answer.metrics.map(
      (x) =>
        `${style.escape(x.label)}${m.colon}${metricText(x, style, m)} (${date(x.figure.claims[0]?.asOf ?? "")})`,
    ),
    notes: answer.notes.map(
      (n) => `${date(n.asOf)}${m.colon}${style.escape(n.text)} ${formatSourceMarks(n.sources)}`,
    ),
  };
}

/** One round of a funding history, each figure written; absent parts are undefined. */
export interface RoundCard {
  name: string;
  reported: boolean;
  sources: string;
  amount: string;
  valuation: string;
  investors: string;
  totalAfter: string | undefined;
  note: string | undefined;
}

export interface FundingCard {
  total: string;
  converted: string | undefined;
  /** "Only the rounds of 2024: 1 of the 5 on record.", when the history is filtered. */
  filter: string | undefined;
  /** "No funding round on record.", when there is none and no filter hid them. */
  empty: string | undefined;
  rounds: RoundCard[];
}

function roundCard(round: RoundView, style: Style, m: Messages): RoundCard {
  const investors = investorsText(round, style, m);
  return {
    name: roundName(round, m),
    reported: round.status === "reported",
    sources: formatSourceMarks(round.sources),
    amount: moneyText(round.amount, style, m),
    valuation: valuationText(round.valuation, style, m),
    investors: investors !== "" ? investors : m.figures.notInData,
    totalAfter:
      round.totalRaisedAfter !== undefined ? moneyText(round.totalRaisedAfter, style, m) : undefined,
    note: round.note !== undefined ? style.escape(round.note) : undefined,
  };
}

export function fundingCard(answer: CompanyFundingAnswer, style: Style, m: Messages): FundingCard {
  return {
    total: totalText(answer.totalRaised, style, m),
    converted: totalConversionNote(answer.totalRaised, m),
    filter: answer.filter !== undefined ? filterText(answer.filter, answer.rounds.length, m) : undefined,
    empty: answer.rounds.length === 0 && answer.filter === undefined ? m.funding.noRounds : undefined,
    rounds: answer.rounds.map((round) => roundCard(round, style, m)),
  };
}
