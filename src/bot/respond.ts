// Every message the bot sends goes through here or src/bot/present.ts, so the safe defaults live in
// one place: no @everyone, @here, role or user pings from anything the bot writes (the client sets
// the same). Notes to the asker are in their audience's language, Arabic right-to-left friendly.
import { type BaseMessageOptions, type InteractionReplyOptions, MessageFlags } from "discord.js";
import { bidi } from "../i18n/index.js";
import type { Audience } from "./audience.js";

export const SAFE_MENTIONS = { parse: [], repliedUser: false } as const;

/** A short note to the asker (a limit hit, a bad option), in `audience`'s language. */
export function noticeReply(text: string, audience: Pick<Audience, "language">): BaseMessageOptions {
  return { content: bidi(text, audience.language), allowedMentions: SAFE_MENTIONS };
}

/** What the user sees when a handler fails: short, with the id that finds the log line. */
export function errorReply(errorId: string, audience: Pick<Audience, "language" | "m">): BaseMessageOptions {
  return noticeReply(audience.m.bot.error(errorId), audience);
}

/** Only the person who asked sees it. */
export function ephemeral(message: BaseMessageOptions): InteractionReplyOptions {
  return { ...message, flags: MessageFlags.Ephemeral };
}
