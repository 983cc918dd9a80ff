// The chart in words, for the attachment's description (screen readers, and tests): every bar's
// amount and date, whether it was converted or disputed, and the notes, in the chart's language.
// An Arabic description is made right-to-left friendly like the Arabic replies (src/i18n/bidi.ts).
import { bidi, type Messages, messages } from "../../i18n/index.js";
import type { ChartBar, ChartModel } from "./model.js";

/** Discord's limit on an attachment description. */
export const MAX_ALT = 1024;

function barText(bar: ChartBar, m: Messages): string {
  const flags = [
    bar.convertedText === undefined
      ? ""
      : bar.convertedText.startsWith("~")
        ? m.figures.converted(bar.convertedText)
        : bar.convertedText,
    bar.missing === "undisclosed" ? m.chart.alt.noBar : bar.missing === "no-rate" ? m.chart.alt.noRate : "",
    bar.disputed ? m.figures.sourcesDiffer : "",
    bar.reported ? m.chart.alt.reported : "",
  ].filter((f) => f !== "");
  const name = `${bar.rank !== undefined ? `${bar.rank}. ` : ""}${bar.label}${bar.detail !== "" ? ` (${bar.detail})` : ""}`;
  return `${name}${m.colon}${bar.amountText}${flags.length > 0 ? ` [${flags.join(m.semicolon)}]` : ""}`;
}

/** `text` cut to `max` characters with "…". */
const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export function altText(model: ChartModel): string {
  const m = messages(model.language);
  const groups = model.groups.map(
    (g) =>
      `${g.title !== undefined ? `${g.title}${m.colon}` : ""}${g.bars.map((b) => barText(b, m)).join(m.semicolon)}.`,
  );
  const text = [
    `${m.chart.barChart}. ${model.title}. ${model.subtitle}.`,
    ...groups,
    ...model.notes.map((n) => `${n.text}.`),
    model.footer,
  ].join(" ");
  // The bidi controls count towards the limit: cut the words until the isolated text fits.
  let max = MAX_ALT;
  let shown = bidi(cut(text, max), model.language);
  while (shown.length > MAX_ALT) {
    max -= shown.length - MAX_ALT;
    shown = bidi(cut(text, max), model.language);
  }
  return shown;
}
