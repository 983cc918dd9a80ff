// Parts every Discord answer shares: the numbered sources, the disputes list, the as-of footer.
import type { APIEmbedField } from "discord.js";
import type { DisputeView, FxRateUsed, NumberedSource, Sourced } from "../../answers/types.js";
import { asOfText, disputeText, rateText, type SourceDetail, sourceTexts } from "../phrases.js";
import { discordStyle } from "./payload.js";

export const SOURCES_FIELD = "Sources";

export function sourcesField(
  sources: readonly NumberedSource[],
  detail: SourceDetail = "full",
): APIEmbedField[] {
  if (sources.length === 0) return [];
  const texts = sourceTexts(sources, discordStyle, { titleLength: 60, says: false, detail });
  const lines = sources.map((s, i) => `**[${s.n}]** ${texts[i] ?? ""}`);
  return [{ name: SOURCES_FIELD, value: lines.join("\n") }];
}

export function disputesField(disputes: readonly DisputeView[]): APIEmbedField[] {
  if (disputes.length === 0) return [];
  return [
    { name: "⚠️ Sources differ", value: disputes.map((d) => `• ${disputeText(d, discordStyle)}`).join("\n") },
  ];
}

export function ratesField(rates: readonly FxRateUsed[]): APIEmbedField[] {
  if (rates.length === 0) return [];
  return [
    { name: "Exchange rate used", value: rates.map((r) => `• converted at ${rateText(r)}`).join("\n") },
  ];
}

export function footer(answer: Pick<Sourced, "asOf">): { text: string } {
  return { text: asOfText(answer.asOf) };
}

/** A field only when there is something to say. */
export function field(name: string, lines: readonly string[], inline = false): APIEmbedField[] {
  const value = lines.filter((l) => l.trim() !== "").join("\n");
  return value === "" ? [] : [{ name, value, inline }];
}
