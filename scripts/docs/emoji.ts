// Discord draws emoji as Twemoji pictures, and no font the project ships has emoji. The few the
// replies use are drawn here as small vector pictures in Twemoji's spirit (a 36-unit square, its
// palette); any other emoji is drawn as a grey square and reported, so a new one is noticed.
import type { SKRSContext2D } from "@napi-rs/canvas";

type Ctx = SKRSContext2D;

const strip = (emoji: string) => emoji.replace(/\ufe0f/g, "");

function roundRect(ctx: Ctx, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

function polygon(ctx: Ctx, points: [number, number][]): void {
  ctx.beginPath();
  for (const [i, [x, y]] of points.entries()) {
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.closePath();
}

const DRAWINGS: Record<string, (ctx: Ctx) => void> = {
  // ⚠️ a yellow triangle with a black "!".
  "\u26a0": (ctx) => {
    ctx.lineJoin = "round";
    ctx.lineWidth = 4;
    ctx.fillStyle = ctx.strokeStyle = "#ffcc4d";
    polygon(ctx, [
      [18, 3.5],
      [34, 32],
      [2, 32],
    ]);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = "#231f20";
    roundRect(ctx, 16, 11, 4, 13, 2);
    ctx.fill();
    ctx.beginPath();
    ctx.arc(18, 28.2, 2.3, 0, Math.PI * 2);
    ctx.fill();
  },
  // 📚 three books lying on each other.
  "\u{1f4da}": (ctx) => {
    const book = (y: number, x: number, w: number, cover: string, spine: string) => {
      ctx.fillStyle = cover;
      roundRect(ctx, x, y, w, 8.5, 1.5);
      ctx.fill();
      ctx.fillStyle = "#f5f8fa";
      ctx.fillRect(x + w - 6, y + 1.8, 5, 4.9);
      ctx.fillStyle = spine;
      ctx.fillRect(x + 3, y, 2.2, 8.5);
    };
    book(26, 2, 32, "#3b88c3", "#226699");
    book(16.5, 5, 28, "#dd2e44", "#a0041e");
    book(7, 3, 27, "#77b255", "#3e721d");
  },
  // 🔎 a magnifying glass tilted right: a pale blue lens in a grey rim, a dark handle.
  "\u{1f50e}": (ctx) => {
    ctx.strokeStyle = "#31373d";
    ctx.lineCap = "round";
    ctx.lineWidth = 6;
    ctx.beginPath();
    ctx.moveTo(23, 23);
    ctx.lineTo(32, 32);
    ctx.stroke();
    ctx.fillStyle = "#8899a6";
    ctx.beginPath();
    ctx.arc(14, 14, 12, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = "#bbddf5";
    ctx.beginPath();
    ctx.arc(14, 14, 9, 0, Math.PI * 2);
    ctx.fill();
  },
  // 💶 a blue banknote with a euro sign.
  "\u{1f4b6}": (ctx) => {
    ctx.fillStyle = "#5dadec";
    roundRect(ctx, 1, 7, 34, 22, 3);
    ctx.fill();
    ctx.fillStyle = "#bbddf5";
    roundRect(ctx, 4, 10, 28, 16, 2);
    ctx.fill();
    ctx.fillStyle = "#2a6797";
    ctx.beginPath();
    ctx.arc(18, 18, 7.6, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = "#ffffff";
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(19.2, 18, 4.4, Math.PI * 0.3, Math.PI * 1.7);
    ctx.stroke();
    ctx.lineWidth = 1.6;
    ctx.beginPath();
    ctx.moveTo(12.6, 16.8);
    ctx.lineTo(18.6, 16.8);
    ctx.moveTo(12.6, 19.4);
    ctx.lineTo(18.6, 19.4);
    ctx.stroke();
  },
  // 🪪 an identity card: a portrait on the left, lines of text on the right.
  "\u{1faaa}": (ctx) => {
    ctx.fillStyle = "#99aab5";
    roundRect(ctx, 1, 6, 34, 24, 3);
    ctx.fill();
    ctx.fillStyle = "#e1e8ed";
    roundRect(ctx, 3, 8, 30, 20, 2);
    ctx.fill();
    ctx.fillStyle = "#5dadec";
    roundRect(ctx, 6, 11, 10, 13, 1.5);
    ctx.fill();
    ctx.fillStyle = "#ffdc5d";
    ctx.beginPath();
    ctx.arc(11, 16, 2.8, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = "#66757f";
    for (const y of [12, 16.5, 21]) ctx.fillRect(19, y, 11, 2);
  },
  // 📊 a bar chart: three coloured bars on a white card.
  "\u{1f4ca}": (ctx) => {
    ctx.fillStyle = "#ccd6dd";
    roundRect(ctx, 2, 2, 32, 32, 3);
    ctx.fill();
    ctx.fillStyle = "#ffffff";
    roundRect(ctx, 4, 4, 28, 28, 2);
    ctx.fill();
    ctx.fillStyle = "#dd2e44";
    ctx.fillRect(8, 18, 5, 11);
    ctx.fillStyle = "#3b88c3";
    ctx.fillRect(15.5, 10, 5, 19);
    ctx.fillStyle = "#77b255";
    ctx.fillRect(23, 14, 5, 15);
  },
  // 📰 a folded newspaper.
  "\u{1f4f0}": (ctx) => {
    ctx.fillStyle = "#99aab5";
    roundRect(ctx, 2, 7, 32, 24, 2);
    ctx.fill();
    ctx.fillStyle = "#e1e8ed";
    roundRect(ctx, 4, 5, 30, 24, 2);
    ctx.fill();
    ctx.fillStyle = "#66757f";
    ctx.fillRect(7, 9, 24, 4);
    for (const y of [16, 19.5, 23]) {
      ctx.fillRect(7, y, 10, 1.8);
      ctx.fillRect(20, y, 11, 1.8);
    }
  },
  // 🏆 a gold cup with handles on a brown base.
  "\u{1f3c6}": (ctx) => {
    ctx.strokeStyle = "#ffac33";
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.arc(8, 11, 5, Math.PI * 0.5, Math.PI * 1.5);
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(28, 11, 5, Math.PI * 1.5, Math.PI * 0.5);
    ctx.stroke();
    ctx.fillStyle = "#ffac33";
    ctx.beginPath();
    ctx.moveTo(7, 3);
    ctx.lineTo(29, 3);
    ctx.lineTo(28, 12);
    ctx.quadraticCurveTo(26, 21, 18, 22);
    ctx.quadraticCurveTo(10, 21, 8, 12);
    ctx.closePath();
    ctx.fill();
    ctx.fillRect(15.5, 21, 5, 6);
    ctx.fillStyle = "#ffcc4d";
    ctx.fillRect(11, 5.5, 3, 10);
    ctx.fillStyle = "#c1694f";
    roundRect(ctx, 9, 27, 18, 7, 1.5);
    ctx.fill();
    ctx.fillStyle = "#ffd983";
    ctx.fillRect(13, 29.5, 10, 2);
  },
  // ◀️ ▶️ a white triangle on a blue square.
  "\u25c0": (ctx) => {
    ctx.fillStyle = "#3b88c3";
    roundRect(ctx, 0, 0, 36, 36, 4);
    ctx.fill();
    ctx.fillStyle = "#ffffff";
    polygon(ctx, [
      [25, 8],
      [25, 28],
      [10, 18],
    ]);
    ctx.fill();
  },
  "\u25b6": (ctx) => {
    ctx.fillStyle = "#3b88c3";
    roundRect(ctx, 0, 0, 36, 36, 4);
    ctx.fill();
    ctx.fillStyle = "#ffffff";
    polygon(ctx, [
      [11, 8],
      [11, 28],
      [26, 18],
    ]);
    ctx.fill();
  },
};

/** Whether Discord would show this grapheme as an emoji picture. */
export function isEmoji(grapheme: string): boolean {
  return (
    DRAWINGS[strip(grapheme)] !== undefined ||
    /\p{Extended_Pictographic}\ufe0f|\p{Emoji_Presentation}/u.test(grapheme)
  );
}

const unknown = new Set<string>();

/** Draws an emoji into the `size` square whose top left corner is (x, y). */
export function drawEmoji(ctx: Ctx, emoji: string, x: number, y: number, size: number): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(size / 36, size / 36);
  const draw = DRAWINGS[strip(emoji)];
  if (draw !== undefined) draw(ctx);
  else {
    if (!unknown.has(emoji)) {
      unknown.add(emoji);
      console.warn(`docs painter: no picture for the emoji ${emoji}; drawn as a grey square`);
    }
    ctx.fillStyle = "#99aab5";
    roundRect(ctx, 3, 3, 30, 30, 6);
    ctx.fill();
  }
  ctx.restore();
}
