/**
 * A loopback Discord stand-in: REST v10 on node:http and gateway v10 on `ws`, on one ephemeral
 * 127.0.0.1 port. A real bot process (real discord.js client) logs in to it; tests then act as Discord
 * users (slash commands, autocomplete, buttons, @-mentions) and read back what the bot sent, as Discord
 * would have stored it — while Discord's rules (3 s to acknowledge, one initial response, embed /
 * content / component / autocomplete limits, non-empty messages, allowed mentions) are enforced and
 * every breach is recorded as a violation and answered with Discord's own error.
 *
 * Start with `startStandin()` (see index.ts); point the bot at `standin.apiUrl` (discord.js appends /v10
 * and asks GET /gateway/bot for the gateway, which is served on the same port).
 *
 * `Standin` is the test-facing API; it composes the parts: http.ts + router.ts + rest/* (REST), faults.ts,
 * bot-gateway.ts, messages.ts + attachments.ts (storage), interactions.ts (the 3 s lifecycle),
 * user-actions.ts (acting as users), problems.ts and changes.ts (recording and waiting).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIApplicationCommand, APIMessage, APIUser } from "discord.js";
import { apiMessage } from "./api-message.js";
import { AttachmentStore } from "./attachments.js";
import { createBotGateway } from "./bot-gateway.js";
import { ChangeFeed } from "./changes.js";
import { CommandRegistry } from "./command-registry.js";
import type { OptionValue } from "./commands.js";
import { type FaultHandle, type FaultOptions, Faults } from "./faults.js";
import type { CloseRecord, Gateway, GatewayLogEntry, IdentifyRecord, ReconnectMode } from "./gateway.js";
import { InteractionHandle, UserMessageHandle } from "./handles.js";
import { handleRequest } from "./http.js";
import { snowflake } from "./ids.js";
import { Interactions } from "./interactions.js";
import type { Pings } from "./mentions.js";
import { MessageStore, pingsOf } from "./messages.js";
import {
  type ActorOptions,
  type AutocompleteOptions,
  type CommandOptions,
  DEFAULT_STANDIN_TOKEN,
  type ResolvedOptions,
  resolveOptions,
  type StandinOptions,
  type UserMessageOptions,
  type WaitOptions,
} from "./options.js";
import { ProblemLog } from "./problems.js";
import type {
  InteractionRecord,
  InteractionResult,
  RequestRecord,
  StoredMessage,
  TypingRecord,
  UnknownRoute,
  Violation,
} from "./records.js";
import type { RestContext } from "./rest/context.js";
import { defineRoutes } from "./rest/routes.js";
import { Router } from "./router.js";
import { createTestGuild } from "./test-guild.js";
import { UserActions } from "./user-actions.js";
import { addMember, dmChannelId, type UserSpec, type World } from "./world.js";

export class Standin {
  readonly token: string;
  readonly applicationId: string;
  readonly world: World;
  readonly bot: APIUser;
  readonly guildId: string;
  /** The default text channel. */
  readonly channelId: string;
  /** The default user who invokes commands and sends messages. */
  readonly tester: APIUser;

  /** Every breach of Discord's rules, in order. */
  readonly violations: Violation[];
  /** Requests to routes the stand-in (and Discord, as far as it knows) doesn't serve. */
  readonly unknownRoutes: UnknownRoute[];
  /** Every REST request. */
  readonly requests: RequestRecord[] = [];
  readonly typing: TypingRecord[] = [];

  /** Resolves with the first IDENTIFY whose session owns the test guild (READY + GUILD_CREATE sent). */
  readonly identified: Promise<IdentifyRecord>;

  private readonly opts: ResolvedOptions;
  private readonly logLine: (line: string) => void;
  private readonly server: Server;
  private readonly gateway: Gateway;
  private readonly changes: ChangeFeed;
  private readonly problemLog: ProblemLog;
  private readonly attachments: AttachmentStore;
  private readonly store: MessageStore;
  private readonly interactions: Interactions;
  private readonly commands: CommandRegistry;
  private readonly users: UserActions;
  private readonly faults = new Faults();
  private readonly router = new Router();
  private resolveIdentified!: (r: IdentifyRecord) => void;
  private address: AddressInfo | null = null;
  private closed = false;

  constructor(options: StandinOptions) {
    this.token = (options.token ?? DEFAULT_STANDIN_TOKEN).replace(/^Bot\s+/i, "");
    this.applicationId = options.applicationId ?? snowflake();
    this.opts = resolveOptions(options);
    this.logLine =
      options.log ??
      (process.env.STANDIN_DEBUG ? (line) => process.stderr.write(`[standin] ${line}\n`) : () => {});

    const guild = createTestGuild(options, this.applicationId);
    this.world = guild.world;
    this.bot = guild.bot;
    this.tester = guild.tester;
    this.guildId = guild.guildId;
    this.channelId = guild.channelId;

    this.identified = new Promise((resolve) => {
      this.resolveIdentified = resolve;
    });
    this.changes = new ChangeFeed({
      closed: () => this.closed,
      recentProblems: () => this.problems().slice(-5),
    });
    this.problemLog = new ProblemLog(this.logLine, () => this.changed());
    this.violations = this.problemLog.violations;
    this.unknownRoutes = this.problemLog.unknownRoutes;
    const violation = this.problemLog.violation.bind(this.problemLog);

    this.server = createServer((req, res) => {
      void handleRequest(
        {
          token: this.token,
          router: this.router,
          faults: this.faults,
          attachments: this.attachments,
          interactions: this.interactions,
          problems: this.problemLog,
          requests: this.requests,
          log: this.logLine,
          changed: () => this.changed(),
        },
        req,
        res,
      );
    });
    this.server.keepAliveTimeout = 30_000;
    this.gateway = createBotGateway(this.world, {
      token: this.token,
      opts: this.opts,
      resumeUrl: () => `${this.wsBase}/gateway/resume`,
      violation,
      changed: () => this.onGatewayChange(),
      log: (line) => this.logLine(line),
    });
    this.gateway.attach(this.server, "/gateway");

    this.attachments = new AttachmentStore(() => this.baseUrl);
    this.store = new MessageStore({
      world: this.world,
      bot: this.bot,
      applicationId: this.applicationId,
      gateway: this.gateway,
      attachments: this.attachments,
      violation,
      log: this.logLine,
    });
    this.interactions = new Interactions({
      gateway: this.gateway,
      guildId: this.guildId,
      deadlineMs: this.opts.interactionDeadlineMs,
      messages: this.store,
      violations: this.violations,
      violation,
      log: this.logLine,
      changed: () => this.changed(),
    });
    this.commands = new CommandRegistry(this.world, this.opts.requireRegisteredCommands);
    this.users = new UserActions({
      world: this.world,
      bot: this.bot,
      tester: this.tester,
      channelId: this.channelId,
      gateway: this.gateway,
      commands: this.commands,
      interactions: this.interactions,
      store: this.store,
      attachments: this.attachments,
      log: this.logLine,
      changed: () => this.changed(),
    });

    const rest: RestContext = {
      world: this.world,
      bot: this.bot,
      applicationId: this.applicationId,
      guildId: this.guildId,
      opts: this.opts,
      messages: this.store,
      interactions: this.interactions,
      commands: this.commands,
      typing: this.typing,
      gatewayUrl: () => this.gatewayUrl,
      changed: () => this.changed(),
      log: this.logLine,
    };
    defineRoutes(this.router, rest);
  }

  // ----------------------------------------------------------------------------------------------
  // Lifecycle

  async listen(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, "127.0.0.1", () => {
        this.server.off("error", reject);
        resolve();
      });
    });
    this.address = this.server.address() as AddressInfo;
    this.logLine(`listening on ${this.baseUrl}`);
    return this;
  }

  /** Stop serving. Stop the bot first: a live client would try to resume against a closed port. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.interactions.stopTimers();
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.changed();
  }

  get port(): number {
    if (!this.address) throw new Error("standin: not listening yet");
    return this.address.port;
  }
  /** `http://127.0.0.1:PORT` */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  /** What the bot's `rest.api` / DISCORD_API_URL must be: `http://127.0.0.1:PORT/api`. */
  get apiUrl(): string {
    return `${this.baseUrl}/api`;
  }
  private get wsBase(): string {
    return `ws://127.0.0.1:${this.port}`;
  }
  /** The gateway URL handed out by GET /gateway/bot. */
  get gatewayUrl(): string {
    return `${this.wsBase}/gateway`;
  }

  /** Environment for a bot process pointed at this stand-in. */
  botEnv(): Record<string, string> {
    return {
      DISCORD_TOKEN: this.token,
      DISCORD_APPLICATION_ID: this.applicationId,
      DISCORD_GUILD_ID: this.guildId,
      DISCORD_API_URL: this.apiUrl,
    };
  }

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

  /** Violations and unknown routes, as readable lines (empty = clean). */
  problems(): string[] {
    return this.problemLog.lines();
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

  /**
   * Resolve with `check()`'s first truthy value, re-checking on every change (request, message, gateway
   * event); reject after `timeoutMs` with `what` and the violations recorded so far.
   */
  waitFor<T>(
    check: () => T | undefined | null | false,
    opts: { timeoutMs?: number; what?: string } = {},
  ): Promise<T> {
    return this.changes.waitFor(check, opts);
  }

  /** The user's DM channel with the bot (what POST /users/@me/channels returns). */
  dmChannelId(userId: string = this.tester.id): string {
    if (!this.world.members.has(userId)) throw new Error(`standin: unknown user ${userId}`);
    return dmChannelId(this.world, userId);
  }

  // ----------------------------------------------------------------------------------------------
  // Internals

  /** @internal */
  changed(): void {
    this.changes.changed();
  }

  /** @internal settled state of an interaction for InteractionHandle.response() */
  interactionResult(rec: InteractionRecord): InteractionResult | undefined {
    return this.interactions.result(rec);
  }

  /** A message as the REST API returns it (no bytes, no bookkeeping). */
  apiMessage(msg: StoredMessage): APIMessage {
    return apiMessage(msg);
  }

  private onGatewayChange(): void {
    const identify = this.currentIdentify();
    if (identify) this.resolveIdentified(identify);
    this.changed();
  }

  private currentIdentify(): IdentifyRecord | undefined {
    const session = this.gateway.sessionForGuild(this.guildId);
    return session?.connection ? session.identify : undefined;
  }
}
