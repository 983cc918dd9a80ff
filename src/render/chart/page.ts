// The chart's language and which way it reads. An English or French chart is laid out left to
// right; an Arabic one is its mirror image: titles and notes aligned right, a funding history's
// oldest round on the right with the value axis on the right, a ranking's names on the right and
// its bars growing leftwards from a zero line. The drawing code places everything in reading order
// ("start" = left, or right in Arabic) and the page turns that into canvas coordinates.
import { type Language, type Messages, messages } from "../../i18n/index.js";
import { type Ctx, drawText, type TextStyle } from "./text.js";
import { SIZE } from "./theme.js";

export type Align = NonNullable<TextStyle["align"]>;

export class Page {
  readonly m: Messages;
  readonly rtl: boolean;

  constructor(readonly language: Language) {
    this.m = messages(language);
    this.rtl = language === "ar";
  }

  /** A point's x, given from the reading start of the card. */
  x(x: number): number {
    return this.rtl ? SIZE.width - x : x;
  }

  /** The left edge of a box `width` wide whose reading-start edge is at x. */
  left(x: number, width: number): number {
    return this.rtl ? SIZE.width - x - width : x;
  }

  /** Text alignment in reading terms ("left" = toward the start) as the canvas takes it. */
  align(align: Align): Align {
    if (!this.rtl || align === "center") return align;
    return align === "left" ? "right" : "left";
  }

  /** drawText at a reading-order x (see `x`); returns the width drawn. */
  text(ctx: Ctx, text: string, x: number, y: number, maxWidth: number, style: TextStyle): number {
    return drawText(ctx, text, this.x(x), y, maxWidth, {
      ...style,
      align: this.align(style.align ?? "left"),
      ...(this.rtl ? { rtl: true } : {}),
    });
  }
}
