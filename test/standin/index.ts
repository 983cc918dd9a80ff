/**
 * Loopback Discord stand-in for end-to-end tests.
 *
 *   const standin = await startStandin({ token: "MTIz.abc.def" });
 *   // start the bot with standin.botEnv() (DISCORD_API_URL = standin.apiUrl), or in-process:
 *   //   new Client({ intents, rest: { api: standin.apiUrl } }).login(standin.token)
 *   await standin.ready();
 *   await standin.waitForCommands(["ask"]);
 *   const r = await standin.sendCommand("ask", { question: "who raised more?" }).response();
 *   expect(r.message?.embeds[0]?.title).toBe("…");
 *   const reply = await standin.sendMention("who raised more?");
 *   expect(standin.wouldPing(reply).mass).toBe(false);
 *   standin.assertNoProblems();
 *   await standin.close(); // after stopping the bot
 */
import { Standin, type StandinOptions } from "./server.js";

export async function startStandin(options: StandinOptions): Promise<Standin> {
  return new Standin(options).listen();
}

export type { TestFile } from "./commands.js";
export { type DiscordErrorBody, type FormIssue, formatPath } from "./errors.js";
export type { GatewayLogEntry, IdentifyRecord, ReconnectMode } from "./gateway.js";
export { CloseCode, Intent, Op } from "./gateway.js";
export { interactionToken, isoTimestamp, snowflake, snowflakeTime } from "./ids.js";
export { type Pings, parseMentionSyntax, wouldPing } from "./mentions.js";
export * from "./payloads.js";
export * from "./server.js";
export {
  isEmptyMessage,
  Limits,
  MessageFlag,
  validateAutocompleteData,
  validateComponents,
  validateEmbeds,
  validateMessageBody,
  validateModalData,
} from "./validate.js";
export { Perm, type UserSpec, type World } from "./world.js";
