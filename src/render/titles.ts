// Titles and one-line explanations both renderers share.
import type { FundingRankingAnswer, InvalidRequestAnswer, RankingEntry } from "../answers/types.js";
import { formatConverted, formatStage } from "./format.js";

export function rankingTitle(answer: FundingRankingAnswer): string {
  const { stage, year } = answer.filter;
  const stageText = stage !== undefined ? ` ${formatStage(stage)}` : "";
  const yearText = year !== undefined ? ` in ${year}` : "";
  if (answer.by === "round") return `Largest${stageText} rounds${yearText || " on record"}`;
  if (stage === undefined && year === undefined) return "Companies by total raised";
  return `Companies by amount raised${stage !== undefined ? ` in ${formatStage(stage)} rounds` : ""}${yearText}`;
}

export function invalidRequestText(answer: InvalidRequestAnswer, bold: (s: string) => string): string {
  const limits = answer.limits ?? { min: 2, max: 4 };
  switch (answer.reason) {
    case "same-company":
      return `You named ${bold(answer.company?.name ?? "the same company")} twice: a comparison needs ${limits.min} to ${limits.max} different companies.`;
    case "too-few":
      return `A comparison needs at least ${limits.min} companies.`;
    case "too-many":
      return `A comparison takes at most ${limits.max} companies.`;
  }
}

/** A reported total in another currency, converted for the ranking. */
export function totalSuffix(entry: RankingEntry): string {
  return entry.total?.basis === "reported" && entry.amount.converted.length > 0
    ? ` (${formatConverted(entry.amount.value)})`
    : "";
}
