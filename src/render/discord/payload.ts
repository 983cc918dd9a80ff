// The message shape every Discord renderer returns: plain JSON the REST API and discord.js both
// accept, with mentions switched off whatever the text says.
import { type APIEmbed, escapeMarkdown } from "discord.js";
import type { AnswerKind } from "../../answers/types.js";
import { bidi, isolateData, type Language } from "../../i18n/index.js";
import type { Style } from "../phrases.js";

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  /** No @everyone, @here, role or user pings, ever. */
  allowed_mentions: { parse: [] };
}

/** One colour per kind of answer, so a reply's kind shows at a glance. */
export const COLOURS: Record<AnswerKind, number> = {
  about: 0x5865f2,
  "company-profile": 0x2f6fdf,
  "company-funding": 0x1f9d6b,
  "funding-ranking": 0xe0a800,
  comparison: 0x8a4fff,
  "not-found": 0xd9433f,
  ambiguous: 0xf08c00,
  "invalid-request": 0x7a7f87,
};

/** Texts escaped lately: the dataset's names, titles and sentences come back reply after reply. */
const ESCAPED_MAX = 5_000;
const escaped = new Map<string, string>();

/**
 * Discord markdown escaped, as discord.js does it. Its underscore rule looks behind every "_", so
 * a long text with many (a URL, a source title) costs much more than its length: each text is
 * escaped once and the result kept (bounded: the cache starts again when full).
 */
export function escapeDiscordMarkdown(text: string): string {
  let result = escaped.get(text);
  if (result === undefined) {
    result = escapeMarkdown(text);
    if (escaped.size >= ESCAPED_MAX) escaped.clear();
    escaped.set(text, result);
  }
  return result;
}

/** Discord markdown; data text is escaped so a "*" in a name can't turn into bold. */
export const discordStyle: Style = {
  bold: (text) => `**${text}**`,
  italic: (text) => `*${text}*`,
  link: (text, url) => `[${text.replaceAll("[", "(").replaceAll("]", ")")}](${url.replaceAll(")", "%29")})`,
  warn: "⚠️",
  escape: escapeDiscordMarkdown,
};

/** In Arabic, text from the data is isolated whole (src/i18n/bidi.ts). */
const arabicDiscordStyle: Style = {
  ...discordStyle,
  escape: (text) => isolateData(escapeDiscordMarkdown(text)),
};

/** The Discord style for a reply in `language`. */
export function discordStyleFor(language: Language): Style {
  return language === "ar" ? arabicDiscordStyle : discordStyle;
}

const MAX_ECHO = 100;

/** Text the user typed, shown back: no markdown, no mentions, no masked links, not too long. */
export function escapeUserText(text: string): string {
  const short = text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO - 1)}…` : text;
  return escapeMarkdown(short.replace(/\s+/g, " "), {
    maskedLink: true,
    heading: true,
    bulletedList: true,
    numberedList: true,
  })
    .replaceAll("@", "@\u200b")
    .replaceAll("<", "<\u200b")
    .replaceAll("://", ":\u200b//");
}

/** "https://mistral.ai" for a bare domain, when it looks like one. */
export function domainUrl(domain: string | undefined): string | undefined {
  if (domain === undefined) return undefined;
  const bare = domain.replace(/^https?:\/\//, "").replace(/\/.*$/, "");
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(bare) ? `https://${bare}` : undefined;
}

/** Every text of a message made right-to-left friendly when the reply is Arabic (src/i18n/bidi.ts). */
export function bidiMessage(message: DiscordMessage, language: Language): DiscordMessage {
  if (language !== "ar") return message;
  const text = (t: string) => bidi(t, language);
  return {
    ...message,
    ...(message.content !== undefined ? { content: text(message.content) } : {}),
    embeds: message.embeds.map((e) => ({
      ...e,
      ...(e.title !== undefined ? { title: text(e.title) } : {}),
      ...(e.description !== undefined ? { description: text(e.description) } : {}),
      ...(e.footer !== undefined ? { footer: { ...e.footer, text: text(e.footer.text) } } : {}),
      ...(e.author !== undefined ? { author: { ...e.author, name: text(e.author.name) } } : {}),
      ...(e.fields !== undefined
        ? { fields: e.fields.map((f) => ({ ...f, name: text(f.name), value: text(f.value) })) }
        : {}),
    })),
  };
}
