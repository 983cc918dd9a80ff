// When the engine can't answer: a short, friendly reply in the question's language saying what it
// can answer, with example questions and the slash commands. It never repeats the user's words.
import type { AnswerContext } from "../../answers/context.js";
import { fill, formatAlternatives, formatList } from "../format.js";
import type { Lexicon } from "../lexicon/types.js";
import type { DidYouMeanQuestion, HelpQuestion, HelpReason, Understanding } from "../types.js";

const COMMANDS = ["startup", "funding", "compare", "ask", "about"] as const;
const KNOWN_SHOWN = 6;

export function helpReply(
  ctx: AnswerContext,
  understanding: Understanding,
  lex: Lexicon,
  reason: HelpReason,
): HelpQuestion {
  const known = ctx.data.companies.slice(0, KNOWN_SHOWN).map((c) => c.name);
  const headline =
    reason === "empty"
      ? fill(lex, "helpEmpty", {})
      : reason === "unknown-entity"
        ? fill(lex, "helpUnknown", { companies: formatList(known, lex) })
        : reason === "asked-for-help"
          ? fill(lex, "helpAsked", {})
          : fill(lex, "helpUnrelated", {});
  return {
    kind: "help",
    understanding,
    reason,
    headline,
    examples: [...lex.examples],
    commands: COMMANDS.map((name) => ({ name: `/${name}`, description: lex.commands[name] })),
    sources: [],
    asOf: { data: ctx.data.asOf },
  };
}

export function didYouMeanReply(
  ctx: AnswerContext,
  understanding: Understanding,
  lex: Lexicon,
  candidates: DidYouMeanQuestion["candidates"],
): DidYouMeanQuestion {
  return {
    kind: "did-you-mean",
    understanding,
    candidates,
    headline: fill(lex, "didYouMean", {
      candidates: formatAlternatives(
        candidates.map((c) => c.name),
        lex,
      ),
    }),
    sources: [],
    asOf: { data: ctx.data.asOf },
  };
}
