// Parts every Discord answer shares: the numbered sources, the disputes list, the as-of footer.
import type { APIEmbedField } from "discord.js";
import type { DisputeView, FxRateUsed, NumberedSource, Sourced } from "../../answers/types.js";
import type { Messages } from "../../i18n/index.js";
import { asOfText, disputeText, rateText, type SourceDetail, sourceTexts } from "../phrases.js";
import { discordStyleFor } from "./payload.js";

/** How a card lists its sources: each one (in `SourceDetail`), or folded behind the Sources button. */
export type SourcesShown = SourceDetail | "folded";

export function sourcesField(
  sources: readonly NumberedSource[],
  detail: SourcesShown,
  m: Messages,
): APIEmbedField[] {
  if (sources.length === 0) return [];
  if (detail === "folded") return [{ name: m.labels.sources, value: m.sources.folded(sources.length) }];
  const texts = sourceTexts(
    sources,
    discordStyleFor(m.language),
    { titleLength: 60, says: false, detail },
    m,
  );
  const lines = sources.map((s, i) => `**[${s.n}]** ${texts[i] ?? ""}`);
  return [{ name: m.labels.sources, value: lines.join("\n") }];
}

export function disputesField(disputes: readonly DisputeView[], m: Messages): APIEmbedField[] {
  if (disputes.length === 0) return [];
  return [
    {
      name: `⚠️ ${m.labels.sourcesDiffer}`,
      value: disputes.map((d) => `• ${disputeText(d, discordStyleFor(m.language), m)}`).join("\n"),
    },
  ];
}

export function ratesField(rates: readonly FxRateUsed[], m: Messages): APIEmbedField[] {
  if (rates.length === 0) return [];
  return [
    {
      name: m.labels.exchangeRate,
      value: rates.map((r) => `• ${m.figures.convertedAt(rateText(r, m))}`).join("\n"),
    },
  ];
}

export function footer(answer: Pick<Sourced, "asOf">, m: Messages): { text: string } {
  return { text: asOfText(answer.asOf, m) };
}

/** A field only when there is something to say. */
export function field(name: string, lines: readonly string[], inline = false): APIEmbedField[] {
  const value = lines.filter((l) => l.trim() !== "").join("\n");
  return value === "" ? [] : [{ name, value, inline }];
}
