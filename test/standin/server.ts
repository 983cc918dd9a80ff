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
 * `StandinServer` composes the parts: http.ts + router.ts + rest/* (REST), faults.ts, bot-gateway.ts,
 * messages.ts + attachments.ts (storage), interactions.ts (the 3 s lifecycle), user-actions.ts (acting as
 * users), problems.ts and changes.ts (recording and waiting), and runs the server (listen, close, URLs).
 * `Standin` (standin.ts) is the test-facing API built on it.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIMessage, APIUser } from "discord.js";
import { apiMessage } from "./api-message.js";
import { AttachmentStore } from "./attachments.js";
import { createBotGateway } from "./bot-gateway.js";
import { ChangeFeed } from "./changes.js";
import { CommandRegistry } from "./command-registry.js";
import { Faults } from "./faults.js";
import type { Gateway } from "./gateway.js";
import type { IdentifyRecord } from "./gateway-protocol.js";
import { handleRequest } from "./http.js";
import { snowflake } from "./ids.js";
import { Interactions } from "./interactions.js";
import { MessageStore } from "./messages.js";
import {
  DEFAULT_STANDIN_TOKEN,
  type ResolvedOptions,
  resolveOptions,
  type StandinOptions,
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
import type { World } from "./world.js";

export class StandinServer {
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
  protected readonly gateway: Gateway;
  private readonly changes: ChangeFeed;
  protected readonly problemLog: ProblemLog;
  private readonly attachments: AttachmentStore;
  protected readonly store: MessageStore;
  protected readonly interactions: Interactions;
  protected readonly commands: CommandRegistry;
  protected readonly users: UserActions;
  protected readonly faults = new Faults();
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

  // ----------------------------------------------------------------------------------------------
  // Recording and waiting

  /** Violations and unknown routes, as readable lines (empty = clean). */
  problems(): string[] {
    return this.problemLog.lines();
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

  protected currentIdentify(): IdentifyRecord | undefined {
    const session = this.gateway.sessionForGuild(this.guildId);
    return session?.connection ? session.identify : undefined;
  }
}
