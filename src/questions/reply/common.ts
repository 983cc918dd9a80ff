// What every reply builder shares: the reply's context, figures turned into evidence lines, and
// the "answered" shape. Evidence texts carry no source marks (the renderer adds them from
// `sources`), except a disputed figure, which lists each source's value with its own marks.
import type { AnswerContext } from "../../answers/context.js";
import type { AsOf, Figure, NumberedSource, RoundView } from "../../answers/types.js";
import type { Money, PartialDate, Stage, Undisclosed } from "../../data/schema.js";
import type { Messages } from "../../i18n/index.js";
import { formatClaims, formatDate, formatMoney } from "../format.js";
import type { AnsweredQuestion, EmbeddedAnswer, Evidence, Understanding } from "../types.js";

export interface ReplyContext {
  ctx: AnswerContext;
  understanding: Understanding;
  words: Messages;
}

export interface Draft {
  title: string;
  headline: string;
  evidence: Evidence[];
  notes: string[];
  sources: NumberedSource[];
  asOf: AsOf;
  answer?: EmbeddedAnswer | undefined;
}

export function answered(rc: ReplyContext, reply: Draft): AnsweredQuestion {
  return { kind: "answered", understanding: rc.understanding, ...reply };
}

export function sourcesOf(figure: Figure<unknown> | undefined): number[] {
  return [...new Set(figure?.claims.flatMap((c) => c.sources) ?? [])];
}

export const primary = <T>(figure: Figure<T> | undefined): T | undefined => figure?.claims[0]?.value;

/** A figure as an evidence line: the primary value, or every source's value when they differ. */
export function figureEvidence<T>(
  label: string,
  figure: Figure<T>,
  format: (value: T) => string,
  words: Messages,
): Evidence {
  const first = figure.claims[0];
  if (figure.claims.length > 1 && figure.disputed !== undefined)
    return {
      label,
      text: formatClaims(figure, format, words),
      sources: [],
      asOf: first?.asOf,
      disputed: true,
    };
  if (figure.claims.length > 1)
    return {
      label,
      text: figure.claims.map((c) => format(c.value)).join(" / "),
      sources: sourcesOf(figure),
      asOf: first?.asOf,
    };
  return {
    label,
    text: first === undefined ? words.figures.undisclosed : format(first.value),
    sources: sourcesOf(figure),
    asOf: first?.asOf,
  };
}

export const moneyText = (words: Messages) => (m: Money | Undisclosed) => formatMoney(m, words);

/** "Sources differ on valuation: USD 4 bn [3] vs USD 4.5 bn [4]." when they do. */
export function disputeNote<T>(
  rc: ReplyContext,
  what: string,
  figure: Figure<T> | undefined,
  format: (value: T) => string,
): string[] {
  if (figure === undefined || figure.claims.length < 2) return [];
  const claims = formatClaims(figure, format, rc.words);
  const text = rc.words.answers.templates.sourcesDiffer.replace("{what}", what).replace("{claims}", claims);
  return [text];
}

export function stageName(stage: Stage, words: Messages): string {
  return words.answers.stageNames[stage];
}

/** "Series B (June 2024)": a round's name for labels. */
export function roundLabel(round: { stage: Stage; date: PartialDate }, words: Messages): string {
  const name = words.answers.stageNames[round.stage];
  return `${name.charAt(0).toLocaleUpperCase(words.language)}${name.slice(1)} (${formatDate(round.date, words)})`;
}

/** Every investor of a round, leads first, each with its sources. */
export function roundInvestors(round: RoundView): { name: string; lead: boolean; sources: number[] }[] {
  return [...round.leads, ...round.others].map((i) => ({ name: i.name, lead: i.lead, sources: i.sources }));
}
