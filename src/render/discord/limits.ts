// Discord's message limits, enforced at the edge so no answer can be rejected for length: long
// field values are split over fields, extra fields move to further embeds, and whatever still
// doesn't fit is cut with a visible "…". Limits from
// https://discord.com/developers/docs/resources/message#embed-object-embed-limits (characters are
// counted here as UTF-16 units, which is never fewer than Discord counts).
import type { APIEmbed, APIEmbedField } from "discord.js";
import type { DiscordMessage } from "./payload.js";

export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** Title, description, field names and values, footer and author of all embeds together. */
  total: 6000,
} as const;

export const ELLIPSIS = "…";
/** Discord rejects empty field names and values: this invisible character stands in. */
const BLANK = "\u200b";
/** A value is never cut shorter than this while another can still give room. */
const MIN_KEEP = 80;

/** Cuts `text` to at most `max` characters, ending in "…", at a line or word end where one is near. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  let cut = text.slice(0, max - ELLIPSIS.length);
  const newline = cut.lastIndexOf("\n");
  const space = cut.lastIndexOf(" ");
  if (newline >= cut.length * 0.6) cut = cut.slice(0, newline);
  else if (space >= cut.length * 0.6) cut = cut.slice(0, space);
  // Never leave half a masked link "[text](http..." behind.
  const open = cut.lastIndexOf("[");
  if (open >= 0 && !/\]\([^)]*\)/.test(cut.slice(open))) {
    const linkStart = cut.slice(open).includes("](") || /\[[^\]]*$/.test(cut.slice(open));
    if (linkStart) cut = cut.slice(0, open);
  }
  // Never split a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** The characters of an embed that count toward the 6000 limit. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

export function embedsLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((n, e) => n + embedLength(e), 0);
}

/** Splits a value at line ends into chunks that each fit a field. */
function chunksOf(value: string, max: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const line of value.split("\n")) {
    const piece = line.length > max ? truncateText(line, max) : line;
    const joined = current === "" ? piece : `${current}\n${piece}`;
    if (joined.length <= max) current = joined;
    else {
      if (current !== "") chunks.push(current);
      current = piece;
    }
  }
  if (current !== "" || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** How the fitting is said and what it spares, in the reply's language. */
export interface FitOptions {
  /** Fields that give up room last (by default those starting "Sources"). */
  protect?: (fieldName: string) => boolean;
  /** The name of a field that goes on from the one before: "Sources (cont.)". */
  continued?: (fieldName: string) => string;
  /** The most characters all embeds may hold together: Discord's 6000, or less for a chat answer. */
  total?: number;
}

const CONTINUED = (name: string) => `${name} (cont.)`;

function fitField(field: APIEmbedField, continued: (fieldName: string) => string): APIEmbedField[] {
  const name = truncateText(field.name.trim() === "" ? BLANK : field.name, DISCORD_LIMITS.fieldName);
  const value = field.value.trim() === "" ? BLANK : field.value;
  return chunksOf(value, DISCORD_LIMITS.fieldValue).map((chunk, i) => ({
    name: i === 0 ? name : truncateText(continued(field.name), DISCORD_LIMITS.fieldName),
    value: chunk.trim() === "" ? BLANK : chunk,
    ...(field.inline !== undefined ? { inline: field.inline } : {}),
  }));
}

/** One embed within its own limits; fields beyond 25 go to continuation embeds. */
function fitEmbed(embed: APIEmbed, continued = CONTINUED): APIEmbed[] {
  const head: APIEmbed = { ...embed };
  if (head.title !== undefined) head.title = truncateText(head.title, DISCORD_LIMITS.title);
  if (head.description !== undefined)
    head.description = truncateText(head.description, DISCORD_LIMITS.description);
  if (head.author !== undefined)
    head.author = { ...head.author, name: truncateText(head.author.name, DISCORD_LIMITS.author) };
  const footer =
    head.footer === undefined
      ? undefined
      : { ...head.footer, text: truncateText(head.footer.text, DISCORD_LIMITS.footer) };
  delete head.footer;
  const fields = (embed.fields ?? []).flatMap((f) => fitField(f, continued));
  const embeds: APIEmbed[] = [];
  for (let i = 0; i === 0 || i < fields.length; i += DISCORD_LIMITS.fields) {
    const part = fields.slice(i, i + DISCORD_LIMITS.fields);
    embeds.push(
      i === 0
        ? { ...head, fields: part }
        : { ...(head.color !== undefined ? { color: head.color } : {}), fields: part },
    );
  }
  const last = embeds.at(-1);
  if (last !== undefined && footer !== undefined) last.footer = footer;
  for (const e of embeds) if (e.fields?.length === 0) delete e.fields;
  return embeds;
}

/** Marks an embed as cut: its last field (or description) ends in "…". */
function markCut(embed: APIEmbed): void {
  const last = embed.fields?.at(-1);
  if (last !== undefined) {
    if (!last.value.endsWith(ELLIPSIS))
      last.value = `${truncateText(last.value, DISCORD_LIMITS.fieldValue - 2)} ${ELLIPSIS}`;
  } else if (embed.description !== undefined && !embed.description.endsWith(ELLIPSIS)) {
    embed.description = `${truncateText(embed.description, DISCORD_LIMITS.description - 2)} ${ELLIPSIS}`;
  } else if (embed.description === undefined) {
    embed.description = ELLIPSIS;
  }
}

/**
 * Shrinks the longest texts first until all embeds together fit in 6000 characters; fields that
 * `protect` names (the sources) are shrunk only once nothing else can give room.
 */
function fitTotal(embeds: APIEmbed[], protect: (name: string) => boolean, total: number): void {
  for (let guard = 0; guard < 1000; guard++) {
    const excess = embedsLength(embeds) - total;
    if (excess <= 0) return;
    let longest: { get: () => string; set: (v: string) => void; length: number } | undefined;
    for (const pass of [false, true]) {
      for (const embed of embeds) {
        const candidates = [
          ...(embed.description !== undefined
            ? [{ get: () => embed.description ?? "", set: (v: string) => (embed.description = v), name: "" }]
            : []),
          ...(embed.fields ?? []).map((f) => ({
            get: () => f.value,
            set: (v: string) => (f.value = v),
            name: f.name,
          })),
        ].filter((c) => protect(c.name) === pass);
        for (const c of candidates) {
          const length = c.get().length;
          if (length > MIN_KEEP && (longest === undefined || length > longest.length))
            longest = { ...c, length };
        }
      }
      if (longest !== undefined) break;
    }
    if (longest !== undefined) {
      longest.set(truncateText(longest.get(), Math.max(MIN_KEEP, longest.length - excess)));
      continue;
    }
    // Everything is already short: drop the last field (or the last embed) and say so.
    const last = embeds.at(-1);
    if (last === undefined) return;
    if ((last.fields?.length ?? 0) > 1 || (embeds.length === 1 && (last.fields?.length ?? 0) > 0)) {
      last.fields?.pop();
      markCut(last);
    } else if (embeds.length > 1) {
      const dropped = embeds.pop();
      const previous = embeds.at(-1);
      if (previous !== undefined) {
        if (dropped?.footer !== undefined && previous.footer === undefined) previous.footer = dropped.footer;
        markCut(previous);
      }
    } else {
      if (last.description !== undefined) last.description = truncateText(last.description, MIN_KEEP);
      if (last.title !== undefined) last.title = truncateText(last.title, MIN_KEEP);
      if (embedsLength(embeds) > total) return;
    }
  }
}

/** True when the message fits once long fields are split, with nothing cut. */
export function fitsUncut(message: DiscordMessage, options: FitOptions = {}): boolean {
  const embeds = message.embeds.flatMap((e) => fitEmbed(e, options.continued));
  return (
    embeds.length <= DISCORD_LIMITS.embeds && embedsLength(embeds) <= (options.total ?? DISCORD_LIMITS.total)
  );
}

/**
 * The message within every Discord limit, cut visibly ("…") where it had to be. Fields whose name
 * `protect` accepts (by default those starting "Sources") give up room last.
 */
export function fitMessage(
  message: DiscordMessage,
  options: FitOptions | ((fieldName: string) => boolean) = {},
): DiscordMessage {
  const {
    protect = (name: string) => name.startsWith("Sources"),
    continued = CONTINUED,
    total = DISCORD_LIMITS.total,
  } = typeof options === "function" ? { protect: options } : options;
  let embeds = message.embeds.flatMap((e) => fitEmbed(e, continued));
  if (embeds.length > DISCORD_LIMITS.embeds) {
    const footer = embeds.at(-1)?.footer;
    embeds = embeds.slice(0, DISCORD_LIMITS.embeds);
    const last = embeds.at(-1);
    if (last !== undefined) {
      if (footer !== undefined) last.footer = footer;
      markCut(last);
    }
  }
  fitTotal(embeds, protect, total);
  return {
    ...(message.content !== undefined
      ? { content: truncateText(message.content, DISCORD_LIMITS.content) }
      : {}),
    embeds,
    allowed_mentions: { parse: [] },
  };
}
