// Text on the canvas: the font string, the base direction of a label, and fitting a label into a
// width (smaller type first, then an ellipsis), so that no label is ever clipped or overlaps another.
import type { SKRSContext2D } from "@napi-rs/canvas";
import { isolateLine } from "../../i18n/bidi.js";
import { FONT_FAMILIES } from "./fonts.js";

export type Ctx = SKRSContext2D;

export const font = (size: number, bold = false) => `${bold ? "bold " : ""}${size}px ${FONT_FAMILIES}`;

// Hebrew, Arabic, Syriac, Thaana, NKo... and the Arabic presentation forms.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const LTR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/u;

/**
 * The base direction to draw a label of a left-to-right chart (English, French) with: left to right
 * (an Arabic name inside it still reads right to left); only a label with no left-to-right letter
 * at all is drawn right to left, so that its punctuation and any "…" fall on its left. Arabic
 * charts lay their lines out run by run instead (`rtlRuns`).
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
  /** A line of a right-to-left (Arabic) chart: laid out by `rtlRuns`. */
  rtl?: boolean;
}

/** A stretch of a line drawn in one direction. */
export interface Run {
  text: string;
  rtl: boolean;
}

const ISOLATE_START = /[\u2066-\u2068]/;
const PDI = "\u2069";

/**
 * A line of a right-to-left chart as the runs it is drawn in, in reading order (the first one
 * rightmost). The line is isolated as the Arabic replies are (src/i18n/bidi.ts: each Latin or
 * numeric stretch in an isolate, the whole line right to left); each isolate becomes a left-to-right
 * run and what lies between them a right-to-left one, so the canvas is never given a bidi control
 * (Noto Sans Arabic has no glyph for U+2066-2069) and the order can't depend on the canvas's bidi.
 * A line with no Arabic in it (a company's name, a figure) is one left-to-right run.
 */
export function rtlRuns(text: string): Run[] {
  const isolated = isolateLine(text);
  if (isolated === text) return text === "" ? [] : [{ text, rtl: false }];
  const body = isolated.slice(1, -1);
  const runs: Run[] = [];
  let current = "";
  let depth = 0;
  const flush = (rtl: boolean) => {
    if (current !== "") runs.push({ text: current, rtl });
    current = "";
  };
  for (const char of body) {
    if (ISOLATE_START.test(char)) {
      if (depth === 0) flush(true);
      depth++;
    } else if (char === PDI) {
      depth = Math.max(0, depth - 1);
      if (depth === 0) flush(false);
    } else current += char;
  }
  flush(depth === 0);
  return runs;
}

/** Draws a right-to-left chart's line, run by run from the right; returns the width drawn. */
function drawRuns(ctx: Ctx, text: string, x: number, y: number, align: TextStyle["align"]): number {
  const runs = rtlRuns(text).map((run) => ({ ...run, width: ctx.measureText(run.text).width }));
  const width = runs.reduce((w, r) => w + r.width, 0);
  let right = align === "right" ? x : align === "center" ? x + width / 2 : x + width;
  ctx.textAlign = "left";
  for (const run of runs) {
    right -= run.width;
    ctx.direction = run.rtl ? "rtl" : "ltr";
    ctx.fillText(run.text, right, y);
  }
  ctx.direction = "ltr";
  return width;
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
  ctx.textBaseline = "alphabetic";
  if (style.rtl === true) {
    drawRuns(ctx, fitted.text, x, y, style.align ?? "right");
    return fitted.width;
  }
  ctx.textAlign = style.align ?? "left";
  ctx.direction = baseDirection(fitted.text);
  ctx.fillText(fitted.text, x, y);
  ctx.direction = "ltr";
  return fitted.width;
}

/** Words of `text` in lines no wider than `maxWidth`; the last line cut with "…" past `maxLines`. */
export function wrap(ctx: Ctx, text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  // Not at a no-break space: French keeps "sources\u00a0:" together.
  for (const word of text.split(/[^\S\u00a0\u202f]+/)) {
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
