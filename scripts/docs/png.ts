// An opaque picture as an 8-bit palette PNG: a page of text is a few flat colours and their
// anti-aliased edges, which 256 colours keep (median cut, the dominant colours exact), at about a
// third of the canvas's 32-bit PNG. Keeps the README's pictures small in the repository.
import { deflateSync } from "node:zlib";

interface ColourBox {
  colours: number[];
  count: number;
}

const channel = (c: number, shift: number) => (c >> shift) & 0xff;

function spread(box: ColourBox): { range: number; shift: number } {
  let best = { range: -1, shift: 16 };
  for (const shift of [16, 8, 0]) {
    let lo = 255;
    let hi = 0;
    for (const c of box.colours) {
      const v = channel(c, shift);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (hi - lo > best.range) best = { range: hi - lo, shift };
  }
  return best;
}

/** Up to `size` colours for the histogram, by median cut; a box's colour is its most common one
 * when that one makes most of it (flat backgrounds stay exact), else its weighted mean. */
function medianCut(histogram: Map<number, number>, size: number): number[] {
  const all = [...histogram.keys()];
  if (all.length <= size) return all;
  const boxes: ColourBox[] = [{ colours: all, count: all.reduce((s, c) => s + (histogram.get(c) ?? 0), 0) }];
  while (boxes.length < size) {
    let pick = -1;
    let score = 0;
    boxes.forEach((box, i) => {
      if (box.colours.length < 2) return;
      const s = spread(box).range * Math.sqrt(box.count);
      if (s > score) {
        score = s;
        pick = i;
      }
    });
    const box = boxes[pick];
    if (box === undefined) break;
    const { shift } = spread(box);
    box.colours.sort((a, b) => channel(a, shift) - channel(b, shift));
    let half = 0;
    let at = 0;
    while (at < box.colours.length - 1 && half < box.count / 2)
      half += histogram.get(box.colours[at++] ?? 0) ?? 0;
    at = Math.max(1, Math.min(box.colours.length - 1, at));
    const left = box.colours.slice(0, at);
    const right = box.colours.slice(at);
    const countOf = (cs: number[]) => cs.reduce((s, c) => s + (histogram.get(c) ?? 0), 0);
    boxes.splice(pick, 1, { colours: left, count: countOf(left) }, { colours: right, count: countOf(right) });
  }
  return boxes.map((box) => {
    let mode = 0;
    let modeCount = -1;
    let r = 0;
    let g = 0;
    let b = 0;
    for (const c of box.colours) {
      const n = histogram.get(c) ?? 0;
      if (n > modeCount) {
        mode = c;
        modeCount = n;
      }
      r += channel(c, 16) * n;
      g += channel(c, 8) * n;
      b += channel(c, 0) * n;
    }
    if (modeCount * 2 >= box.count) return mode;
    const total = Math.max(1, box.count);
    return (Math.round(r / total) << 16) | (Math.round(g / total) << 8) | Math.round(b / total);
  });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels (alpha ignored: the picture is opaque) as a palette PNG. */
export function palettePng(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): Buffer {
  const pixels = width * height;
  const rgb = new Uint32Array(pixels);
  const histogram = new Map<number, number>();
  for (let i = 0; i < pixels; i++) {
    const c = ((rgba[i * 4] ?? 0) << 16) | ((rgba[i * 4 + 1] ?? 0) << 8) | (rgba[i * 4 + 2] ?? 0);
    rgb[i] = c;
    histogram.set(c, (histogram.get(c) ?? 0) + 1);
  }
  const palette = medianCut(histogram, 256);
  const index = new Map<number, number>();
  for (const c of histogram.keys()) {
    let best = 0;
    let distance = Number.POSITIVE_INFINITY;
    palette.forEach((p, i) => {
      const dr = channel(c, 16) - channel(p, 16);
      const dg = channel(c, 8) - channel(p, 8);
      const db = channel(c, 0) - channel(p, 0);
      const d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
      if (d < distance) {
        distance = d;
        best = i;
      }
    });
    index.set(c, best);
  }
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = index.get(rgb[y * width + x] ?? 0) ?? 0;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((c, i) => {
    plte.set([channel(c, 16), channel(c, 8), channel(c, 0)], i * 3);
  });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("PLTE", plte),
    chunk("IDAT", deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
