// One entry point for whatever the bot replies with (a command's answer or a free-text question's),
// to Discord JSON or terminal text. The console and the bot call these, never a kind-specific renderer.
import type { Answer } from "../answers/types.js";
import { type DiscordMessage, renderDiscord } from "./discord/index.js";
import { renderText } from "./text/index.js";

export type Reply = Answer;

export function discordPayload(reply: Reply, locale?: string): DiscordMessage {
  return renderDiscord(reply, { locale });
}

export function renderReplyText(reply: Reply): string {
  return renderText(reply);
}
