// A row per bar, for rankings and comparisons: the name (and rank) at the reading start (left, or
// right in Arabic), the bar from a zero line, then its amount. Each group gets its own scale, picked
// so that the longest bar and every amount label fit: no label is ever cut for a bar's sake.
import type { Messages } from "../../i18n/index.js";
import type { Area } from "./draw-columns.js";
import { drawBar, drawWarning, WARN_SIZE } from "./marks.js";
import type { ChartBar, ChartGroup } from "./model.js";
import type { Page } from "./page.js";
import { type Ctx, fitText, textWidth } from "./text.js";
import { COLOURS, TYPE } from "./theme.js";

const GROUP_TITLE = 26;
const MAX_LABEL = 210;
const GAP = 8;
/** Row heights: a name with its date under it, or everything on one line. */
const ROW = { twoLines: 40, minTwoLines: 36, oneLine: 28 } as const;

/** The height the rows would like: the card grows to fit it, up to its largest size. */
export function rowsHeight(groups: readonly ChartGroup[], twoLines: boolean): number {
  const bars = groups.reduce((n, g) => n + g.bars.length, 0);
  const titles = groups.filter((g) => g.title !== undefined).length;
  return titles * GROUP_TITLE + bars * (twoLines ? ROW.twoLines : ROW.oneLine);
}

interface RowLayout {
  row: number;
  twoLines: boolean;
  rankWidth: number;
  labelWidth: number;
  barLeft: number;
}

function layout(ctx: Ctx, groups: readonly ChartGroup[], area: Area, wantTwoLines: boolean): RowLayout {
  const bars = groups.flatMap((g) => g.bars);
  const titles = groups.filter((g) => g.title !== undefined).length;
  const room = (area.bottom - area.top - titles * GROUP_TITLE) / Math.max(1, bars.length);
  const twoLines = wantTwoLines && room >= ROW.minTwoLines;
  const row = Math.min(twoLines ? ROW.twoLines : ROW.oneLine, room);
  const ranks = bars.flatMap((b) => (b.rank === undefined ? [] : [`${b.rank}.`]));
  const rankWidth =
    ranks.length === 0 ? 0 : Math.max(...ranks.map((r) => textWidth(ctx, r, TYPE.label, true))) + 7;
  const labelWidth = Math.min(
    MAX_LABEL,
    Math.max(
      ...bars.map((b) => textWidth(ctx, b.label, TYPE.label, true)),
      ...(twoLines ? bars.map((b) => textWidth(ctx, b.detail, TYPE.small)) : [0]),
    ),
  );
  return { row, twoLines, rankWidth, labelWidth, barLeft: area.left + rankWidth + labelWidth + 14 };
}

/** The parts written after a bar, in order. */
function valueParts(bar: ChartBar, twoLines: boolean, m: Messages): { text: string; bold: boolean }[] {
  const parts = [
    {
      text: bar.amountText,
      bold: bar.missing === undefined,
    },
  ];
  if (bar.convertedText !== undefined) parts.push({ text: bar.convertedText, bold: false });
  if (bar.missing === "no-rate") parts.push({ text: `(${m.chart.noRate})`, bold: false });
  if (!twoLines && bar.detail !== "") parts.push({ text: `· ${bar.detail}`, bold: false });
  return parts;
}

function valueWidth(ctx: Ctx, bar: ChartBar, twoLines: boolean, m: Messages): number {
  const parts = valueParts(bar, twoLines, m);
  const text = parts.reduce(
    (w, p) => w + textWidth(ctx, p.text, p.bold ? TYPE.value : TYPE.small, p.bold),
    0,
  );
  return text + (parts.length - 1) * 6 + (bar.disputed ? WARN_SIZE + 6 : 0);
}

export function drawRows(
  ctx: Ctx,
  page: Page,
  groups: readonly ChartGroup[],
  area: Area,
  colourOf: (bar: ChartBar) => string,
  twoLines: boolean,
): void {
  const at = layout(ctx, groups, area, twoLines);
  const plotWidth = area.right - at.barLeft;
  let y = area.top;
  for (const group of groups) {
    if (group.title !== undefined) {
      page.text(
        ctx,
        group.title.toLocaleUpperCase(page.language),
        area.left,
        y + 18,
        area.right - area.left,
        {
          size: TYPE.small,
          bold: true,
          colour: COLOURS.muted,
        },
      );
      y += GROUP_TITLE;
    }
    // Pixels per unit: the largest that lets every bar and its label fit the width.
    const scale = Math.min(
      ...group.bars.flatMap((b) =>
        b.value === undefined || b.value <= 0
          ? []
          : [(plotWidth - GAP - valueWidth(ctx, b, at.twoLines, page.m)) / b.value],
      ),
    );
    const top = y;
    for (const bar of group.bars) {
      drawRow(ctx, page, bar, y, at, area, Number.isFinite(scale) ? scale : 0, colourOf(bar));
      y += at.row;
    }
    // The zero line every bar of the group starts from.
    ctx.strokeStyle = COLOURS.axis;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(page.x(Math.round(at.barLeft) - 0.5), top + 3);
    ctx.lineTo(page.x(Math.round(at.barLeft) - 0.5), y - 3);
    ctx.stroke();
  }
}

function drawRow(
  ctx: Ctx,
  page: Page,
  bar: ChartBar,
  y: number,
  at: RowLayout,
  area: Area,
  scale: number,
  colour: string,
) {
  const middle = y + at.row / 2;
  const nameY = at.twoLines ? middle - 2 : middle + 5.5;
  // "1." beside the name; right to left, its full stop is on the name's side too (".1"), as an
  // Arabic numbered list shows it.
  const rank = page.rtl ? `.${bar.rank}` : `${bar.rank}.`;
  if (bar.rank !== undefined)
    page.text(ctx, rank, area.left + at.rankWidth - 6, nameY, at.rankWidth, {
      size: TYPE.label,
      bold: true,
      colour: COLOURS.muted,
      align: "right",
    });
  const labelLeft = area.left + at.rankWidth;
  page.text(ctx, bar.label, labelLeft, nameY, at.labelWidth, {
    size: TYPE.label,
    bold: true,
    colour: COLOURS.text,
    minSize: 11,
  });
  if (at.twoLines)
    page.text(ctx, bar.detail, labelLeft, middle + 15, at.labelWidth, {
      size: TYPE.small,
      colour: COLOURS.muted,
      minSize: 9,
    });

  let x = at.barLeft;
  if (bar.value !== undefined && bar.value > 0) {
    const thickness = Math.min(20, at.row * 0.58);
    // A bar too small to see at this scale is still drawn 2 px long: it is not zero.
    const length = Math.max(2, bar.value * scale);
    const box = { x: page.left(x, length), y: middle - thickness / 2, w: length, h: thickness };
    drawBar(ctx, box, colour, { reported: bar.reported, round: page.rtl ? "left" : "right" });
    x += length;
  }
  x += GAP;
  const parts = valueParts(bar, at.twoLines, page.m);
  for (const [i, part] of parts.entries()) {
    const size = part.bold ? TYPE.value : TYPE.small;
    const room = area.right - x - (bar.disputed && i === 0 ? WARN_SIZE + 6 : 0);
    if (room < 12) break;
    const colour = part.bold ? COLOURS.text : COLOURS.muted;
    const fitted = fitText(ctx, part.text, room, { size, bold: part.bold, minSize: 9 });
    page.text(ctx, part.text, x, middle + 5.5, room, { size, bold: part.bold, colour, minSize: 9 });
    x += fitted.width + (parts[i + 1]?.text.startsWith("·") ? 4 : 6);
    if (bar.disputed && i === 0) {
      drawWarning(ctx, page.left(x, WARN_SIZE), middle);
      x += WARN_SIZE + 6;
    }
  }
}
