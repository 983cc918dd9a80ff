// The languages replies are written in, and which one a Discord locale asks for.

export type Language = "en" | "fr" | "ar";

export const LANGUAGES: readonly Language[] = ["en", "fr", "ar"];

/**
 * The language of replies for a locale: "fr…" French, "ar…" Arabic, anything else English. Discord
 * has no Arabic locale (Arabic replies come from a question's words), but the console's `--locale`
 * may say it.
 */
export function languageForLocale(locale: string | undefined): Language {
  const code = (locale ?? "").toLowerCase().slice(0, 2);
  return code === "fr" ? "fr" : code === "ar" ? "ar" : "en";
}
