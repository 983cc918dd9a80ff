// A question's answer as terminal text (the offline console): the sentence stating the answer,
// the figures with their source marks, notes, the numbered sources and the as-of line.
import { answerQuestion, type QuestionContext } from "../../questions/answer.js";
import { citedSources } from "../../questions/cited.js";
import { formatDate } from "../../questions/format.js";
import { LEXICONS } from "../../questions/lexicon/index.js";
import type { QuestionAnswer } from "../../questions/types.js";
import { blocks, bullets, hanging, section, WIDTH, wrap } from "./layout.js";
import { sourcesSection } from "./sections.js";

const marks = (sources: readonly number[]) => (sources.length === 0 ? "" : ` [${sources.join(", ")}]`);

export function renderQuestionText(qa: QuestionAnswer): string {
  const lex = LEXICONS[qa.understanding.language];
  const parts = [wrap(qa.headline, WIDTH).join("\n")];
  if (qa.kind === "answered") {
    if (qa.notes.length > 0) parts.push(qa.notes.map((n) => hanging("(!) ", n)).join("\n"));
    if (qa.evidence.length > 0)
      parts.push(
        section(
          lex.labels.evidence,
          qa.evidence.map((e) =>
            hanging("- ", `${e.label}: ${e.disputed === true ? "(!) " : ""}${e.text}${marks(e.sources)}`),
          ),
        ),
      );
    const cited = citedSources(qa);
    if (cited.length > 0) parts.push(sourcesSection(cited));
    const shown =
      qa.asOf.shown !== undefined ? ` · ${lex.labels.newestShown}: ${formatDate(qa.asOf.shown, lex)}` : "";
    parts.push(`${lex.labels.dataAsOf} ${formatDate(qa.asOf.data, lex)}${shown}`);
  } else if (qa.kind === "did-you-mean") {
    parts.push(section(lex.labels.didYouMean, bullets(qa.candidates.map((c) => c.name))));
  } else {
    parts.push(section(lex.labels.examples, bullets(qa.examples)));
    parts.push(
      section(
        lex.labels.commands,
        qa.commands.map((c) => `  ${c.name.padEnd(9)} ${c.description}`),
      ),
    );
  }
  return blocks(parts);
}

/** Parse, answer and render one question as terminal text. */
export function answerQuestionAsText(text: string, ctx: QuestionContext): string {
  return renderQuestionText(answerQuestion(text, ctx));
}
