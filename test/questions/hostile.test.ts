// Long, odd or hostile input gets a normal answer or the help reply, and no reply can ping anyone,
// echo the user's text or break Discord's formatting.
import { describe, expect, it } from "vitest";
import { ask, discordOf, textOf } from "./ask.js";

interface Hostile {
  name: string;
  q: string;
  kind: "answered" | "help" | "did-you-mean";
  /** The sentence stating the answer contains this. */
  says?: string;
  /** Text of the input that must never appear in the reply. */
  hidden?: string[];
}

const HOSTILE: Hostile[] = [
  { name: "5,000 characters of one letter", q: "a".repeat(5000), kind: "help" },
  {
    name: "a question buried after 5,000 characters",
    q: `${"x ".repeat(2500)}who founded Mistral?`,
    kind: "help",
  },
  {
    name: "@everyone before a question",
    q: "@everyone who founded Mistral?",
    kind: "answered",
    says: "Arthur Mensch",
  },
  {
    name: "@here and a user mention",
    q: "@here <@123456789012345678> how much did Dust raise",
    kind: "answered",
    says: "USD 21 M",
  },
  { name: "only @everyone and @here", q: "@everyone @here", kind: "help" },
  {
    name: "markdown around the names",
    q: "**Mistral** `vs` __Dust__",
    kind: "answered",
    says: "Mistral AI raised more",
  },
  {
    name: "a code block",
    q: "```js\nconsole.log('who founded Mistral')\n```",
    kind: "answered",
    says: "Arthur Mensch",
    hidden: ["console.log", "```"],
  },
  {
    name: "a zero-width space inside a name",
    q: "Mis\u200btral valuation",
    kind: "answered",
    says: "EUR 11.7 bn",
  },
  {
    name: "right-to-left marks around Arabic",
    q: "\u202Bمن أسس ميسترال؟\u202C",
    kind: "answered",
    says: "Arthur Mensch",
  },
  {
    name: "a name repeated a thousand times",
    q: "Mistral ".repeat(1000),
    kind: "answered",
    says: "Mistral AI",
  },
  {
    name: "a masked link",
    q: "[click here](https://evil.example/x) who founded dust",
    kind: "answered",
    says: "Stanislas Polu",
    hidden: ["evil.example", "click here"],
  },
  { name: "an HTML tag", q: "<script>alert(1)</script>", kind: "help", hidden: ["<script>", "alert"] },
  {
    name: "spoiler bars",
    q: "||spoiler|| who founded Photoroom ||",
    kind: "answered",
    says: "Matthieu Rouif",
    hidden: ["||"],
  },
  {
    name: "a heading, a quote and a list",
    q: "# Big\n> quote\n- who founded Hugging Face",
    kind: "answered",
    says: "Clément Delangue",
  },
  {
    name: "full-width letters",
    q: "Ｍｉｓｔｒａｌ ｖａｌｕａｔｉｏｎ",
    kind: "answered",
    says: "EUR 11.7 bn",
  },
  { name: "emoji only", q: "🤖🤖🤖", kind: "help" },
  { name: "white space only", q: "   \n\t ", kind: "help" },
  { name: "nothing", q: "", kind: "help" },
  { name: "stop words only", q: "who the le la les qui what", kind: "help" },
  {
    name: "a channel mention and a custom emoji",
    q: "<#123456789012345678> <:mistral:123456789012345678> Mistral valuation",
    kind: "answered",
    says: "EUR 11.7 bn",
  },
  { name: "a word a thousand times", q: "who ".repeat(2000), kind: "help" },
];

function everyText(message: ReturnType<typeof discordOf>): string {
  return JSON.stringify(message);
}

describe("hostile or odd input", () => {
  it.each(HOSTILE)("$name gives a $kind reply", ({ q, kind, says, hidden }) => {
    const answer = ask(q);
    expect(answer.kind).toBe(kind);
    if (says !== undefined) expect(answer.headline).toContain(says);
    const message = discordOf(answer);
    const json = everyText(message);
    expect(message.content).toBeUndefined();
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(json).not.toMatch(/@(everyone|here)/);
    expect(json).not.toMatch(/<@!?\d+>/);
    for (const text of hidden ?? []) {
      expect(json).not.toContain(text);
      expect(textOf(answer)).not.toContain(text);
    }
  });

  it("cuts a pasted essay to the length cap and says so in the understanding", () => {
    expect(ask("a ".repeat(3000)).understanding.truncated).toBe(true);
    expect(ask("who founded Dust?").understanding.truncated).toBe(false);
  });

  it("never keeps the raw text in what it understood: names and unknown words are normalised", () => {
    const u = ask("How much did **OpenAI** raise? @everyone").understanding;
    expect(u.unknownNames).toEqual(["openai"]);
    expect(JSON.stringify(u)).not.toContain("**");
    expect(JSON.stringify(u)).not.toContain("@everyone");
  });

  it("answers the same question the same way every time", () => {
    const q = "Who raised more, Mistral or Hugging Face?";
    expect(ask(q)).toEqual(ask(q));
  });
});
