// No match, several matches, a request that can't work; and /about.
import type {
  AboutAnswer,
  AmbiguousAnswer,
  InvalidRequestAnswer,
  NotFoundAnswer,
} from "../../answers/types.js";
import { formatDate, formatList } from "../format.js";
import { invalidRequestText } from "../titles.js";
import { blocks, hanging, heading, rows } from "./layout.js";
import { asOfLine } from "./sections.js";

/** User text shown back on a terminal: control characters can't move the cursor or clear the screen. */
export function safeEcho(text: string): string {
  const clean = text.replace(/[\p{Cc}\p{Cf}]/gu, " ").replace(/\s+/g, " ");
  return clean.length > 100 ? `${clean.slice(0, 99)}…` : clean;
}

export function renderNotFoundText(answer: NotFoundAnswer): string {
  const query = answer.query.trim() === "" ? "an empty name" : `"${safeEcho(answer.query)}"`;
  return blocks([
    `No company matches ${query}.`,
    answer.suggestions.length > 0
      ? `Closest names: ${formatList(answer.suggestions.map((s) => s.name))}.`
      : "",
    "Try /about for the companies the bot knows.",
    asOfLine(answer),
  ]);
}

export function renderAmbiguousText(answer: AmbiguousAnswer): string {
  return blocks([
    `"${safeEcho(answer.query)}" could be ${formatList(answer.candidates.map((c) => c.name))}. Did you mean ${
      answer.candidates.length > 1 ? "one of these" : "this one"
    }? Ask again with the full name.`,
    asOfLine(answer),
  ]);
}

export function renderInvalidText(answer: InvalidRequestAnswer): string {
  return blocks([invalidRequestText(answer, (s) => safeEcho(s)), asOfLine(answer)]);
}

export function renderAboutText(answer: AboutAnswer): string {
  const { counts } = answer;
  return blocks([
    heading("About this bot"),
    hanging(
      "",
      "Answers about France's AI startup landscape. Every figure is cited and dated; where sources differ, both values are shown.",
    ),
    rows([
      [
        "Knows",
        `${counts.companies} companies, ${counts.rounds} funding rounds, ${counts.people} people, ${counts.investors} investors, ${counts.ecosystem} national facts, from ${counts.sources} sources`,
      ],
      ["Data as of", formatDate(answer.asOf.data)],
      ["Sources from", `${formatDate(answer.asOf.oldestSource)} to ${formatDate(answer.asOf.newestSource)}`],
      ["Most cited", answer.topPublishers.map((p) => `${p.publisher} (${p.citations})`).join(", ")],
      ["Companies", answer.companies.join(", ")],
      ["Project", answer.projectUrl ?? ""],
    ]),
    `Data as of ${formatDate(answer.asOf.data)}`,
  ]);
}
