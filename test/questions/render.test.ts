// Every question of the tables, rendered: one chat-sized embed within Discord's limits, the answer
// first, labels in the question's language, sources numbered from [1] without gaps, and the
// terminal text carrying the same sentence and the same numbered sources.
import type { APIEmbed } from "discord.js";
import { describe, expect, it } from "vitest";
import { stripIsolates } from "../../src/i18n/index.js";
import { DISCORD_LIMITS, embedsLength } from "../../src/render/discord/limits.js";
import { SHORT_ANSWER_LIMIT } from "../../src/render/discord/question.js";
import { ask, type Case, discordOf, textOf } from "./ask.js";
import { ARABIC } from "./cases/ar.js";
import { ENGLISH } from "./cases/en.js";
import { FRENCH } from "./cases/fr.js";

const ALL: { q: string; locale: string }[] = [
  ...ENGLISH.flatMap(([, cases]) => cases).map((c: Case) => ({ q: c.q, locale: c.locale ?? "en-US" })),
  ...FRENCH.map((c) => ({ q: c.q, locale: c.locale ?? "fr" })),
  ...ARABIC.map((c) => ({ q: c.q, locale: c.locale ?? "ar" })),
];

function withinLimits(embeds: readonly APIEmbed[]): void {
  expect(embeds.length).toBeGreaterThan(0);
  expect(embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
  let total = 0;
  for (const e of embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
      total += f.name.length + f.value.length;
    }
    total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
  }
  expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.total);
}

describe("rendering question answers", () => {
  it.each(ALL)("$q fits Discord, answer first", ({ q, locale }) => {
    const answer = ask(q, locale);
    const message = discordOf(answer);
    withinLimits(message.embeds);
    expect(message.content).toBeUndefined();
    expect(message.allowed_mentions).toEqual({ parse: [] });
    // The first thing read is the sentence stating the answer (Arabic with its bidi isolates).
    const first = stripIsolates(message.embeds[0]?.description ?? "");
    expect(first.replaceAll("\\", "").startsWith(answer.headline.slice(0, 40).replaceAll("\\", ""))).toBe(
      true,
    );
    const text = stripIsolates(textOf(answer));
    expect(text.replace(/\s+/g, " ")).toContain(answer.headline.slice(0, 40).replace(/\s+/g, " "));
  });

  it("writes the footer and labels in the question's language", () => {
    const fr = discordOf(ask("Qui a fondé Photoroom ?", "fr"));
    const ar = discordOf(ask("من أسس ميسترال؟", "ar"));
    const en = discordOf(ask("Who is Arthur Mensch?"));
    expect(JSON.stringify(fr)).toContain("Données au");
    expect(JSON.stringify(ar)).toContain("البيانات حتى");
    expect(JSON.stringify(en)).toContain("Data as of");
  });

  it.each(ALL)(
    "$q is one embed a glance can take in, sources numbered from [1] without gaps",
    ({ q, locale }) => {
      const answer = ask(q, locale);
      const message = discordOf(answer);
      expect(message.embeds).toHaveLength(1);
      expect(embedsLength(message.embeds)).toBeLessThanOrEqual(SHORT_ANSWER_LIMIT);
      const listed = (message.embeds[0]?.fields ?? [])
        .filter((f) => /^(Sources|Sources \(cont\.\))$|المصادر|^Sources/.test(stripIsolates(f.name)))
        .flatMap((f) =>
          [...stripIsolates(f.value).matchAll(/^\*\*\[(\d+)\]\*\*/gm)].map((m) => Number(m[1])),
        );
      expect(listed).toEqual(listed.map((_, i) => i + 1));
      // Every mark in the message names a listed source.
      const marks = [...stripIsolates(JSON.stringify(message)).matchAll(/\[(\d+(?:, \d+)*)\]/g)].flatMap(
        (m) => (m[1] ?? "").split(", ").map(Number),
      );
      for (const n of marks) expect(listed, `[${n}]`).toContain(n);
      // The console numbers them the same way.
      const text = stripIsolates(textOf(answer));
      for (const n of listed) expect(text).toContain(`[${n}]`);
    },
  );

  it("answers a comparison in a sentence with its figures, the full comparison a button away", () => {
    const message = discordOf(ask("Who raised more, Mistral or Hugging Face?"));
    const shown = JSON.stringify(message);
    expect(shown).toContain("total raised");
    expect(shown).toContain("Sources");
    expect(shown).toContain("**[1]**");
  });

  it("lists a person's figures and only the sources they cite", () => {
    const answer = ask("Who is Arthur Mensch?");
    const message = discordOf(answer);
    const fields = message.embeds.flatMap((e) => e.fields ?? []);
    expect(fields.map((f) => f.name)).toEqual(["Figures", "Sources"]);
    expect(fields[0]?.value).toContain("Mistral AI");
  });

  it("gives help with example questions and every slash command", () => {
    for (const [q, locale] of [
      ["What's the weather like?", "en-US"],
      ["Bonjour", "fr"],
      ["مرحبا", "ar"],
    ] as const) {
      const message = discordOf(ask(q, locale));
      const json = JSON.stringify(message);
      for (const command of ["/startup", "/funding", "/compare", "/ask", "/about"])
        expect(json).toContain(command);
      const examples = message.embeds[0]?.fields?.[0]?.value.split("\n") ?? [];
      expect(examples.length).toBeGreaterThanOrEqual(2);
      expect(examples.length).toBeLessThanOrEqual(3);
    }
  });

  it("offers the candidates of an ambiguous name", () => {
    const text = textOf(ask("Mist"));
    expect(text).toContain("Mistral AI");
    expect(text).toContain("Mistral 7B");
  });

  it("states a national figure once: the title names the census, the sentence the figure", () => {
    const answer = ask("How many AI startups are there in France?");
    if (answer.kind !== "answered") throw new Error(answer.kind);
    expect(answer.title).toContain("AI mapping 2026");
    expect(answer.headline).toBe("AI start-ups: 1,114 start-ups (10 February 2026).");
    const text = textOf(answer);
    expect(text.split("\n")[0]).toBe(answer.title);
    expect(answer.headline).not.toContain(answer.title);
  });

  it("answers a question the data has notes on, not figures, from every note on it, newest first", () => {
    const answer = ask("Is Hugging Face profitable?");
    if (answer.kind !== "answered") throw new Error(answer.kind);
    expect(answer.evidence.map((e) => e.asOf)).toEqual(["2026-01", "2024-09"]);
    expect(answer.evidence.every((e) => e.sources.length > 0)).toBe(true);
    const founders = ask("Who founded H Company?");
    if (founders.kind !== "answered") throw new Error(founders.kind);
    // Who left and who runs it now come with the founders.
    expect(founders.evidence.map((e) => e.text).join(" ")).toContain("Three of its five co-founders");
  });

  it("writes the answer in the question's language, whatever the locale", () => {
    const message = discordOf(ask("qui a levé le plus, Mistral ou Hugging Face ?", "en-US"));
    expect(message.embeds[0]?.description).toContain("Mistral AI a levé le plus");
    expect(textOf(ask("Who founded Dust?", "fr"))).toContain("Stanislas Polu");
  });
});
