// The languages replies are written in, and which one a Discord locale asks for.

export type Language = "en" | "fr" | "ar";

export const LANGUAGES: readonly Language[] = ["en", "fr", "ar"];

/**
 * The language of replies for a Discord locale: "fr" is French, everything else English. Discord
 * has no Arabic locale, so Arabic replies come from the language of a question's text.
 */
export function languageForLocale(locale: string | undefined): Language {
  return (locale ?? "").toLowerCase().startsWith("fr") ? "fr" : "en";
}
