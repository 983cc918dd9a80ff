// What every reply builder shares: the reply's context, figures turned into evidence lines, and
// the "answered" shape. Evidence texts carry no source marks (the renderer adds them from
// `sources`), except a disputed figure, which lists each source's value with its own marks.
import type { AnswerContext } from "../../answers/context.js";
import type { AsOf, Figure, NumberedSource, RoundView } from "../../answers/types.js";
import type { Money, PartialDate, Stage, Undisclosed } from "../../data/schema.js";
import { formatClaims, formatDate, formatMoney } from "../format.js";
import type { Lexicon } from "../lexicon/types.js";
import type { AnsweredQuestion, EmbeddedAnswer, Evidence, Understanding } from "../types.js";

export interface ReplyContext {
  ctx: AnswerContext;
  understanding: Understanding;
  lex: Lexicon;
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
  lex: Lexicon,
): Evidence {
  const first = figure.claims[0];
  if (figure.claims.length > 1 && figure.disputed !== undefined)
    return { label, text: formatClaims(figure, format, lex), sources: [], asOf: first?.asOf, disputed: true };
  if (figure.claims.length > 1)
    return {
      label,
      text: figure.claims.map((c) => format(c.value)).join(" / "),
      sources: sourcesOf(figure),
      asOf: first?.asOf,
    };
  return {
    label,
    text: first === undefined ? lex.labels.undisclosed : format(first.value),
    sources: sourcesOf(figure),
    asOf: first?.asOf,
  };
}

export const moneyText = (lex: Lexicon) => (m: Money | Undisclosed) => formatMoney(m, lex);

/** "Sources differ on valuation: USD 4 bn [3] vs USD 4.5 bn [4]." when they do. */
export function disputeNote<T>(
  rc: ReplyContext,
  what: string,
  figure: Figure<T> | undefined,
  format: (value: T) => string,
): string[] {
  if (figure === undefined || figure.claims.length < 2) return [];
  const claims = formatClaims(figure, format, rc.lex);
  const text = rc.lex.templates.sourcesDiffer.replace("{what}", what).replace("{claims}", claims);
  return [text];
}

export function stageName(stage: Stage, lex: Lexicon): string {
  return lex.stageNames[stage];
}

/** "Series B (June 2024)": a round's name for labels. */
export function roundLabel(round: { stage: Stage; date: PartialDate }, lex: Lexicon): string {
  const name = lex.stageNames[round.stage];
  return `${name.charAt(0).toLocaleUpperCase(lex.language)}${name.slice(1)} (${formatDate(round.date, lex)})`;
}

/** Every investor of a round, leads first, each with its sources. */
export function roundInvestors(round: RoundView): { name: string; lead: boolean; sources: number[] }[] {
  return [...round.leads, ...round.others].map((i) => ({ name: i.name, lead: i.lead, sources: i.sources }));
}
