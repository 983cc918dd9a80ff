// The painter's fonts: Discord's is gg sans, which is not free; Noto Sans (the charts' font, from
// the same npm packages, with its 500/600 weights and italics) and Noto Sans Arabic stand in for
// it, registered under names of their own so that no other font changes a picture by chance. They
// lack a few symbols the replies use (≈, →) and Chinese or Japanese (a source's name may have
// some): DejaVu Sans and Noto Sans CJK are used for those when the machine has them (Debian's
// fonts-dejavu-core and fonts-noto-cjk); without them such characters are boxes, and reported.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { GlobalFonts } from "@napi-rs/canvas";
import { cmapCodePoints } from "../../src/render/chart/fonts.js";

const require = createRequire(import.meta.url);

const LATIN = "Docs Sans";
const ARABIC = "Docs Arabic";
const SYMBOLS = "Docs Symbols";
const SYMBOL_FILES = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
];
const CJK = "Docs CJK";
const CJK_FILES = [
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
];

const FILES: [string, string][] = [
  ...["400Regular", "500Medium", "600SemiBold", "700Bold"].flatMap((w): [string, string][] => [
    [LATIN, `@expo-google-fonts/noto-sans/${w}/NotoSans_${w}.ttf`],
    [LATIN, `@expo-google-fonts/noto-sans/${w}_Italic/NotoSans_${w}_Italic.ttf`],
    [ARABIC, `@expo-google-fonts/noto-sans-arabic/${w}/NotoSansArabic_${w}.ttf`],
  ]),
];

let registered = false;
let hasCjk = false;
const symbols = new Set<number>();

export function registerDocsFonts(): void {
  if (registered) return;
  for (const [family, path] of FILES)
    if (GlobalFonts.registerFromPath(require.resolve(path), family) === null)
      throw new Error(`Could not load the font ${path}`);
  for (const path of SYMBOL_FILES)
    if (existsSync(path) && GlobalFonts.registerFromPath(path, SYMBOLS) !== null)
      for (const cp of cmapCodePoints(readFileSync(path))) symbols.add(cp);
  for (const path of CJK_FILES)
    if (existsSync(path) && GlobalFonts.registerFromPath(path, CJK) !== null) hasCjk = true;
  registered = true;
}

const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether a machine font registered here has `char` (one the shipped Noto fonts lack). */
export function extraFontHas(char: string): boolean {
  return symbols.has(char.codePointAt(0) ?? -1) || (hasCjk && CJK_LETTER.test(char));
}

export interface FontStyle {
  size: number;
  weight?: 400 | 500 | 600 | 700;
  italic?: boolean;
}

/** A canvas font string: Latin first, then Arabic, symbols and CJK for what Latin lacks. */
export function cssFont({ size, weight = 400, italic = false }: FontStyle): string {
  return `${italic ? "italic " : ""}${weight} ${size}px "${LATIN}", "${ARABIC}", "${SYMBOLS}", "${CJK}"`;
}
