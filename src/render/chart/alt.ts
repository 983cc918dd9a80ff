// The chart in words, for the attachment's description (screen readers, and tests): every bar's
// amount and date, whether it was converted or disputed, and the notes.
import type { ChartBar, ChartModel } from "./model.js";

/** Discord's limit on an attachment description. */
export const MAX_ALT = 1024;

function barText(bar: ChartBar): string {
  const flags = [
    bar.convertedText === undefined
      ? ""
      : bar.convertedText.startsWith("~")
        ? `converted: ${bar.convertedText}`
        : bar.convertedText,
    bar.missing === "undisclosed" ? "no bar" : bar.missing === "no-rate" ? "not drawn: no exchange rate" : "",
    bar.disputed ? "sources differ" : "",
    bar.reported ? "reported, not completed" : "",
  ].filter((f) => f !== "");
  const name = `${bar.rank !== undefined ? `${bar.rank}. ` : ""}${bar.label}${bar.detail !== "" ? ` (${bar.detail})` : ""}`;
  return `${name}: ${bar.amountText}${flags.length > 0 ? ` [${flags.join("; ")}]` : ""}`;
}

export function altText(model: ChartModel): string {
  const groups = model.groups.map(
    (g) => `${g.title !== undefined ? `${g.title}: ` : ""}${g.bars.map(barText).join("; ")}.`,
  );
  const text = [
    `Bar chart. ${model.title}. ${model.subtitle}.`,
    ...groups,
    ...model.notes.map((n) => `${n.text}.`),
    model.footer,
  ].join(" ");
  return text.length <= MAX_ALT ? text : `${text.slice(0, MAX_ALT - 1)}…`;
}
