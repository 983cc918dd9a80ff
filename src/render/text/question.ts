// A question's answer as terminal text (the offline console), in the question's language: the
// sentence stating the answer, the figures with their source marks, notes, the numbered sources
// and the as-of line.
import { bidi, messages } from "../../i18n/index.js";
import { answerQuestion, type QuestionContext } from "../../questions/answer.js";
import { citedSources } from "../../questions/cited.js";
import type { QuestionAnswer } from "../../questions/types.js";
import { asOfText } from "../phrases.js";
import { blocks, bullets, hanging, heading, section, WIDTH, wrap } from "./layout.js";
import { sourcesSection } from "./sections.js";

const marks = (sources: readonly number[]) => (sources.length === 0 ? "" : ` [${sources.join(", ")}]`);

export function renderQuestionText(qa: QuestionAnswer): string {
  const language = qa.understanding.language;
  const m = messages(language);
  const parts = [wrap(qa.headline, WIDTH).join("\n")];
  if (qa.kind === "answered") {
    // The embed's title, as a command's text starts with its own.
    parts.unshift(heading(qa.title));
    if (qa.notes.length > 0) parts.push(qa.notes.map((n) => hanging("(!) ", n)).join("\n"));
    if (qa.evidence.length > 0)
      parts.push(
        section(
          m.question.evidence,
          qa.evidence.map((e) =>
            hanging(
              "- ",
              `${e.label}${m.colon}${e.disputed === true ? "(!) " : ""}${e.text}${marks(e.sources)}`,
            ),
          ),
        ),
      );
    const cited = citedSources(qa);
    if (cited.length > 0) parts.push(sourcesSection(cited, m));
    parts.push(asOfText(qa.asOf, m, { full: true }));
  } else if (qa.kind === "did-you-mean") {
    parts.push(section(m.question.didYouMean, bullets(qa.candidates.map((c) => c.name))));
  } else {
    parts.push(section(m.question.examples, bullets(qa.examples)));
    parts.push(
      section(
        m.question.commands,
        qa.commands.map((c) => `  ${c.name.padEnd(9)} ${c.description}`),
      ),
    );
  }
  return bidi(blocks(parts), language);
}

/** Parse, answer and render one question as terminal text. */
export function answerQuestionAsText(text: string, ctx: QuestionContext): string {
  return renderQuestionText(answerQuestion(text, ctx));
}
