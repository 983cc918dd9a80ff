// The bot read as people chat: shorthand, the least, roles, "is X French?", names it lacks, hellos
// and thank-yous, and conversations where the next question says "it" or "and X?" (each turn asked
// with what the one before was about, as the bot remembers it per person and channel).
import { describe, expect, it } from "vitest";
import { followingSubject, subjectOf } from "../../src/questions/subject.js";
import type { Subject } from "../../src/questions/types.js";
import { check } from "./ask.js";
import { CHAT_AR, CHAT_EN, CHAT_FR, CONVERSATIONS } from "./cases/chat.js";

describe("questions typed as people chat", () => {
  it.each(CHAT_EN)("en: $q", (c) => {
    check(c, "en");
  });
  it.each(CHAT_FR)("fr: $q", (c) => {
    check({ locale: "fr", ...c }, "fr");
  });
  it.each(CHAT_AR)("ar: $q", (c) => {
    check({ locale: "en-US", ...c }, "ar");
  });
});

describe("a name the data lacks", () => {
  it("gets help whose first example asks the same thing about a company the data has", () => {
    for (const [q, language, first] of [
      ["openai valuation", "en", /^What is .+ worth\?$/],
      ["who's the ceo of zzyxcorp", "en", /^Who is .+'s CEO\?$/],
      ["qui a fondé zzyxcorp ?", "fr", /^Qui a fondé .+ \?$/],
    ] as const) {
      const answer = check({ q, kind: "help", reason: "unknown-entity" }, language);
      expect(answer.kind === "help" && answer.examples[0], q).toMatch(first);
      expect(answer.kind === "help" && answer.examples).toHaveLength(3);
    }
  });
});

describe("a conversation: the next question may point back", () => {
  it.each(CONVERSATIONS)("$name", ({ locale, language, turns }) => {
    let previous: Subject | undefined;
    for (const turn of turns) {
      const answer = check({ locale, ...turn }, language, previous);
      const subject = subjectOf(answer);
      if (subject !== undefined) previous = followingSubject(subject, previous);
    }
  });

  it("says which company it took 'it' for", () => {
    const first = check({ q: "what's poolside worth?" }, "en");
    const next = check({ q: "who founded it?" }, "en", subjectOf(first));
    expect(next.kind === "answered" && next.notes[0]).toBe("About Poolside, as in your last question.");
  });

  it("without a last question, 'who founded it?' names no company", () => {
    const answer = check({ q: "who founded it?", kind: "help" }, "en");
    expect(answer.understanding.companyIds).toEqual([]);
  });
});
