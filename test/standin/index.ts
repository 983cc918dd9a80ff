/**
 * Loopback Discord stand-in for end-to-end tests: REST v10 + gateway v10 on one 127.0.0.1 port, that a
 * real bot process (real discord.js client) logs in to. Tests act as users and read what the bot sent.
 *
 *   const standin = await startStandin();            // or { token, applicationId, … } (StandinOptions)
 *   const bot = spawn("node", ["dist/index.js"], { env: { ...process.env, ...standin.botEnv() } });
 *   await standin.ready();                             // IDENTIFY seen; READY + GUILD_CREATE sent
 *   await standin.waitForCommands(["ask"]);            // if the bot registers its commands itself
 *   const r = await standin.sendCommand("ask", { question: "who raised more?" }).response();
 *   expect(r.message?.embeds[0]?.title).toBe("…");   // the final message, after any defer + edit
 *   const reply = await standin.sendMention("who raised more?");
 *   expect(standin.wouldPing(reply).mass).toBe(false);
 *   standin.assertNoProblems();                        // no rule broken, no unknown route hit
 *   bot.kill(); await standin.close();                 // stop the bot first
 *
 * Pointing discord.js at it: `rest: { api: standin.apiUrl }` (`http://127.0.0.1:PORT/api`; discord.js
 * appends /v10 itself and gets the gateway URL from GET /gateway/bot). No `ws` option is needed.
 *
 * Acting as Discord users (each returns an InteractionHandle; `.response()` / `.message()` wait):
 *   sendCommand(name | "cmd sub", options, { user, locale, guildLocale, channelId, dm, unregistered })
 *     Options are checked against the registered schema (names, types, required, choices, min/max),
 *     USER/ROLE/CHANNEL ids and files for ATTACHMENT options are resolved like Discord does.
 *   sendAutocomplete(name, options, { focused }) / autocomplete(...) → choices
 *   pressButton(message, customId) · selectMenu(message, customId, values) · submitModal(handle, values)
 *   postMessage(text, { user, replyTo, attachments, dm }) → UserMessageHandle (.reply(), .noReply(ms))
 *   sendMessage(text) / sendMention(text) → the bot's reply message in that channel
 * Reading back: messages / channelMessages(id) / message(id) (StoredMessage: Discord's fields + `meta`,
 *   attachments keep their bytes in `.data`, `meta.revisions` keeps every edit), interactionRecords,
 *   registeredCommands(guildId?), typing, requests, gatewayInfo (identifies, closes, log, stats).
 * Rules: violations (each with kind, message, Discord code/status, interactionId), unknownRoutes,
 *   problems() / assertNoProblems() / clearRecords(), wouldPing(message).
 * Faults: failNext("POST /channels/:id/messages", 500 | 429, count, { retryAfter }) · forceReconnect(mode).
 *
 * discord.js expectations this honours (14.28 / @discordjs/ws 1.2 / @discordjs/rest 2.6):
 *  - ids must be 17–19 digit snowflakes (REST bucket routing), interaction tokens URL-safe;
 *  - an interaction needs entitlements, authorizing_integration_owners, app_permissions, locale,
 *    member.user (or user in DMs), channel, version, attachment_size_limit;
 *  - `with_response=false` is always sent: answer 204; `true`: 200 { interaction, resource.message };
 *  - the READY-to-ready path waits for a GUILD_CREATE per unavailable guild (15 s otherwise);
 *  - destroying a client while it still waits for READY makes it reconnect (so forceReconnect() waits
 *    100 ms after the handshake); a close with 1000/1001 ends the session, others resume.
 */
import type { StandinOptions } from "./options.js";
import { Standin } from "./standin.js";

export async function startStandin(options: StandinOptions = {}): Promise<Standin> {
  return new Standin(options).listen();
}

export type { OptionValue, TestFile } from "./command-options.js";
export { type DiscordErrorBody, type FormIssue, formatPath } from "./errors.js";
export type { FaultHandle, FaultOptions } from "./faults.js";
export type { ReconnectMode } from "./gateway.js";
export type { CloseRecord, GatewayLogEntry, IdentifyRecord } from "./gateway-protocol.js";
export { CloseCode, Intent, Op } from "./gateway-protocol.js";
export { InteractionHandle, UserMessageHandle } from "./handles.js";
export { interactionToken, isoTimestamp, snowflake, snowflakeTime } from "./ids.js";
export * from "./interaction-payloads.js";
export { type AllowedMentionsInput, type Pings, parseMentionSyntax, wouldPing } from "./mentions.js";
export {
  type ActorOptions,
  type AutocompleteOptions,
  type CommandOptions,
  DEFAULT_STANDIN_TOKEN,
  type StandinOptions,
  type UserMessageOptions,
  type WaitOptions,
} from "./options.js";
export * from "./payloads.js";
export type * from "./records.js";
export { Standin } from "./standin.js";
export { Limits, MessageFlag } from "./validate.js";
export { validateComponents } from "./validate-components.js";
export { validateEmbeds } from "./validate-embeds.js";
export { validateAutocompleteData, validateModalData } from "./validate-interaction-data.js";
export { isEmptyMessage, validateMessageBody } from "./validate-message.js";
export { Perm, type UserSpec, type World } from "./world.js";
