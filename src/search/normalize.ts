// One normalisation for the index and the query alike, so that "CLÉMENT", "clement", "Mistral.AI",
// "ميسترال" with harakat or tatweel, and a pasted name full of zero-width marks all meet on the same
// key. Rules from the team's search notes ("Normalisation that worked").

/**
 * Characters that show nothing, often pasted along with Arabic or copied text: every format
 * control (zero-width marks, bidi marks and isolates, soft hyphen, word joiner, BOM, the Arabic
 * letter mark) and the fillers that draw as blank (Hangul, Khmer). The one definition the search
 * keys, the question reader and the terminal echo share.
 */
export const INVISIBLE = /[\p{Cf}\u115F\u1160\u17B4\u17B5\u3164\uFFA0]/gu;

/** `text` with its invisible characters replaced by `by` (nothing, or a space between words). */
export function withoutInvisible(text: string, by = ""): string {
  return text.replace(INVISIBLE, by);
}

// After NFD: Latin combining accents, Arabic harakat and Quranic marks (NFD turns أ إ آ ؤ ئ into a
// base letter plus U+0653-0655, so this also folds the hamza forms), tatweel, variation selectors
// and the combining marks that dress up symbols and emoji (keycaps).
// biome-ignore lint/suspicious/noMisleadingCharacterClass: marks are meant to be matched one by one, apart from their base letter
const MARKS = /[\u0300-\u036F\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u20D0-\u20FF\uFE00-\uFE0F]/g;

// Letters that neither NFKC nor NFD take apart, or Arabic letters written several ways.
const FOLD: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ł: "l",
  ı: "i",
  þ: "th",
  ٱ: "ا",
  ى: "ي",
  ی: "ي",
  ة: "ه",
  ک: "ك",
};
const FOLDABLE = /[ßæœøđłıþٱىیةک]/g;

// Arabic-Indic (U+0660-0669) and Extended Arabic-Indic (U+06F0-06F9) digits.
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

// Anything that is not a letter, a number or a remaining (non-Latin, non-Arabic) mark is a separator.
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * The searchable form of a text: NFKC, lower case, no accents, Arabic spelling variants folded,
 * punctuation and symbols turned into single spaces, trimmed. "Mistral.AI" -> "mistral ai".
 */
export function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .toLowerCase()
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(FOLDABLE, (c) => FOLD[c] ?? c)
    .replace(ARABIC_DIGITS, (d) => String(d.charCodeAt(0) & 0xf))
    .normalize("NFC")
    .replace(SEPARATORS, " ")
    .trim();
}

/** The normalised form without spaces: "Hugging Face" and "huggingface" both give "huggingface". */
export function compact(text: string): string {
  return normalize(text).replaceAll(" ", "");
}
