// What a chart shows, decided before anything is drawn: the bars with their labels, values and
// notes. Pure data, so the honesty rules (zero-based bars, no bar for an undisclosed amount, every
// conversion and dispute said on the chart) can be tested without looking at pixels.
import type { Currency } from "../../data/schema.js";
import type { Language } from "../../i18n/index.js";

export interface ChartBar {
  /** What the bar is: a round ("Series B"), a company ("1. Mistral AI"). */
  label: string;
  /** The place in a ranking, drawn in a column of its own so a right-to-left name can't move it. */
  rank?: number | undefined;
  /** Its date or context: "June 2024", "Series B, June 2024". */
  detail: string;
  /** The amount as the sources state it ("EUR 600 M"), or "undisclosed". */
  amountText: string;
  /** The amount in the chart's currency when it had to be converted: "~ USD 622 M". */
  convertedText?: string | undefined;
  /** The bar's length in the chart's currency; undefined draws no bar at all (never a zero bar). */
  value?: number | undefined;
  /** Why there is no bar: no amount in the data, or no dataset rate to put it on the scale. */
  missing?: "undisclosed" | "no-rate" | undefined;
  /** Sources differ: the first source's figure is drawn and a note gives the others. */
  disputed: boolean;
  /** Talks or a leak, not a completed round: drawn as an outline. */
  reported: boolean;
  /** Colour index: one per company in a comparison, 0 elsewhere. */
  series: number;
}

/** Bars drawn to one scale, from zero. A comparison has one group per figure. */
export interface ChartGroup {
  title?: string | undefined;
  bars: ChartBar[];
}

export type ChartNoteKind = "converted" | "disputed" | "reported" | "undisclosed" | "more";

export interface ChartNote {
  kind: ChartNoteKind;
  text: string;
}

export interface ChartModel {
  /** The attachment's file name: ASCII, stable for the same answer. */
  name: string;
  /** Which answer it draws: sets the bar colours. */
  kind: "funding" | "ranking" | "comparison";
  /** Columns for a history over time; rows for rankings and comparisons. */
  layout: "columns" | "rows";
  /** The language every text is in; an Arabic chart is laid out right to left. */
  language: Language;
  title: string;
  subtitle: string;
  /** The currency bar lengths are in. */
  currency: Currency;
  groups: ChartGroup[];
  notes: ChartNote[];
  footer: string;
}

export const hasBars = (model: ChartModel) =>
  model.groups.some((g) => g.bars.some((b) => b.value !== undefined));
