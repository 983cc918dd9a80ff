// Replies in the user's language: English, French or Arabic. `messages(language)` gives every word a
// renderer or a bot notice writes (en.ts is the source of truth, fr.ts and ar.ts follow its keys);
// `languageForLocale` reads a Discord locale; ./format.ts writes figures with a language's words;
// ./bidi.ts keeps Latin names and numbers in order inside Arabic sentences.
import { ar } from "./ar.js";
import { isolateArabic } from "./bidi.js";
import { en, type Messages } from "./en.js";
import { fr } from "./fr.js";
import type { Language } from "./language.js";

export { FSI, hasArabic, isolateArabic, isolateData, PDI, RLI, stripIsolates } from "./bidi.js";
export type { Messages } from "./en.js";
export { LANGUAGES, type Language, languageForLocale } from "./language.js";

const MESSAGES: Readonly<Record<Language, Messages>> = { en, fr, ar };

/** Every word the replies write, in `language`. */
export function messages(language: Language): Messages {
  return MESSAGES[language];
}

/** Text made right-to-left friendly when it is Arabic (see ./bidi.ts); other languages unchanged. */
export function bidi(text: string, language: Language): string {
  return language === "ar" ? isolateArabic(text) : text;
}
