// Text on the canvas: the font string, the base direction of a label, and fitting a label into a
// width (smaller type first, then an ellipsis), so that no label is ever clipped or overlaps another.
import type { SKRSContext2D } from "@napi-rs/canvas";
import { FONT_FAMILIES } from "./fonts.js";

export type Ctx = SKRSContext2D;

export const font = (size: number, bold = false) => `${bold ? "bold " : ""}${size}px ${FONT_FAMILIES}`;

// Hebrew, Arabic, Syriac, Thaana, NKo... and the Arabic presentation forms.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const LTR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/u;

/**
 * The base direction to draw a label with. Charts are English, so a label is left to right (an
 * Arabic name inside it still reads right to left); only a label with no left-to-right letter at
 * all is drawn right to left, so that its punctuation and any "…" fall on its left.
 */
export function baseDirection(text: string): "ltr" | "rtl" {
  return RTL.test(text) && !LTR.test(text) ? "rtl" : "ltr";
}

const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/** `text` cut to `maxWidth` with "…" (whole graphemes only, so no letter is split). */
export function ellipsize(ctx: Ctx, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  const graphemes = [...segmenter.segment(text)].map((s) => s.segment);
  let low = 0;
  let high = graphemes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (ctx.measureText(`${graphemes.slice(0, mid).join("").trimEnd()}…`).width <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? "…" : `${graphemes.slice(0, low).join("").trimEnd()}…`;
}

export function textWidth(ctx: Ctx, text: string, size: number, bold = false): number {
  ctx.font = font(size, bold);
  return ctx.measureText(text).width;
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  colour: string;
  align?: "left" | "right" | "center";
  /** Shrink down to this size before cutting with an ellipsis. */
  minSize?: number;
}

/** The size and text (cut with "…" if need be) that fit `maxWidth`, and their width. */
export function fitText(
  ctx: Ctx,
  text: string,
  maxWidth: number,
  style: Pick<TextStyle, "size" | "bold" | "minSize">,
): { text: string; size: number; width: number } {
  let size = style.size;
  ctx.font = font(size, style.bold);
  while (size > (style.minSize ?? style.size) && ctx.measureText(text).width > maxWidth) {
    size -= 0.5;
    ctx.font = font(size, style.bold);
  }
  const shown = ellipsize(ctx, text, maxWidth);
  return { text: shown, size, width: ctx.measureText(shown).width };
}

/** Draws `text` within `maxWidth` at (x, y) on the alphabetic baseline; returns the width drawn. */
export function drawText(
  ctx: Ctx,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  style: TextStyle,
): number {
  const fitted = fitText(ctx, text, maxWidth, style);
  ctx.font = font(fitted.size, style.bold);
  ctx.fillStyle = style.colour;
  ctx.textAlign = style.align ?? "left";
  ctx.textBaseline = "alphabetic";
  ctx.direction = baseDirection(fitted.text);
  ctx.fillText(fitted.text, x, y);
  ctx.direction = "ltr";
  return fitted.width;
}

/** Words of `text` in lines no wider than `maxWidth`; the last line cut with "…" past `maxLines`. */
export function wrap(ctx: Ctx, text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line === "" ? word : `${line} ${word}`;
    if (line !== "" && ctx.measureText(next).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== "") lines.push(line);
  if (lines.length <= maxLines) return lines.map((l) => ellipsize(ctx, l, maxWidth));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(
    ctx,
    `${kept[maxLines - 1] ?? ""} ${lines.slice(maxLines).join(" ")}`,
    maxWidth,
  );
  return kept;
}
