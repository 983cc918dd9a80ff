// Parts every terminal answer shares: numbered sources, disputes, rates, the as-of line.
import type { DisputeView, FxRateUsed, NumberedSource, Sourced } from "../../answers/types.js";
import { asOfText, disputeText, rateText, type Style, sourceTexts } from "../phrases.js";
import { bullets, hanging, section } from "./layout.js";

export const textStyle: Style = {
  bold: (text) => text,
  italic: (text) => text,
  link: (text, url) => `${text} <${url}>`,
  warn: "(!)",
  escape: (text) => text,
};

export function sourcesSection(sources: readonly NumberedSource[]): string {
  const width = String(sources.length).length + 2;
  const texts = sourceTexts(sources, textStyle, { titleLength: 200, says: true });
  return section(
    "Sources",
    sources.map((s, i) => hanging(`${`[${s.n}]`.padEnd(width)} `, texts[i] ?? "")),
  );
}

export function disputesSection(disputes: readonly DisputeView[]): string {
  return section("(!) Sources differ", bullets(disputes.map((d) => disputeText(d, textStyle))));
}

export function ratesSection(rates: readonly FxRateUsed[]): string {
  return section("Exchange rate used", bullets(rates.map((r) => `converted at ${rateText(r)}`)));
}

export function asOfLine(answer: Pick<Sourced, "asOf">): string {
  return asOfText(answer.asOf);
}
