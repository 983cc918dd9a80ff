// A chart model drawn as a PNG: the card, the title, the bars, the notes, the footer. Positions are
// given in reading order and mirrored for an Arabic chart (./page.ts).
import { type Canvas, createCanvas } from "@napi-rs/canvas";
import { type Area, drawColumns } from "./draw-columns.js";
import { drawRows, rowsHeight } from "./draw-rows.js";
import { registerChartFonts } from "./fonts.js";
import { drawSwatch, drawWarning, SWATCH_SIZE, WARN_SIZE } from "./marks.js";
import type { ChartBar, ChartModel, ChartNote } from "./model.js";
import { Page } from "./page.js";
import { type Ctx, font, wrap } from "./text.js";
import { BAR_COLOURS, COLOURS, SERIES_COLOURS, SIZE, TYPE } from "./theme.js";

const HEADER = 84;
const NOTE_LINE = 19;
const MAX_NOTE_LINES = 5;
const NOTE_INDENT = 21;
const FOOTER = 32;

function colourOf(model: ChartModel): (bar: Pick<ChartBar, "series">) => string {
  if (model.kind === "comparison")
    return (bar) => SERIES_COLOURS[bar.series % SERIES_COLOURS.length] ?? SERIES_COLOURS[0];
  const colour = model.kind === "funding" ? BAR_COLOURS.funding : BAR_COLOURS.ranking;
  return () => colour;
}

function drawCard(ctx: Ctx, height: number): void {
  ctx.beginPath();
  ctx.roundRect(0.5, 0.5, SIZE.width - 1, height - 1, SIZE.radius);
  ctx.fillStyle = COLOURS.card;
  ctx.fill();
  ctx.strokeStyle = COLOURS.border;
  ctx.lineWidth = 1;
  ctx.stroke();
}

interface NoteLine {
  note: ChartNote;
  text: string;
  first: boolean;
}

/** The notes as lines (wrapped, at most MAX_NOTE_LINES in all), each note's first line marked. */
function noteLines(ctx: Ctx, notes: readonly ChartNote[], width: number): NoteLine[] {
  ctx.font = font(TYPE.note);
  const lines: NoteLine[] = [];
  for (const note of notes) {
    const left = MAX_NOTE_LINES - lines.length;
    if (left <= 0) break;
    wrap(ctx, note.text, width, Math.min(2, left)).forEach((text, i) => {
      lines.push({ note, text, first: i === 0 });
    });
  }
  return lines;
}

function drawNoteMark(ctx: Ctx, page: Page, note: ChartNote, y: number, colour: string): void {
  const x = SIZE.padding;
  if (note.kind === "disputed") drawWarning(ctx, page.left(x, WARN_SIZE), y - 5);
  else if (note.kind === "reported") drawSwatch(ctx, page.left(x, SWATCH_SIZE), y - 5, colour, true);
  else {
    const mark = note.kind === "converted" ? "~" : "·";
    page.text(ctx, mark, x + 3, y, NOTE_INDENT, { size: TYPE.note + 2, bold: true, colour: COLOURS.muted });
  }
}

/** Rows grow the card (up to 4:3) rather than squeeze; columns keep 800×450. */
function cardHeight(model: ChartModel, notes: number): number {
  if (model.layout === "columns") return SIZE.height;
  const needed =
    HEADER + rowsHeight(model.groups, model.kind === "ranking") + notes * NOTE_LINE + FOOTER + 12;
  return Math.round(Math.min(SIZE.maxHeight, Math.max(SIZE.height, needed)));
}

/** The chart drawn on a canvas: 800 wide, 450 to 600 tall, at scale 2. */
function paintChart(model: ChartModel): Canvas {
  registerChartFonts();
  const page = new Page(model.language);
  const { width, scale, padding } = SIZE;
  const inner = width - 2 * padding;
  const measure = createCanvas(1, 1).getContext("2d");
  const lines = noteLines(measure, model.notes, inner - NOTE_INDENT);
  const height = cardHeight(model, lines.length);

  const canvas = createCanvas(width * scale, height * scale);
  const ctx = canvas.getContext("2d");
  ctx.scale(scale, scale);
  drawCard(ctx, height);
  page.text(ctx, model.title, padding, 40, inner, {
    size: TYPE.title,
    bold: true,
    colour: COLOURS.text,
    minSize: 16,
  });
  page.text(ctx, model.subtitle, padding, 65, inner, {
    size: TYPE.subtitle,
    colour: COLOURS.muted,
    minSize: 12,
  });

  const footerY = height - 15;
  const notesTop = footerY - FOOTER + 12 - lines.length * NOTE_LINE;
  const colour = colourOf(model);
  lines.forEach((line, i) => {
    const y = notesTop + (i + 1) * NOTE_LINE - 5;
    if (line.first) drawNoteMark(ctx, page, line.note, y, colour({ series: 0 }));
    page.text(ctx, line.text, padding + NOTE_INDENT, y, inner - NOTE_INDENT, {
      size: TYPE.note,
      colour: COLOURS.note,
    });
  });
  page.text(ctx, model.footer, padding, footerY, inner, { size: TYPE.footer, colour: COLOURS.muted });

  const area: Area = { top: HEADER, bottom: notesTop - 8, left: padding, right: width - padding };
  if (model.layout === "columns") drawColumns(ctx, page, model, area, colour({ series: 0 }));
  else drawRows(ctx, page, model.groups, area, colour, model.kind === "ranking");
  return canvas;
}

/** The PNG for a chart model; the same bytes for the same model. Blocks until it is encoded. */
export function drawChart(model: ChartModel): Buffer {
  return paintChart(model).toBuffer("image/png");
}

/**
 * The same PNG, encoded off the event loop (on libuv's thread pool): encoding is about four fifths of
 * a chart's time, so the bot keeps answering others and heartbeating while it runs.
 */
export function drawChartAsync(model: ChartModel): Promise<Buffer> {
  return paintChart(model).encode("png");
}
