// Step 1: the question's words. The text is capped (a pasted essay is not a question), cleaned of
// invisible marks and Discord mention syntax, and cut into words normalised like the search index's
// keys. Each word keeps its raw spelling only to tell the company "H" (a standalone capital) from a
// stray letter; the raw text itself never leaves this step.
import { normalize, withoutInvisible } from "../search/normalize.js";
import { GLUED_PREFIXES, type MatchToken } from "./lexicon/index.js";

/** Longer questions are cut here: /ask takes 1000 characters, and no question needs more. */
export const MAX_QUESTION_CHARS = 1000;
/** At most this many words are read. */
export const MAX_WORDS = 150;

// Discord's own syntax: <@123>, <@!123>, <@&123>, <#123>, <:emoji:123>, <t:1700000000:R>.
const DISCORD_SYNTAX = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:\d+(?::\w)?)>/g;
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;
const ARABIC = /[\u0600-\u06FF]/;
/** A long run of digits is an id (a snowflake, a phone number), not part of a question. */
const ID_LIKE = /^\d{9,}$/;
/** Letters French writes and English doesn't: a hint for telling the two apart. */
const FRENCH_LETTERS = /[àâçéèêëîïôûùüÿœ]/gi;

export interface Token extends MatchToken {
  /** The word as typed (read for its capital letter: "H", "Dust" mid-sentence). */
  raw: string;
  /** The normalised word. */
  norm: string;
}

/** Typed with a capital letter: mid-sentence, a sign that a name is meant. */
export const capitalized = (token: Token): boolean => /^\p{Lu}/u.test(token.raw);

/** A normalised word in Latin letters or digits only: how a name is usually typed, even in Arabic. */
export const isLatin = (word: string): boolean => /^[a-z0-9]+$/.test(word);

export interface PreparedText {
  tokens: Token[];
  /** True when the text was longer than the cap and cut. */
  truncated: boolean;
  /** Share of letters in Arabic script (0-1). */
  arabicShare: number;
  /** How many letters only French uses (é, ç, ...). */
  frenchLetters: number;
}

/** The word and, for Arabic, the same word with a glued prefix taken off: "وداست" -> "داست". */
function formsOf(norm: string): string[] {
  const forms = [norm];
  if (!ARABIC.test(norm)) {
    // "وMistral", "لـMistral": an Arabic prefix glued to a Latin name.
    const glued = /^([\u0600-\u06FF]{1,3})([a-z0-9].*)$/.exec(norm);
    if (glued?.[2] !== undefined) forms.push(glued[2]);
    return forms;
  }
  for (let i = 0; i < forms.length && forms.length < 6; i++) {
    const form = forms[i] ?? "";
    for (const prefix of GLUED_PREFIXES) {
      if (form.startsWith(prefix) && form.length - prefix.length >= 2) {
        const rest = form.slice(prefix.length);
        if (!forms.includes(rest)) forms.push(rest);
      }
    }
  }
  return forms;
}

export function prepare(text: string): PreparedText {
  // U+034F, the combining grapheme joiner, is a mark that shows nothing too.
  const cleaned = withoutInvisible(text.slice(0, MAX_QUESTION_CHARS * 4).normalize("NFKC"))
    .replace(/\u034F/g, "")
    .replace(DISCORD_SYNTAX, " ");
  const truncated = cleaned.length > MAX_QUESTION_CHARS;
  const kept = cleaned.slice(0, MAX_QUESTION_CHARS);

  const tokens: Token[] = [];
  for (const raw of kept.split(SEPARATORS)) {
    if (tokens.length >= MAX_WORDS) break;
    if (raw === "" || ID_LIKE.test(raw)) continue;
    for (const norm of normalize(raw).split(" ")) {
      if (norm !== "") tokens.push({ raw, norm, forms: formsOf(norm) });
    }
  }

  const letters = kept.match(/\p{L}/gu)?.length ?? 0;
  const arabic = kept.match(/[\u0600-\u06FF]/g)?.length ?? 0;
  return {
    tokens: tokens.slice(0, MAX_WORDS),
    truncated: truncated || tokens.length >= MAX_WORDS,
    arabicShare: letters === 0 ? 0 : arabic / letters,
    frenchLetters: kept.match(FRENCH_LETTERS)?.length ?? 0,
  };
}
