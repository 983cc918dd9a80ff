// When the engine can't answer: a short, friendly reply in the question's language saying what it
// can answer, with example questions and the slash commands. It never repeats the user's words.
import type { AnswerContext } from "../../answers/context.js";
import type { Messages } from "../../i18n/index.js";
import { companiesByWeight } from "../../search/entries.js";
import { fill, formatAlternatives, formatDate, formatList } from "../format.js";
import type { DidYouMeanQuestion, HelpQuestion, HelpReason, Understanding } from "../types.js";

const COMMANDS = ["startup", "funding", "compare", "ask", "about"] as const;
const KNOWN_SHOWN = 6;

/** A normalised word shown back as a name: letters and digits only, its first letter capitalised. */
export function displayName(word: string): string {
  return word.charAt(0).toLocaleUpperCase() + word.slice(1);
}

/**
 * The help's example questions: first one asking what the question asked ("what is … worth?"),
 * about the best-known company, then the usual ones; three in all.
 */
function examplesFor(understanding: Understanding, words: Messages, company: string | undefined): string[] {
  const asked = understanding.asked;
  const table: Readonly<Record<string, string>> = words.answers.askedExamples;
  const template = table[asked?.metric ?? ""] ?? table[asked?.intent ?? ""];
  const usual = [...words.answers.examples];
  if (template === undefined || company === undefined) return usual;
  return [template.replace("{company}", company), ...usual].slice(0, usual.length);
}

export function helpReply(
  ctx: AnswerContext,
  understanding: Understanding,
  words: Messages,
  reason: HelpReason,
): HelpQuestion {
  // The best-known companies, said to be some of them: never a handful listed as if it were all.
  const known = companiesByWeight(ctx.data)
    .slice(0, KNOWN_SHOWN)
    .map((c) => c.name);
  const count = String(ctx.data.companies.length);
  // A capitalised word that is no name of the data ("Pigment"): named back, as a word of letters.
  const unknown = understanding.unknownNames.map(displayName);
  const headline =
    reason === "greeting" || reason === "thanks"
      ? fill(words, reason, {})
      : reason === "empty"
        ? fill(words, "helpEmpty", {})
        : reason === "unknown-entity" && unknown.length > 0
          ? fill(words, "helpUnknownNamed", {
              names: formatList(unknown, words),
              count,
              date: formatDate(ctx.data.asOf, words),
            })
          : reason === "unknown-entity"
            ? fill(words, "helpUnknown", { companies: formatList(known, words), count })
            : reason === "asked-for-help"
              ? fill(words, "helpAsked", {})
              : fill(words, "helpUnrelated", {});
  return {
    kind: "help",
    understanding,
    reason,
    headline,
    // A thank-you gets a thank-you back, not the manual.
    examples: reason === "thanks" ? [] : examplesFor(understanding, words, known[0]),
    commands:
      reason === "thanks"
        ? []
        : COMMANDS.map((name) => ({ name: `/${name}`, description: words.answers.commands[name] })),
    sources: [],
    asOf: { data: ctx.data.asOf },
  };
}

export function didYouMeanReply(
  ctx: AnswerContext,
  understanding: Understanding,
  words: Messages,
  candidates: DidYouMeanQuestion["candidates"],
): DidYouMeanQuestion {
  return {
    kind: "did-you-mean",
    understanding,
    candidates,
    headline: fill(words, "didYouMean", {
      candidates: formatAlternatives(
        candidates.map((c) => c.name),
        words,
      ),
    }),
    sources: [],
    asOf: { data: ctx.data.asOf },
  };
}
