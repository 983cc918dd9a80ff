// Small shapes drawn as paths, not glyphs (the shipped fonts have no "⚠"): the warning sign for
// disputed figures, the outline of a reported round, bars with rounded ends.

import type { Ctx } from "./text.js";
import { COLOURS } from "./theme.js";

export const WARN_SIZE = 15;

/** A warning triangle with "!" whose left edge is at x, centred on y. */
export function drawWarning(ctx: Ctx, x: number, y: number, size = WARN_SIZE): void {
  const h = size * 0.9;
  ctx.beginPath();
  ctx.moveTo(x + size / 2, y - h / 2);
  ctx.lineTo(x + size, y + h / 2);
  ctx.lineTo(x, y + h / 2);
  ctx.closePath();
  ctx.fillStyle = COLOURS.warn;
  ctx.lineJoin = "round";
  ctx.strokeStyle = COLOURS.warn;
  ctx.lineWidth = 1.5;
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = COLOURS.warnInk;
  const stem = size * 0.11;
  ctx.fillRect(x + size / 2 - stem / 2, y - h * 0.18, stem, h * 0.38);
  ctx.fillRect(x + size / 2 - stem / 2, y + h * 0.28, stem, stem);
}

/** A bar: filled, or for a reported round a dashed outline over a faint fill. */
export function drawBar(
  ctx: Ctx,
  rect: { x: number; y: number; w: number; h: number },
  colour: string,
  options: { reported: boolean; round: "top" | "right" | "left" },
): void {
  const r = Math.min(4, rect.w / 2, rect.h / 2);
  const radii =
    options.round === "top" ? [r, r, 0, 0] : options.round === "right" ? [0, r, r, 0] : [r, 0, 0, r];
  ctx.beginPath();
  ctx.roundRect(rect.x, rect.y, rect.w, rect.h, radii);
  if (!options.reported) {
    ctx.fillStyle = colour;
    ctx.fill();
    return;
  }
  ctx.globalAlpha = 0.22;
  ctx.fillStyle = colour;
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.setLineDash([5, 3]);
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = colour;
  ctx.stroke();
  ctx.setLineDash([]);
}

export const SWATCH_SIZE = 14;

/** A small square swatch for the notes: dashed for "reported", plain otherwise. */
export function drawSwatch(ctx: Ctx, x: number, y: number, colour: string, reported: boolean): void {
  drawBar(ctx, { x, y: y - 6, w: SWATCH_SIZE, h: 12 }, colour, { reported, round: "top" });
}
