// A question's answer as terminal text (the offline console), in the question's language: the
// sentence stating the answer, notes, its first figures with their source marks, the sources they
// cite numbered from [1] (as the Discord answer numbers them) and the as-of line.
import { bidi, type Messages } from "../../i18n/index.js";
import { type CitedAnswer, citedAnswer, fullAnswerOf } from "../../questions/cited.js";
import type { QuestionAnswer } from "../../questions/types.js";
import { asOfText } from "../phrases.js";
import { blocks, bullets, hanging, heading, section, WIDTH, wrap } from "./layout.js";
import { sourcesSection } from "./sections.js";

const marks = (sources: readonly number[]) => (sources.length === 0 ? "" : ` [${sources.join(", ")}]`);

function answeredText(qa: CitedAnswer, m: Messages): string[] {
  // The embed's title first, as a command's text starts with its own.
  const parts = [heading(qa.title), wrap(qa.headline, WIDTH).join("\n")];
  if (qa.notes.length > 0) parts.push(qa.notes.map((n) => hanging("(!) ", n)).join("\n"));
  const figures = qa.evidence.map((e) =>
    hanging("- ", `${e.label}${m.colon}${e.disputed === true ? "(!) " : ""}${e.text}${marks(e.sources)}`),
  );
  if (qa.omitted > 0)
    figures.push(
      hanging("  ", fullAnswerOf(qa) ? m.question.more(qa.omitted) : m.question.moreFigures(qa.omitted)),
    );
  if (figures.length > 0) parts.push(section(m.question.evidence, figures));
  if (qa.sources.length > 0) parts.push(sourcesSection(qa.sources, m));
  parts.push(asOfText(qa.asOf, m, { full: true }));
  return parts;
}

export function renderQuestionText(qa: QuestionAnswer, m: Messages): string {
  if (qa.kind === "answered") return bidi(blocks(answeredText(citedAnswer(qa), m)), m.language);
  const parts = [wrap(qa.headline, WIDTH).join("\n")];
  if (qa.kind === "did-you-mean")
    parts.push(section(m.question.didYouMean, bullets(qa.candidates.map((c) => c.name))));
  else {
    parts.push(section(m.question.examples, bullets(qa.examples)));
    parts.push(
      section(
        m.question.commands,
        qa.commands.map((c) => `  ${c.name.padEnd(9)} ${c.description}`),
      ),
    );
  }
  return bidi(blocks(parts), m.language);
}
