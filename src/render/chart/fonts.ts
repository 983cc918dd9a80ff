// The chart fonts: Noto Sans (Latin, accents, ≈ …) and Noto Sans Arabic, loaded from their npm
// packages by path. A machine without system fonts (the slim Docker image) must still draw every
// glyph, so only these files are used, under aliases no system font can shadow.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { GlobalFonts } from "@napi-rs/canvas";

const require = createRequire(import.meta.url);

const FILES = {
  latin: {
    family: "Landscape Chart Sans",
    regular: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
    bold: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
  },
  arabic: {
    family: "Landscape Chart Arabic",
    regular: "@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf",
    bold: "@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf",
  },
} as const;

/** The font list every chart text uses: Latin first, Arabic for the letters Latin lacks. */
export const FONT_FAMILIES = `"${FILES.latin.family}", "${FILES.arabic.family}"`;

export function fontPaths(): string[] {
  return Object.values(FILES).flatMap((f) => [require.resolve(f.regular), require.resolve(f.bold)]);
}

let registered = false;

/** Registers the fonts once per process; throws when a font file is missing. */
export function registerChartFonts(): void {
  if (registered) return;
  for (const files of Object.values(FILES)) {
    for (const path of [files.regular, files.bold]) {
      if (GlobalFonts.registerFromPath(require.resolve(path), files.family) === null)
        throw new Error(`Could not load the chart font ${path}`);
    }
  }
  registered = true;
}

// ---------- glyph coverage (for tests and checks: which characters would fall back to tofu) ----------

let covered: Set<number> | undefined;

/** The characters of `text` that no shipped chart font has a glyph for (controls and spaces aside). */
export function missingGlyphs(text: string): string[] {
  covered ??= new Set(
    Object.values(FILES).flatMap((f) => cmapCodePoints(readFileSync(require.resolve(f.regular)))),
  );
  const missing = new Set<string>();
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp < 0x20 || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2066 && cp <= 0x2069)) continue;
    if (!covered.has(cp)) missing.add(char);
  }
  return [...missing];
}

/** The code points a TrueType font maps, read from its `cmap` table (formats 4 and 12). */
export function cmapCodePoints(font: Buffer): number[] {
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (font.toString("latin1", record, record + 4) === "cmap") cmap = font.readUInt32BE(record + 8);
  }
  if (cmap < 0) return [];
  const points = new Set<number>();
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const offset = cmap + font.readUInt32BE(cmap + 4 + i * 8 + 4);
    const format = font.readUInt16BE(offset);
    if (format === 4) readFormat4(font, offset, points);
    else if (format === 12) readFormat12(font, offset, points);
  }
  return [...points];
}

function readFormat4(font: Buffer, offset: number, points: Set<number>): void {
  const segments = font.readUInt16BE(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = font.readUInt16BE(ends + s * 2);
    const start = font.readUInt16BE(starts + s * 2);
    const delta = font.readInt16BE(deltas + s * 2);
    const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2;
        glyph = font.readUInt16BE(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(cp);
    }
  }
}

function readFormat12(font: Buffer, offset: number, points: Set<number>): void {
  const groups = font.readUInt32BE(offset + 12);
  for (let g = 0; g < groups; g++) {
    const group = offset + 16 + g * 12;
    const start = font.readUInt32BE(group);
    const end = font.readUInt32BE(group + 4);
    for (let cp = start; cp <= end; cp++) points.add(cp);
  }
}
