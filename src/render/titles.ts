// Titles and one-line explanations both renderers share, in the reply's language (English by default).
import type {
  AboutAnswer,
  FundingRankingAnswer,
  InvalidRequestAnswer,
  RankingEntry,
} from "../answers/types.js";
import type { Messages } from "../i18n/index.js";
import { formatConverted, formatStage } from "./format.js";

export function rankingTitle(answer: FundingRankingAnswer, m: Messages): string {
  const { stage, year, investor } = answer.filter;
  // "Largest rounds on record · Lightspeed Venture Partners": an investor's rounds say whose.
  const whose =
    investor === undefined ? "" : ` · ${investor.name}${investor.led ? ` (${m.answers.labels.lead})` : ""}`;
  const stageName = stage !== undefined ? formatStage(stage, m.language) : undefined;
  if (answer.by === "round") return `${m.ranking.largestRounds(stageName, year)}${whose}`;
  if (stage === undefined && year === undefined && investor === undefined) return m.ranking.byTotal;
  return `${m.ranking.byAmount(stageName, year)}${whose}`;
}

export function invalidRequestText(
  answer: InvalidRequestAnswer,
  bold: (s: string) => string,
  m: Messages,
): string {
  const limits = answer.limits ?? { min: 2, max: 4 };
  switch (answer.reason) {
    case "same-company":
      return m.notices.sameCompany(
        bold(answer.company?.name ?? m.notices.theSameCompany),
        limits.min,
        limits.max,
      );
    case "too-few":
      return m.notices.tooFew(limits.min);
    case "too-many":
      return m.notices.tooMany(limits.max);
  }
}

/** A reported total in another currency, converted for the ranking. */
export function totalSuffix(entry: RankingEntry, m: Messages): string {
  return entry.total?.basis === "reported" && entry.amount.converted.length > 0
    ? ` (${formatConverted(entry.amount.value, m.language)})`
    : "";
}

/** "Mistral AI, Hugging Face, … and 162 more: ask /startup by name". */
export function companiesText(
  answer: Pick<AboutAnswer, "companies" | "counts">,
  name: (company: string) => string,
  m: Messages,
): string {
  if (answer.companies.length === 0) return m.about.none;
  const more = answer.counts.companies - answer.companies.length;
  const names = answer.companies.map(name).join(m.comma);
  return more > 0 ? `${names}${m.comma}${m.about.moreCompanies(more)}` : names;
}
