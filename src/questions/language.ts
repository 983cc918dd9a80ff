// Step 2: which language the question is in, so the answer comes back in it. Arabic script
// decides alone; English and French are told apart by the words of their tables (a word both
// share, like "plan", counts for neither) and by the letters only French writes. A question with
// nothing to go on ("Mistral vs Dust?") is answered in the user's Discord language.
import { type Language, languageForLocale } from "../i18n/language.js";
import { COMPILED } from "./lexicon/index.js";
import type { PreparedText } from "./prepare.js";

const ARABIC_SHARE = 0.3;
const ARABIC_LETTER = /[\u0600-\u06FF]/;

/** The question's language; words that named something (`used`) don't count: "Hugging Face" isn't English. */
export function detectLanguage(text: PreparedText, locale?: string, used: readonly boolean[] = []): Language {
  if (text.arabicShare >= ARABIC_SHARE) return "ar";
  let en = 0;
  let fr = 0;
  let ar = 0;
  for (const [i, token] of text.tokens.entries()) {
    if (used[i] === true) continue;
    const inEn = COMPILED.en.words.has(token.norm);
    const inFr = COMPILED.fr.words.has(token.norm);
    if (inEn && !inFr) en++;
    if (inFr && !inEn) fr++;
    if (ARABIC_LETTER.test(token.norm) && token.forms.some((f) => COMPILED.ar.words.has(f))) ar++;
  }
  fr += Math.min(text.frenchLetters, 3);
  const best = Math.max(en, fr, ar);
  if (best === 0) return languageForLocale(locale);
  const leaders = (["ar", "fr", "en"] as const).filter((l) => ({ en, fr, ar })[l] === best);
  const fallback = languageForLocale(locale);
  return leaders.includes(fallback) ? fallback : (leaders[0] ?? fallback);
}
