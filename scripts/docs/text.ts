// Laying out styled text as a browser would: graphemes, words wrapped to a width measured on the
// canvas, each line reordered by the bidi algorithm, and drawn in pieces of one style and one
// direction (the canvas shapes and orders the letters inside a piece: Arabic joins and reads right
// to left). Emoji are pictures of their own (./emoji.ts).
import type { SKRSContext2D } from "@napi-rs/canvas";
import { bidiLevels, isBidiControl, visualOrder } from "./bidi.js";
import { drawEmoji, isEmoji } from "./emoji.js";
import { cssFont } from "./fonts.js";
import type { InlineStyle, MarkdownLine, Span } from "./markdown.js";
import { THEME } from "./theme.js";

export type Ctx = SKRSContext2D;

/** Something laid out: its size, and how to draw it with its top left corner at (x, y). */
export interface Box {
  width: number;
  height: number;
  draw(ctx: Ctx, x: number, y: number): void;
}

export interface TextStyle {
  size: number;
  lineHeight: number;
  colour: string;
  weight?: 400 | 500 | 600 | 700;
  /** The colour of links; none keeps the text's colour. */
  linkColour?: string;
}

interface Unit {
  g: string;
  style: InlineStyle;
  emoji: boolean;
}

interface Piece {
  x: number;
  width: number;
  text: string;
  rtl: boolean;
  style: InlineStyle;
  emoji: boolean;
}

interface Line {
  width: number;
  pieces: Piece[];
}

const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

const fontOf = (base: TextStyle, style: InlineStyle): string =>
  cssFont({
    size: style.code ? base.size * 0.85 : base.size,
    weight: style.bold ? 700 : (base.weight ?? 400),
    italic: style.italic === true,
  });

const CODE_PAD = 3;
const MENTION_PAD = 2;
const emojiSize = (base: TextStyle) => Math.round(base.size * 1.3);

const measureCache = new Map<string, number>();

function measure(ctx: Ctx, font: string, text: string, rtl: boolean): number {
  const key = `${font}|${rtl ? "r" : "l"}|${text}`;
  let width = measureCache.get(key);
  if (width === undefined) {
    ctx.font = font;
    ctx.direction = rtl ? "rtl" : "ltr";
    width = ctx.measureText(text).width;
    ctx.direction = "ltr";
    measureCache.set(key, width);
  }
  return width;
}

function unitsOf(spans: readonly Span[]): Unit[] {
  const units: Unit[] = [];
  for (const span of spans)
    for (const { segment } of segmenter.segment(span.text))
      units.push({ g: segment, style: span.style, emoji: !span.style.code && isEmoji(segment) });
  return units;
}

const sameStyle = (a: InlineStyle, b: InlineStyle) =>
  a.bold === b.bold &&
  a.italic === b.italic &&
  a.underline === b.underline &&
  a.strike === b.strike &&
  a.code === b.code &&
  a.link === b.link &&
  a.mention === b.mention;

/** The width of logical units from..to, measured in pieces of one style. */
function logicalWidth(ctx: Ctx, units: readonly Unit[], from: number, to: number, base: TextStyle): number {
  let width = 0;
  let k = from;
  while (k < to) {
    const unit = units[k];
    if (unit === undefined) break;
    if (unit.emoji) {
      width += emojiSize(base) + 2;
      k++;
      continue;
    }
    let e = k;
    let text = "";
    while (
      e < to &&
      units[e] !== undefined &&
      !units[e]?.emoji &&
      sameStyle(units[e]?.style ?? {}, unit.style)
    ) {
      const g = units[e]?.g ?? "";
      if (!isBidiControl(g)) text += g;
      e++;
    }
    width += measure(ctx, fontOf(base, unit.style), text, false) + padOf(unit.style) * 2;
    k = e;
  }
  return width;
}

const padOf = (style: InlineStyle) => (style.code ? CODE_PAD : style.mention ? MENTION_PAD : 0);
const isSpace = (g: string) => g === " " || g === "\t";

/** Logical line ranges: words wrapped greedily at spaces, a word wider than a line cut anywhere. */
function breakLines(ctx: Ctx, units: readonly Unit[], maxWidth: number, base: TextStyle): [number, number][] {
  const lines: [number, number][] = [];
  let start = 0;
  let k = 0;
  while (k < units.length) {
    let end = k;
    while (end < units.length && !isSpace(units[end]?.g ?? "")) end++;
    let after = end;
    while (after < units.length && isSpace(units[after]?.g ?? "")) after++;
    if (logicalWidth(ctx, units, start, end, base) <= maxWidth) {
      k = after;
      continue;
    }
    if (k > start) {
      lines.push([start, k]);
      start = k;
      continue;
    }
    // One word wider than the line: cut it at the last grapheme that fits.
    let cut = k + 1;
    while (cut < end && logicalWidth(ctx, units, start, cut + 1, base) <= maxWidth) cut++;
    lines.push([start, cut]);
    start = cut;
    k = cut;
  }
  if (start < units.length || lines.length === 0) lines.push([start, units.length]);
  return lines;
}

/** Spans laid out in lines no wider than `maxWidth`. */
function layoutLines(ctx: Ctx, spans: readonly Span[], maxWidth: number, base: TextStyle): Line[] {
  const units = unitsOf(spans);
  const chars = units.map((u) => u.g);
  const levels = bidiLevels(chars, 0);
  return breakLines(ctx, units, maxWidth, base).map(([from, to]) => {
    let end = to;
    while (end > from && (isSpace(chars[end - 1] ?? "") || isBidiControl(chars[end - 1] ?? ""))) end--;
    const order = visualOrder(chars, levels, from, end, 0).filter(
      (e) => !isBidiControl(chars[e.index] ?? ""),
    );
    const pieces: Piece[] = [];
    let x = 0;
    for (let k = 0; k < order.length; ) {
      const first = order[k];
      const unit = first === undefined ? undefined : units[first.index];
      if (first === undefined || unit === undefined) break;
      const rtl = first.level % 2 === 1;
      if (unit.emoji) {
        const width = emojiSize(base) + 2;
        pieces.push({ x, width, text: unit.g, rtl, style: unit.style, emoji: true });
        x += width;
        k++;
        continue;
      }
      let e = k;
      const run: string[] = [];
      while (e < order.length) {
        const next = order[e];
        const u = next === undefined ? undefined : units[next.index];
        if (
          next === undefined ||
          u === undefined ||
          u.emoji ||
          next.level !== first.level ||
          !sameStyle(u.style, unit.style)
        )
          break;
        run.push(u.g);
        e++;
      }
      // The canvas takes a piece in logical order and lays it out in its own direction.
      const text = (rtl ? run.reverse() : run).join("");
      const width = measure(ctx, fontOf(base, unit.style), text, rtl) + padOf(unit.style) * 2;
      pieces.push({ x, width, text, rtl, style: unit.style, emoji: false });
      x += width;
      k = e;
    }
    return { width: x, pieces };
  });
}

function drawLine(ctx: Ctx, line: Line, x: number, top: number, base: TextStyle, colour: string): void {
  const baseline = top + (base.lineHeight + base.size * 0.72) / 2;
  for (const piece of line.pieces) {
    const px = x + piece.x;
    if (piece.emoji) {
      const size = emojiSize(base);
      drawEmoji(ctx, piece.text, px + 1, top + (base.lineHeight - size) / 2, size);
      continue;
    }
    const style = piece.style;
    if (style.code) {
      ctx.fillStyle = THEME.codeBackground;
      ctx.beginPath();
      ctx.roundRect(px, top + 1, piece.width, base.lineHeight - 2, 4);
      ctx.fill();
    }
    if (style.mention) {
      ctx.fillStyle = THEME.mentionBackground;
      ctx.beginPath();
      ctx.roundRect(px, top + 1, piece.width, base.lineHeight - 2, 3);
      ctx.fill();
    }
    const ink = style.mention
      ? THEME.mentionText
      : style.link !== undefined && base.linkColour !== undefined
        ? base.linkColour
        : colour;
    ctx.font = fontOf(base, style);
    ctx.fillStyle = ink;
    ctx.textBaseline = "alphabetic";
    ctx.direction = piece.rtl ? "rtl" : "ltr";
    ctx.textAlign = "left";
    const pad = padOf(style);
    ctx.fillText(piece.text, px + pad, baseline);
    ctx.direction = "ltr";
    if (style.underline || style.strike) {
      ctx.fillStyle = ink;
      const h = Math.max(1, base.size / 14);
      if (style.underline) ctx.fillRect(px, baseline + 2, piece.width, h);
      if (style.strike) ctx.fillRect(px, baseline - base.size * 0.3, piece.width, h);
    }
  }
}

/** Inline spans as a box of wrapped lines. */
export function textBox(ctx: Ctx, spans: readonly Span[], maxWidth: number, base: TextStyle): Box {
  const lines = layoutLines(ctx, spans, maxWidth, base);
  return {
    width: Math.max(0, ...lines.map((l) => l.width)),
    height: lines.length * base.lineHeight,
    draw(c, x, y) {
      lines.forEach((line, i) => {
        drawLine(c, line, x, y + i * base.lineHeight, base, base.colour);
      });
    },
  };
}

const QUOTE_INDENT = 16;
const BULLET_INDENT = 20;
const HEADINGS = { 1: 1.5, 2: 1.25, 3: 1 } as const;

/** Markdown lines (quotes, lists, headings, inline styles) as one box. */
export function markdownBox(
  ctx: Ctx,
  lines: readonly MarkdownLine[],
  maxWidth: number,
  base: TextStyle,
): Box {
  const parts = lines.map((line) => {
    const style: TextStyle =
      line.heading === undefined
        ? base
        : {
            ...base,
            size: base.size * HEADINGS[line.heading],
            lineHeight: Math.round(base.size * HEADINGS[line.heading] * 1.375),
            weight: 700,
            colour: THEME.header,
          };
    const indent = (line.quote ? QUOTE_INDENT : 0) + (line.bullet ? BULLET_INDENT : 0);
    const box = textBox(ctx, line.spans, maxWidth - indent, style);
    const top = line.heading !== undefined ? 8 : 0;
    return { line, box, indent, style, top, height: Math.max(box.height, style.lineHeight) + top };
  });
  return {
    width: Math.max(0, ...parts.map((p) => p.box.width + p.indent)),
    height: parts.reduce((sum, p) => sum + p.height, 0),
    draw(c, x, y) {
      let top = y;
      parts.forEach((p, i) => {
        if (p.line.quote) {
          const previous = parts[i - 1]?.line.quote === true;
          const next = parts[i + 1]?.line.quote === true;
          c.fillStyle = THEME.quoteBar;
          c.beginPath();
          c.roundRect(x, top, 4, p.height, [previous ? 0 : 2, previous ? 0 : 2, next ? 0 : 2, next ? 0 : 2]);
          c.fill();
        }
        if (p.line.bullet) {
          c.font = cssFont({ size: p.style.size, weight: 700 });
          c.fillStyle = p.style.colour;
          c.textAlign = "left";
          c.textBaseline = "alphabetic";
          c.fillText(
            "•",
            x + p.indent - BULLET_INDENT + 6,
            top + (p.style.lineHeight + p.style.size * 0.72) / 2,
          );
        }
        p.box.draw(c, x + p.indent, top + p.top);
        top += p.height;
      });
    },
  };
}

/** Plain text (no markdown) in one style, wrapped, as a box. */
export function plainBox(
  ctx: Ctx,
  text: string,
  maxWidth: number,
  base: TextStyle,
  style: InlineStyle = {},
): Box {
  return textBox(ctx, [{ text, style }], maxWidth, base);
}

/** Boxes one under the other, with `gap` between them. */
export function stack(boxes: readonly Box[], gap: number): Box {
  return {
    width: Math.max(0, ...boxes.map((b) => b.width)),
    height: boxes.reduce((sum, b) => sum + b.height, 0) + gap * Math.max(0, boxes.length - 1),
    draw(ctx, x, y) {
      let top = y;
      for (const box of boxes) {
        box.draw(ctx, x, top);
        top += box.height + gap;
      }
    },
  };
}
