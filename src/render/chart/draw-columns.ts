// A column per bar, in date order from the reading start (left, or right in Arabic), on a value axis
// that starts at zero. Each column has its amount above (and the converted amount), its label and
// date below.
import { formatScaled } from "../format.js";
import { drawBar, drawWarning, WARN_SIZE } from "./marks.js";
import type { ChartBar, ChartModel } from "./model.js";
import type { Page } from "./page.js";
import { type Ctx, fitText, font, textWidth, wrap } from "./text.js";
import { COLOURS, TYPE } from "./theme.js";

export interface Area {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Zero, then round steps (1, 2, 2.5 or 5 × 10ⁿ) up to at least `max`. */
export function axisTicks(max: number, target = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const ticks = [0];
  while ((ticks.at(-1) ?? 0) < max - step * 1e-9) ticks.push(ticks.length * step);
  return ticks;
}

/** Room over the tallest column (amount, converted amount) and under the axis (label, date). */
const LABELS_ABOVE = 42;
const LABELS_BELOW = 46;
const LINE = 16;
const SIGN = WARN_SIZE + 4;

/** One type size per kind of label, the largest at which every column's label fits. */
interface Sizes {
  room: number;
  amount: number;
  converted: number;
  label: number;
  detail: number;
}

function commonSize(
  ctx: Ctx,
  texts: readonly string[],
  room: number,
  size: number,
  minSize: number,
  bold = false,
) {
  return Math.min(size, ...texts.map((t) => fitText(ctx, t, room, { size, bold, minSize }).size));
}

/**
 * The size of a round's label: the largest (down to 11) at which it fits on one line; else the
 * largest (down to 9) at which it fits on two lines with no word cut ("Introduction / en bourse").
 */
function labelSize(ctx: Ctx, label: string, room: number): number {
  const oneLine = fitText(ctx, label, room, { size: TYPE.label, bold: true, minSize: 11 });
  if (oneLine.text === label) return oneLine.size;
  for (let size = TYPE.label; size > 9; size -= 0.5) {
    ctx.font = font(size, true);
    if (!wrapLabel(ctx, label, room).some((line) => line.endsWith("…"))) return size;
  }
  return 9;
}

/** A label on two lines, broken between words or after a hyphen ("Pré- / amorçage"). */
function wrapLabel(ctx: Ctx, label: string, room: number): string[] {
  const words = wrap(ctx, label, room, 2);
  if (!words.some((line) => line.endsWith("…")) || !label.includes("-")) return words;
  // Pieces of words, each hyphen kept at the end of its piece: "Pré-", "amorçage".
  const pieces = label
    .split(" ")
    .flatMap((word, i) =>
      word.split(/(?<=-)(?=\p{L})/u).map((piece, j) => ({ piece, space: i > 0 && j === 0 })),
    );
  const lines: string[] = [];
  for (const { piece, space } of pieces) {
    const last = lines.at(-1);
    const joined = last === undefined ? piece : `${last}${space ? " " : ""}${piece}`;
    if (last !== undefined && ctx.measureText(joined).width <= room) lines[lines.length - 1] = joined;
    else lines.push(piece);
  }
  return lines.length <= 2 && lines.every((l) => ctx.measureText(l).width <= room) ? lines : words;
}

function sizesFor(ctx: Ctx, bars: readonly ChartBar[], room: number): Sizes {
  return {
    room,
    // An undisclosed amount is no label over a column (see missingLabels).
    amount: commonSize(
      ctx,
      bars.filter((b) => b.missing !== "undisclosed").map((b) => b.amountText),
      room,
      TYPE.value,
      9,
      true,
    ),
    converted: commonSize(
      ctx,
      bars.flatMap((b) => b.convertedText ?? []),
      room,
      TYPE.small,
      9,
    ),
    label: Math.min(TYPE.label, ...bars.map((b) => labelSize(ctx, b.label, room))),
    detail: commonSize(
      ctx,
      bars.map((b) => b.detail),
      room,
      TYPE.small,
      9,
    ),
  };
}

/** A round's label on one line, or on two in a column too narrow for it, rather than cut. */
function labelLines(ctx: Ctx, label: string, sizes: Sizes): string[] {
  ctx.font = font(sizes.label, true);
  return ctx.measureText(label).width <= sizes.room ? [label] : wrapLabel(ctx, label, sizes.room);
}

/** Whether the warning sign goes over the amount, the column being too narrow for both on a line. */
function signAbove(ctx: Ctx, bar: ChartBar, sizes: Sizes): boolean {
  return bar.disputed && textWidth(ctx, bar.amountText, sizes.amount, true) + SIGN > sizes.room;
}

export function drawColumns(ctx: Ctx, page: Page, model: ChartModel, area: Area, colour: string): void {
  const bars = model.groups[0]?.bars ?? [];
  const ticks = axisTicks(Math.max(0, ...bars.map((b) => b.value ?? 0)));
  const top = ticks.at(-1) ?? 1;
  const tickText = (tick: number) => formatScaled(tick, page.language);
  ctx.font = font(TYPE.small);
  const tickWidth = Math.max(...ticks.map((t) => ctx.measureText(tickText(t)).width), 20);
  const column = (area.right - area.left - tickWidth - 10) / Math.max(1, bars.length);
  const sizes = sizesFor(ctx, bars, column - 8);
  const labels = bars.map((b) => labelLines(ctx, b.label, sizes));
  const labelRows = Math.max(1, ...labels.map((l) => l.length));
  const stacked = bars.some((b) => signAbove(ctx, b, sizes));
  const plot: Area = {
    top: area.top + LABELS_ABOVE + (stacked ? LINE + 2 : 0),
    bottom: area.bottom - LABELS_BELOW - (labelRows - 1) * LINE,
    left: area.left + tickWidth + 10,
    right: area.right,
  };
  const yOf = (value: number) => plot.bottom - (value / top) * (plot.bottom - plot.top);

  // The value axis: the currency, round ticks, light grid lines, a solid zero line.
  page.text(ctx, page.m.numbers.currency[model.currency], plot.left - 8, plot.top - 21, tickWidth + 10, {
    size: TYPE.small,
    bold: true,
    colour: COLOURS.muted,
    align: "right",
  });
  for (const tick of ticks) {
    const y = Math.round(yOf(tick)) + 0.5;
    ctx.strokeStyle = tick === 0 ? COLOURS.axis : COLOURS.grid;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(page.x(plot.left), y);
    ctx.lineTo(page.x(plot.right), y);
    ctx.stroke();
    page.text(ctx, tickText(tick), plot.left - 8, y + 4, tickWidth, {
      size: TYPE.small,
      colour: COLOURS.muted,
      align: "right",
    });
  }

  const barWidth = Math.min(84, column * 0.6);
  bars.forEach((bar, i) => {
    const cx = plot.left + column * (i + 0.5);
    if (bar.value !== undefined) {
      const y = Math.min(yOf(bar.value), plot.bottom - 2);
      const x = page.left(cx - barWidth / 2, barWidth);
      drawBar(ctx, { x, y, w: barWidth, h: plot.bottom - y }, colour, {
        reported: bar.reported,
        round: "top",
      });
      valueLabels(ctx, page, bar, cx, y - 7, sizes);
    } else {
      missingLabels(ctx, page, bar, cx, plot.bottom - 8, sizes);
    }
    const lines = labels[i] ?? [bar.label];
    lines.forEach((line, n) => {
      page.text(ctx, line, cx, plot.bottom + 20 + n * LINE, sizes.room, {
        size: sizes.label,
        bold: true,
        colour: COLOURS.text,
        align: "center",
      });
    });
    page.text(ctx, bar.detail, cx, plot.bottom + 38 + (lines.length - 1) * LINE, sizes.room, {
      size: sizes.detail,
      colour: COLOURS.muted,
      align: "center",
    });
  });
}

/** The amount over a column (the converted amount under it), bottom line on `y`. */
function valueLabels(ctx: Ctx, page: Page, bar: ChartBar, cx: number, y: number, sizes: Sizes): void {
  let baseline = y;
  if (bar.convertedText !== undefined) {
    page.text(ctx, bar.convertedText, cx, baseline, sizes.room, {
      size: sizes.converted,
      colour: COLOURS.muted,
      align: "center",
    });
    baseline -= 18;
  }
  amountWithWarning(ctx, page, bar, cx, baseline, sizes);
}

/** The amount, centred on cx, with the warning sign after it (or over it, in a narrow column). */
function amountWithWarning(ctx: Ctx, page: Page, bar: ChartBar, cx: number, y: number, sizes: Sizes): void {
  const above = signAbove(ctx, bar, sizes);
  const sign = bar.disputed && !above ? SIGN : 0;
  const style = { size: sizes.amount, bold: true, colour: COLOURS.text };
  const width = page.text(ctx, bar.amountText, cx - sign / 2, y, sizes.room - sign, {
    ...style,
    align: "center",
  });
  if (above) drawWarning(ctx, page.left(cx - WARN_SIZE / 2, WARN_SIZE), y - 24);
  else if (bar.disputed) drawWarning(ctx, page.left(cx - sign / 2 + width / 2 + 4, WARN_SIZE), y - 5.5);
}

/** No bar: "undisclosed", or the stated amount that no rate could put on the scale. */
function missingLabels(ctx: Ctx, page: Page, bar: ChartBar, cx: number, y: number, sizes: Sizes): void {
  const muted = { colour: COLOURS.muted, align: "center", minSize: 9 } as const;
  if (bar.missing === "no-rate") {
    page.text(ctx, page.m.chart.noRate, cx, y, sizes.room, { size: TYPE.small, ...muted });
    amountWithWarning(ctx, page, bar, cx, y - 18, sizes);
    return;
  }
  // "undisclosed" over the axis; on two lines (upwards) in a column too narrow for one.
  const text = page.m.figures.undisclosed;
  const fits = fitText(ctx, text, sizes.room, { size: TYPE.label, minSize: 9 }).text === text;
  ctx.font = font(9);
  const lines = fits ? [text] : wrap(ctx, text, sizes.room, 2);
  const style = { size: fits ? TYPE.label : 9, ...muted };
  lines.forEach((line, i) => {
    page.text(ctx, line, cx, y - (lines.length - 1 - i) * 12, sizes.room, style);
  });
  if (bar.disputed)
    drawWarning(ctx, page.left(cx - WARN_SIZE / 2, WARN_SIZE), y - 26 - (lines.length - 1) * 12);
}
