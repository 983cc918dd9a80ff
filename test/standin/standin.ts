/**
 * `Standin`, the test-facing API of the stand-in: waiting for the bot to connect, forcing reconnects,
 * acting as Discord users (commands, autocomplete, buttons, selects, modals, messages), reading back
 * what the bot sent, and injecting REST faults. It builds on `StandinServer` (server.ts), which
 * composes the parts and runs the server.
 */
import type { APIApplicationCommand, APIUser } from "discord.js";
import type { OptionValue } from "./command-options.js";
import type { FaultHandle, FaultOptions } from "./faults.js";
import type { Gateway, ReconnectMode } from "./gateway.js";
import type { CloseRecord, GatewayLogEntry, IdentifyRecord } from "./gateway-protocol.js";
import { InteractionHandle, UserMessageHandle } from "./handles.js";
import type { Pings } from "./mentions.js";
import type {
  ActorOptions,
  AutocompleteOptions,
  CommandOptions,
  UserMessageOptions,
  WaitOptions,
} from "./options.js";
import type { InteractionRecord, StoredMessage } from "./records.js";
import { StandinServer } from "./server.js";
import { pingsOf } from "./stored-messages.js";
import { addMember, dmChannelId, type UserSpec } from "./world.js";

export class Standin extends StandinServer {
  // ----------------------------------------------------------------------------------------------
  // Lifecycle

  /** Wait for the bot to identify (READY + GUILD_CREATE sent), failing clearly after `timeoutMs`. */
  async ready(opts: WaitOptions = {}): Promise<IdentifyRecord> {
    return this.waitFor(() => this.currentIdentify(), {
      timeoutMs: opts.timeoutMs ?? 20_000,
      what: "the bot to connect to the gateway and IDENTIFY",
    });
  }

  /** Gateway bookkeeping: identifies, connection log, counters. */
  get gatewayInfo(): {
    identifies: readonly IdentifyRecord[];
    log: readonly GatewayLogEntry[];
    presences: readonly unknown[];
    closes: readonly CloseRecord[];
    stats: Readonly<Gateway["stats"]>;
    connected: boolean;
  } {
    return {
      identifies: this.gateway.identifies,
      log: this.gateway.log,
      presences: this.gateway.presences,
      closes: this.gateway.closes,
      stats: this.gateway.stats,
      connected: this.gateway.isConnected(this.guildId),
    };
  }

  /**
   * Make the bot's gateway connection drop and come back, then resolve once it is live again:
   *  - "reconnect" (default): send op 7 RECONNECT; the client resumes on resume_gateway_url;
   *  - "close": close the socket with 4000 (resumable); the client resumes;
   *  - "invalid-session": send op 9 `d: false`; the client identifies anew (slower: identify throttle).
   */
  async forceReconnect(
    mode: ReconnectMode = "reconnect",
    opts: WaitOptions = {},
  ): Promise<{ resumed: boolean; identified: boolean }> {
    const before = { ...this.gateway.stats };
    this.gateway.forceReconnect(this.guildId, mode);
    const result = await this.waitFor(
      () => {
        const s = this.gateway.stats;
        const resumed = s.resumes > before.resumes;
        const identified = s.identifies > before.identifies && this.currentIdentify() !== undefined;
        return (resumed || identified) && this.gateway.isConnected(this.guildId)
          ? { resumed, identified }
          : undefined;
      },
      {
        timeoutMs: opts.timeoutMs ?? (mode === "invalid-session" ? 20_000 : 10_000),
        what: `the bot to ${mode}`,
      },
    );
    // discord.js handles READY/RESUMED asynchronously; destroying the client before it has (e.g. right
    // after this resolves) makes @discordjs/ws 1.2 reconnect instead of stopping. Give it a moment.
    await new Promise((r) => setTimeout(r, 100));
    return result;
  }

  // ----------------------------------------------------------------------------------------------
  // Test-facing actions

  /** Invoke a slash command as a user: `sendCommand("ask", { question: "…" })`, subcommands as `"cmd sub"`. */
  sendCommand(
    name: string,
    options: Record<string, OptionValue> = {},
    opts: CommandOptions = {},
  ): InteractionHandle {
    return new InteractionHandle(this, this.users.command(name, options, opts));
  }

  /** Type into an autocomplete option; returns the interaction handle (see `autocomplete()` for choices). */
  sendAutocomplete(
    name: string,
    options: Record<string, OptionValue>,
    opts: AutocompleteOptions = {},
  ): InteractionHandle {
    return new InteractionHandle(this, this.users.autocomplete(name, options, opts));
  }

  /** The choices the bot offers while the user types `options[focused]`. */
  async autocomplete(
    name: string,
    options: Record<string, OptionValue>,
    opts: AutocompleteOptions & WaitOptions = {},
  ): Promise<{ name: string; value: string | number }[]> {
    const result = await this.sendAutocomplete(name, options, opts).response(opts);
    return result.choices ?? [];
  }

  /** Click a button on a message the bot sent. */
  pressButton(message: StoredMessage | string, customId: string, opts: ActorOptions = {}): InteractionHandle {
    return new InteractionHandle(this, this.users.button(message, customId, opts));
  }

  /** Pick values in a string select menu on a message the bot sent. */
  selectMenu(
    message: StoredMessage | string,
    customId: string,
    values: string[],
    opts: ActorOptions = {},
  ): InteractionHandle {
    return new InteractionHandle(this, this.users.select(message, customId, values, opts));
  }

  /** Fill in and submit the modal the bot opened in answer to `handle`. */
  submitModal(
    handle: InteractionHandle,
    values: Record<string, string>,
    opts: ActorOptions = {},
  ): InteractionHandle {
    return new InteractionHandle(this, this.users.modalSubmit(handle.record, values, opts));
  }

  /** Post a message as a user; the handle waits for the bot's reply. */
  postMessage(content: string, opts: UserMessageOptions = {}): UserMessageHandle {
    return new UserMessageHandle(this, this.users.postMessage(content, opts));
  }

  /** Post a message and resolve with the bot's reply in that channel. */
  async sendMessage(content: string, opts: UserMessageOptions & WaitOptions = {}): Promise<StoredMessage> {
    return this.postMessage(content, opts).reply(opts);
  }

  /** `<@bot> text`, resolving with the bot's reply. */
  async sendMention(text: string, opts: UserMessageOptions & WaitOptions = {}): Promise<StoredMessage> {
    return this.sendMessage(`<@${this.bot.id}> ${text}`, opts);
  }

  /** Add a guild member (e.g. a second user). */
  addUser(spec: UserSpec): APIUser {
    return addMember(this.world, spec).user;
  }

  // ----------------------------------------------------------------------------------------------
  // Inspection

  /** Commands registered globally (no argument) or for a guild. */
  registeredCommands(guildId?: string): APIApplicationCommand[] {
    return this.commands.list(guildId);
  }

  /** Resolves once commands with these names are registered (globally or in the test guild). */
  async waitForCommands(names: string[], opts: WaitOptions = {}): Promise<APIApplicationCommand[]> {
    return this.waitFor(
      () => {
        const all = this.commands.visible();
        const found = names.map((n) => all.find((c) => c.name === n));
        return found.every(Boolean) ? (found as APIApplicationCommand[]) : undefined;
      },
      {
        timeoutMs: opts.timeoutMs ?? 10_000,
        what: `commands ${names.map((n) => `/${n}`).join(", ")} to be registered`,
      },
    );
  }

  /** Every message in the store (user, bot, ephemeral, deleted), oldest first. */
  get messages(): StoredMessage[] {
    return this.store.all();
  }

  /** Non-deleted messages of a channel as members see them (no ephemerals), oldest first. */
  channelMessages(channelId: string = this.channelId): StoredMessage[] {
    return this.store.inChannel(channelId);
  }

  message(id: string): StoredMessage | undefined {
    return this.store.get(id);
  }

  /** All interactions dispatched so far. */
  get interactionRecords(): InteractionRecord[] {
    return this.interactions.all();
  }

  /** What Discord would ping for a stored message (see mentions.ts). */
  wouldPing(message: StoredMessage): Pings {
    return pingsOf(message);
  }

  /** Throw a readable error if anything broke Discord's rules or hit an unknown route. */
  assertNoProblems(): void {
    const p = this.problems();
    if (p.length) throw new Error(`standin recorded ${p.length} problem(s):\n  ${p.join("\n  ")}`);
  }

  /** Forget violations, unknown routes, requests and typing records (messages and commands stay). */
  clearRecords(): void {
    this.problemLog.clear();
    this.requests.length = 0;
    this.typing.length = 0;
  }

  /**
   * Make the next `count` requests matching `route` fail with `status` (5xx: discord.js retries up to 3
   * times; 429: it waits `retryAfter` seconds and retries). `route` is a path after /api/v10 with
   * `:param` or `*` segments, optionally prefixed by a method: `"POST /channels/:id/messages"`,
   * `"/interactions/*"` (a trailing `*` matches the rest).
   */
  failNext(route: string, status: number, count = 1, options: FaultOptions = {}): FaultHandle {
    return this.faults.add(route, status, count, options);
  }

  /** The user's DM channel with the bot (what POST /users/@me/channels returns). */
  dmChannelId(userId: string = this.tester.id): string {
    if (!this.world.members.has(userId)) throw new Error(`standin: unknown user ${userId}`);
    return dmChannelId(this.world, userId);
  }
}
