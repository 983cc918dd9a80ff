import type { APIEmbed } from "discord.js";
import { describe, expect, it } from "vitest";
import { DISCORD_LIMITS, fitMessage, truncateText } from "../../src/render/discord/limits.js";
import { checkDiscordLimits, payloadText } from "./discord-limits.js";

const long = (n: number, word = "word ") => word.repeat(Math.ceil(n / word.length)).slice(0, n);

describe("no answer can be rejected by Discord for its length", () => {
  it("cuts long text at a word end with a visible marker", () => {
    const cut = truncateText(long(300), 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut).not.toMatch(/wor…$/);
    expect(truncateText("short", 100)).toBe("short");
  });

  it("never leaves half a masked link behind", () => {
    const cut = truncateText(
      `see ${"x ".repeat(40)}[Reuters](https://example.com/a-very-long-path-indeed)`,
      100,
    );
    expect(cut).not.toMatch(/\[[^\]]*\]\([^)]*…$/);
    expect(cut).not.toContain("](https://example.com/a-very");
  });

  it("splits a long field over several fields, at line ends", () => {
    const value = Array.from(
      { length: 60 },
      (_, i) => `**[${i + 1}]** source line ${i + 1} ${long(20)}`,
    ).join("\n");
    const message = fitMessage({
      embeds: [{ title: "t", fields: [{ name: "Sources", value }] }],
      allowed_mentions: { parse: [] },
    });
    expect(checkDiscordLimits(message)).toEqual([]);
    const fields = message.embeds.flatMap((e) => e.fields ?? []);
    expect(fields.length).toBeGreaterThan(1);
    expect(fields[1]?.name).toBe("Sources (cont.)");
    expect(payloadText(message)).toContain("**[60]**");
  });

  it("moves fields beyond 25 into further embeds, footer on the last", () => {
    const fields = Array.from({ length: 40 }, (_, i) => ({ name: `f${i}`, value: "v" }));
    const message = fitMessage({
      embeds: [{ title: "t", fields, footer: { text: "as of" } }],
      allowed_mentions: { parse: [] },
    });
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(message.embeds).toHaveLength(2);
    expect(message.embeds[1]?.footer?.text).toBe("as of");
    expect(message.embeds.flatMap((e) => e.fields ?? [])).toHaveLength(40);
  });

  it("keeps every limit on an absurdly large message, marking what was cut", () => {
    const embed = (i: number): APIEmbed => ({
      title: long(400),
      description: long(5000),
      author: { name: long(300) },
      footer: { text: long(3000) },
      fields: Array.from({ length: 30 }, (_, f) => ({
        name: long(300),
        value: long(2000),
        inline: f % 2 === 0,
      })),
      color: i,
    });
    const message = fitMessage({
      content: long(2500),
      embeds: Array.from({ length: 12 }, (_, i) => embed(i)),
      allowed_mentions: { parse: [] },
    });
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(payloadText(message)).toContain("…");
    expect(message.content?.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  });

  it("gives the sources room last", () => {
    const sources = Array.from({ length: 20 }, (_, i) => `**[${i + 1}]** Publisher ${i + 1}`).join("\n");
    const message = fitMessage({
      embeds: [
        {
          title: "t",
          description: long(4000),
          fields: [
            { name: "Notes", value: long(1000) },
            { name: "More", value: long(1000) },
            { name: "Sources", value: sources },
          ],
        },
      ],
      allowed_mentions: { parse: [] },
    });
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(message.embeds[0]?.fields?.find((f) => f.name === "Sources")?.value).toBe(sources);
  });

  it("always switches mentions off", () => {
    const message = fitMessage({ content: "@everyone", embeds: [], allowed_mentions: { parse: [] } });
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });
});
