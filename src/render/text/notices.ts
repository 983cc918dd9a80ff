// No match, several matches, a request that can't work; and /about.
import type {
  AboutAnswer,
  AmbiguousAnswer,
  InvalidRequestAnswer,
  NotFoundAnswer,
} from "../../answers/types.js";
import type { Messages } from "../../i18n/index.js";
import { withoutInvisible } from "../../search/normalize.js";
import { formatCategory, formatDate, formatList } from "../format.js";
import { abroadText } from "../phrases.js";
import { companiesText, invalidRequestText } from "../titles.js";
import { blocks, hanging, heading, rows } from "./layout.js";
import { asOfLine, sourcesSection, textStyleFor } from "./sections.js";

/** User text shown back on a terminal: control characters can't move the cursor or clear the screen. */
export function safeEcho(text: string): string {
  const clean = withoutInvisible(text.replace(/\p{Cc}/gu, " "), " ").replace(/\s+/g, " ");
  return clean.length > 100 ? `${clean.slice(0, 99)}…` : clean;
}

/** A name the user typed, quoted plainly for the terminal. */
const quoted = (text: string) => `"${safeEcho(text)}"`;

export function renderNotFoundText(answer: NotFoundAnswer, m: Messages): string {
  if (answer.abroad !== undefined)
    return blocks([
      abroadText(answer.abroad, textStyleFor(m.language), m),
      sourcesSection(answer.sources, m),
      asOfLine(answer, m),
    ]);
  return blocks([
    answer.query.trim() === ""
      ? m.notices.emptyName
      : m.notices.noMatch(
          quoted(answer.query),
          answer.known.companies,
          formatDate(answer.asOf.data, { language: m.language }),
        ),
    answer.suggestions.length > 0
      ? m.notices.closest(
          formatList(
            answer.suggestions.map((s) => s.name),
            m.language,
          ),
        )
      : "",
    m.notices.tryAbout("/about"),
    asOfLine(answer, m),
  ]);
}

export function renderAmbiguousText(answer: AmbiguousAnswer, m: Messages): string {
  return blocks([
    m.notices.ambiguous(
      quoted(answer.query),
      formatList(
        answer.candidates.map((c) => c.name),
        m.language,
      ),
      answer.candidates.length > 1,
    ),
    asOfLine(answer, m),
  ]);
}

export function renderInvalidText(answer: InvalidRequestAnswer, m: Messages): string {
  return blocks([invalidRequestText(answer, (s) => safeEcho(s), m), asOfLine(answer, m)]);
}

export function renderAboutText(answer: AboutAnswer, m: Messages): string {
  const date = (d: string) => formatDate(d, { language: m.language });
  return blocks([
    heading(m.about.title),
    hanging("", m.about.intro),
    rows([
      [m.about.knowsShort, m.about.knows(answer.counts)],
      [m.about.dataAsOf, date(answer.asOf.data)],
      [m.about.sourcesFrom, m.about.range(date(answer.asOf.oldestSource), date(answer.asOf.newestSource))],
      [
        m.about.mostCited,
        answer.topPublishers
          .map((p) => `${p.seed ? m.figures.seedArticle : p.publisher} (${p.citations})`)
          .join(m.comma),
      ],
      [m.about.companies, companiesText(answer, (c) => c, m)],
      [
        m.about.categoriesLabel,
        answer.categories.map((c) => `${formatCategory(c.category, m.language)} ${c.companies}`).join(" · "),
      ],
      [m.about.project, m.about.hosted(answer.projectUrl)],
    ]),
    asOfLine({ asOf: { data: answer.asOf.data } }, m),
  ]);
}
