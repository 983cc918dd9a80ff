// Parts every terminal answer shares: numbered sources, disputes, rates, the as-of line.
import type { DisputeView, FxRateUsed, NumberedSource, Sourced } from "../../answers/types.js";
import { isolateData, type Language, type Messages } from "../../i18n/index.js";
import { asOfText, disputeText, rateText, type Style, sourceTexts } from "../phrases.js";
import { bullets, hanging, section } from "./layout.js";

export const textStyle: Style = {
  bold: (text) => text,
  italic: (text) => text,
  link: (text, url) => `${text} <${url}>`,
  warn: "(!)",
  escape: (text) => text,
};

/** In Arabic, text from the data is isolated whole (src/i18n/bidi.ts). */
const arabicTextStyle: Style = { ...textStyle, escape: isolateData };

/** The terminal style for a reply in `language`. */
export function textStyleFor(language: Language): Style {
  return language === "ar" ? arabicTextStyle : textStyle;
}

export function sourcesSection(sources: readonly NumberedSource[], m: Messages): string {
  const width = String(sources.length).length + 2;
  const texts = sourceTexts(sources, textStyleFor(m.language), { titleLength: 200, says: true }, m);
  return section(
    m.labels.sources,
    sources.map((s, i) => hanging(`${`[${s.n}]`.padEnd(width)} `, texts[i] ?? "")),
  );
}

export function disputesSection(disputes: readonly DisputeView[], m: Messages): string {
  return section(
    `(!) ${m.labels.sourcesDiffer}`,
    bullets(disputes.map((d) => disputeText(d, textStyleFor(m.language), m))),
  );
}

export function ratesSection(rates: readonly FxRateUsed[], m: Messages): string {
  return section(m.labels.exchangeRate, bullets(rates.map((r) => m.figures.convertedAt(rateText(r, m)))));
}

export function asOfLine(answer: Pick<Sourced, "asOf">, m: Messages): string {
  return asOfText(answer.asOf, m);
}
