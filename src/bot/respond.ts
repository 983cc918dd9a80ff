// Every message the bot sends goes through here, so the safe defaults live in one place:
// no @everyone, @here, role or user pings from anything the bot writes (the client sets the same).
// Notes to the asker are in their language (src/i18n), Arabic made right-to-left friendly.
import { type BaseMessageOptions, type InteractionReplyOptions, MessageFlags } from "discord.js";
import { bidi, type Language, messages } from "../i18n/index.js";
import { discordPayload, type Reply } from "../render/reply.js";

export const SAFE_MENTIONS = { parse: [], repliedUser: false } as const;

/** A reply as a Discord message body, with safe mentions; `language`, when given, wins over the locale. */
export function renderForDiscord(reply: Reply, locale: string, language?: Language): BaseMessageOptions {
  const { allowed_mentions: _, ...message } = discordPayload(reply, locale, language);
  return { ...message, allowedMentions: SAFE_MENTIONS };
}

/** A short note to the asker (a limit hit, a bad option), written in `language`. */
export function noticeReply(text: string, language: Language = "en"): BaseMessageOptions {
  return { content: bidi(text, language), allowedMentions: SAFE_MENTIONS };
}

/** What the user sees when a handler fails: short, with the id that finds the log line. */
export function errorReply(errorId: string, language: Language = "en"): BaseMessageOptions {
  return noticeReply(messages(language).bot.error(errorId), language);
}

/** Only the person who asked sees it. */
export function ephemeral(message: BaseMessageOptions): InteractionReplyOptions {
  return { ...message, flags: MessageFlags.Ephemeral };
}
