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
 */
import { EventEmitter } from "node:events";
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
  STATUS_CODES,
} from "node:http";
import type { AddressInfo } from "node:net";
import {
  type APIApplicationCommand,
  type APIAttachment,
  type APIEmbed,
  type APIInteraction,
  type APIMessage,
  type APIMessageReference,
  type APIUser,
  Locale as DiscordLocale,
  type Locale,
} from "discord.js";
import { BodyError, type ParsedBody, parseBody, readRaw, type UploadedFile } from "./body.js";
import {
  buildOptions,
  findOption,
  type OptionValue,
  storeCommand,
  type TestFile,
  validateCommand,
  validateCommandList,
} from "./commands.js";
import { DiscordError, describeIssues, type FormIssue, type HttpError } from "./errors.js";
import {
  type CloseRecord,
  Gateway,
  type GatewayLogEntry,
  type IdentifyRecord,
  Intent,
  PRIVILEGED_INTENTS,
  type ReconnectMode,
} from "./gateway.js";
import { InteractionHandle, UserMessageHandle } from "./handles.js";
import { isoTimestamp, snowflake } from "./ids.js";
import { parseMentionSyntax, wouldPing } from "./mentions.js";
import {
  type ActorOptions,
  type AutocompleteOptions,
  type CommandOptions,
  DEFAULT_STANDIN_TOKEN,
  type StandinOptions,
  type UserMessageOptions,
  type WaitOptions,
} from "./options.js";
import {
  autocompleteInteraction,
  chatInputInteraction,
  componentInteraction,
  dmChannel,
  guildCreatePayload,
  guildMember,
  type InteractionContext,
  messageCreatePayload,
  modalSubmitInteraction,
  readyPayload,
  textChannel,
} from "./payloads.js";
import type {
  InteractionRecord,
  InteractionResult,
  RequestRecord,
  StoredAttachment,
  StoredMessage,
  TypingRecord,
  UnknownRoute,
  Violation,
  ViolationKind,
} from "./records.js";
import {
  attachmentRefs,
  isEmptyMessage,
  MessageFlag,
  validateAutocompleteData,
  validateMessageBody,
  validateModalData,
} from "./validate.js";
import {
  addMember,
  DEFAULT_BOT_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  dmChannelId,
  hasPermission,
  makeRole,
  makeUser,
  Perm,
  type UserSpec,
  type World,
} from "./world.js";

// ------------------------------------------------------------------------------------------------
// Public types

export interface FaultOptions {
  /** For 429: seconds in `Retry-After` / `retry_after` (default 0.1). */
  retryAfter?: number;
  /** For 429: a global rate limit (`X-RateLimit-Global`). */
  global?: boolean;
}

export interface FaultHandle {
  readonly pattern: string;
  readonly status: number;
  /** Requests still to fail. */
  readonly remaining: number;
  /** Requests failed so far. */
  readonly hits: number;
}

interface FaultRule {
  pattern: string;
  method: string | null;
  regex: RegExp;
  status: number;
  remaining: number;
  hits: number;
  options: FaultOptions;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Ctx {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: ParsedBody;
  at: number;
  route: string;
}

interface Route {
  method: string;
  pattern: string;
  segments: string[];
  auth: boolean;
  handler: (ctx: Ctx) => Reply | Promise<Reply>;
}

/** Thrown by handlers: answer `error`, and record a violation when `kind` is given. */
class Failure extends Error {
  constructor(
    readonly error: HttpError,
    readonly kind: ViolationKind | null,
    message: string,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
  }
}

const INTERACTION_KIND: Record<number, string> = {
  2: "command",
  3: "component",
  4: "autocomplete",
  5: "modal",
};
/** Valid initial response types per interaction type (receiving-and-responding docs). */
const VALID_RESPONSES: Record<number, number[]> = {
  2: [4, 5, 9],
  3: [4, 5, 6, 7, 9],
  4: [8],
  5: [4, 5, 6, 7],
};
const MAX_BODY = 26 * 1024 * 1024;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

// ------------------------------------------------------------------------------------------------

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
  readonly violations: Violation[] = [];
  /** Requests to routes the stand-in (and Discord, as far as it knows) doesn't serve. */
  readonly unknownRoutes: UnknownRoute[] = [];
  /** Every REST request. */
  readonly requests: RequestRecord[] = [];
  readonly typing: TypingRecord[] = [];

  /** Resolves with the first IDENTIFY whose session owns the test guild (READY + GUILD_CREATE sent). */
  readonly identified: Promise<IdentifyRecord>;

  private readonly opts: Required<
    Pick<
      StandinOptions,
      "interactionDeadlineMs" | "interactionTokenTtlMs" | "heartbeatIntervalMs" | "recommendedShards"
    >
  > & { requireRegisteredCommands: boolean; allowedPrivileged: number };
  private readonly logLine: (line: string) => void;
  private readonly server: Server;
  private readonly gateway: Gateway;
  private readonly emitter = new EventEmitter();
  private readonly store = new Map<string, StoredMessage>();
  private readonly interactions = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();
  private readonly globalCommands = new Map<string, APIApplicationCommand>();
  private readonly guildCommands = new Map<string, Map<string, APIApplicationCommand>>();
  private readonly blobs = new Map<string, StoredAttachment>();
  private readonly faults: FaultRule[] = [];
  private readonly routes: Route[] = [];
  private resolveIdentified!: (r: IdentifyRecord) => void;
  private address: AddressInfo | null = null;
  private closed = false;

  constructor(options: StandinOptions) {
    this.token = (options.token ?? DEFAULT_STANDIN_TOKEN).replace(/^Bot\s+/i, "");
    this.applicationId = options.applicationId ?? snowflake();
    const privileged = options.privilegedIntents ?? {};
    this.opts = {
      interactionDeadlineMs: options.interactionDeadlineMs ?? 3000,
      interactionTokenTtlMs: options.interactionTokenTtlMs ?? 15 * 60_000,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      recommendedShards: options.recommendedShards ?? 1,
      requireRegisteredCommands: options.requireRegisteredCommands ?? true,
      allowedPrivileged:
        (privileged.messageContent === false ? 0 : Intent.MessageContent) |
        (privileged.guildMembers === false ? 0 : Intent.GuildMembers) |
        (privileged.guildPresences === false ? 0 : Intent.GuildPresences),
    };
    this.logLine =
      options.log ??
      (process.env.STANDIN_DEBUG ? (line) => process.stderr.write(`[standin] ${line}\n`) : () => {});

    const guildId = snowflake();
    const ownerId = snowflake();
    this.bot = makeUser({
      id: this.applicationId,
      username: options.botUsername ?? "landscape-bot",
      bot: true,
    });
    this.bot.global_name = null;
    this.bot.discriminator = "0001";
    const botRoleId = snowflake();
    const regularsRoleId = snowflake();
    this.world = {
      applicationId: this.applicationId,
      applicationName: options.botUsername ?? "landscape-bot",
      bot: this.bot,
      guild: {
        id: guildId,
        name: options.guildName ?? "Stand-in Guild",
        ownerId,
        preferredLocale: (options.guildLocale ?? "en-US") as Locale,
        joinedAt: isoTimestamp(),
      },
      roles: [
        makeRole({ id: guildId, name: "@everyone", permissions: DEFAULT_EVERYONE_PERMISSIONS, position: 0 }),
        makeRole({ id: regularsRoleId, name: "regulars", permissions: 0n, position: 1, mentionable: true }),
        makeRole({
          id: botRoleId,
          name: options.botUsername ?? "landscape-bot",
          permissions: options.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
          position: 2,
          botId: this.applicationId,
        }),
      ],
      channels: new Map(),
      members: new Map(),
      dms: new Map(),
    };
    (options.channels ?? ["general"]).forEach((name, position) => {
      const id = snowflake();
      this.world.channels.set(id, { id, name, topic: null, position, lastMessageId: null });
    });
    addMember(this.world, { id: ownerId, username: "owner" });
    this.world.members.set(this.bot.id, {
      user: this.bot,
      roles: [botRoleId],
      nick: null,
      joinedAt: new Date().toISOString(),
    });
    this.tester = addMember(this.world, { username: "tester", roles: [regularsRoleId] }).user;
    this.guildId = guildId;
    this.channelId = [...this.world.channels.keys()][0] as string;

    this.identified = new Promise((resolve) => {
      this.resolveIdentified = resolve;
    });
    this.emitter.setMaxListeners(0);
    this.server = createServer((req, res) => {
      void this.onRequest(req, res);
    });
    this.server.keepAliveTimeout = 30_000;
    this.gateway = new Gateway({
      token: this.token,
      heartbeatIntervalMs: this.opts.heartbeatIntervalMs,
      allowedPrivilegedIntents: this.opts.allowedPrivileged & PRIVILEGED_INTENTS,
      guildIds: () => [this.guildId],
      readyPayload: (sid, resumeUrl, guildIds) => {
        const p = readyPayload(this.world, sid, resumeUrl);
        p.guilds = p.guilds.filter((g) => guildIds.includes(g.id));
        return p;
      },
      guildCreatePayload: () => guildCreatePayload(this.world),
      guildMembersChunk: (gid, nonce) => ({
        guild_id: gid,
        members: [...this.world.members.keys()].map((id) => guildMember(this.world, id)),
        chunk_index: 0,
        chunk_count: 1,
        ...(nonce !== undefined ? { nonce } : {}),
      }),
      resumeUrl: () => `${this.wsBase}/gateway/resume`,
      violation: (kind, message, detail) => this.violation({ kind, message, ...(detail ? { detail } : {}) }),
      changed: () => this.onGatewayChange(),
      log: (line) => this.logLine(line),
    });
    this.gateway.attach(this.server, "/gateway");
    this.defineRoutes();
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
    for (const rec of this.interactions.values()) if (rec.timer) clearTimeout(rec.timer);
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.emitter.emit("change");
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
    const [cmdName = "", ...sub] = name.trim().replace(/^\//, "").split(/\s+/);
    const command = this.resolveCommand(cmdName, opts);
    const ctx = this.actor(opts);
    const built = buildOptions(name, command, sub, options, this.optionContext(ctx.channelId));
    const payload = chatInputInteraction(
      this.world,
      ctx,
      { id: command?.id ?? snowflake(), name: cmdName, guildId: command?.guild_id ?? null },
      built.options as never,
      built.resolved,
    );
    return this.dispatchInteraction(payload, { label: `/${name.trim().replace(/^\//, "")}`, ctx });
  }

  /** Type into an autocomplete option; returns the interaction handle (see `autocomplete()` for choices). */
  sendAutocomplete(
    name: string,
    options: Record<string, OptionValue>,
    opts: AutocompleteOptions = {},
  ): InteractionHandle {
    const [cmdName = "", ...sub] = name.trim().replace(/^\//, "").split(/\s+/);
    const command = this.resolveCommand(cmdName, opts);
    const keys = Object.keys(options);
    let focused = opts.focused;
    if (focused === undefined) {
      const auto = keys.filter((k) => findOption(command, sub, k)?.autocomplete);
      focused = auto.length === 1 ? auto[0] : keys[keys.length - 1];
    }
    if (focused === undefined)
      throw new Error(`standin: autocomplete for /${name} needs at least one option value`);
    const ctx = this.actor(opts);
    const built = buildOptions(name, command, sub, options, this.optionContext(ctx.channelId), focused);
    const payload = autocompleteInteraction(
      this.world,
      ctx,
      { id: command?.id ?? snowflake(), name: cmdName, guildId: command?.guild_id ?? null },
      built.options as never,
    );
    const handle = this.dispatchInteraction(payload, { label: `/${name} (autocomplete ${focused})`, ctx });
    handle.record.focusedOptionType = findOption(command, sub, focused)?.type;
    return handle;
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
    const msg = this.requireMessage(message);
    const component = this.findComponent(msg, customId);
    if (component.type !== 2) {
      throw new Error(`standin: component "${customId}" is not a button (type ${String(component.type)})`);
    }
    return this.componentAction(msg, customId, 2, undefined, opts);
  }

  /** Pick values in a string select menu on a message the bot sent. */
  selectMenu(
    message: StoredMessage | string,
    customId: string,
    values: string[],
    opts: ActorOptions = {},
  ): InteractionHandle {
    const msg = this.requireMessage(message);
    const component = this.findComponent(msg, customId);
    if (component.type !== 3) {
      throw new Error(
        `standin: component "${customId}" is not a string select (type ${String(component.type)})`,
      );
    }
    const allowed = Array.isArray(component.options)
      ? (component.options as { value: string }[]).map((o) => o.value)
      : [];
    for (const v of values) {
      if (!allowed.includes(v)) throw new Error(`standin: "${v}" is not an option of select "${customId}"`);
    }
    const min = typeof component.min_values === "number" ? component.min_values : 1;
    const max = typeof component.max_values === "number" ? component.max_values : 1;
    if (values.length < min || values.length > max) {
      throw new Error(`standin: select "${customId}" takes ${min} to ${max} value(s), got ${values.length}`);
    }
    return this.componentAction(msg, customId, 3, values, opts);
  }

  /** Fill in and submit the modal the bot opened in answer to `handle`. */
  submitModal(
    handle: InteractionHandle,
    values: Record<string, string>,
    opts: ActorOptions = {},
  ): InteractionHandle {
    const rec = handle.record;
    if (rec.responseType !== 9 || !rec.modal) {
      throw new Error(`standin: ${rec.label} was not answered with a modal (type ${rec.responseType})`);
    }
    const modal = rec.modal;
    const input = (c: Record<string, unknown>) => {
      const customId = String(c.custom_id);
      const value = values[customId] ?? (typeof c.value === "string" ? c.value : "");
      if (c.required !== false && value === "" && c.type === 4) {
        throw new Error(`standin: modal field "${customId}" is required`);
      }
      return { type: 4, custom_id: customId, value, ...(c.id !== undefined ? { id: c.id } : {}) };
    };
    const components = (Array.isArray(modal.components) ? modal.components : []).flatMap(
      (row: unknown): unknown[] => {
        if (!isRecord(row)) return [];
        if (row.type === 1 && Array.isArray(row.components)) {
          return [{ type: 1, components: row.components.filter(isRecord).map(input) }];
        }
        if (row.type === 18 && isRecord(row.component)) {
          return [
            { type: 18, ...(row.id !== undefined ? { id: row.id } : {}), component: input(row.component) },
          ];
        }
        return [];
      },
    );
    const ctx = this.actor({ user: rec.userId, channelId: rec.channelId, ...opts });
    const source = rec.sourceMessageId ? this.store.get(rec.sourceMessageId) : undefined;
    const payload = modalSubmitInteraction(
      this.world,
      ctx,
      String(modal.custom_id),
      components as never,
      source ? this.apiMessage(source) : undefined,
    );
    const h = this.dispatchInteraction(payload, { label: `modal ${String(modal.custom_id)}`, ctx });
    h.record.sourceMessageId = rec.sourceMessageId;
    return h;
  }

  /** Post a message as a user; the handle waits for the bot's reply. */
  postMessage(content: string, opts: UserMessageOptions = {}): UserMessageHandle {
    const ctx = this.actor(opts);
    const parsed = parseMentionSyntax(content);
    const author = ctx.userId;
    const mentionIds = parsed.users.filter((id) => this.world.members.has(id));
    const canEveryone = hasPermission(this.world, author, Perm.MentionEveryone);
    const mentionRoleIds = parsed.roles.filter((id) => {
      const role = this.world.roles.find((r) => r.id === id);
      return role && (role.mentionable || canEveryone);
    });
    const reference = opts.replyTo ? this.requireMessage(opts.replyTo) : null;
    if (reference && !mentionIds.includes(reference.author.id) && reference.author.id !== author) {
      mentionIds.push(reference.author.id);
    }
    const attachments = (opts.attachments ?? []).map((f) => this.uploadAttachment(ctx.channelId, f, false));
    const payload = messageCreatePayload(this.world, {
      authorId: author,
      channelId: ctx.channelId,
      content,
      mentionIds,
      mentionRoleIds,
      mentionEveryone: canEveryone && (parsed.everyone || parsed.here),
      attachments: attachments.map(stripData),
      reference: reference ? this.apiMessage(reference) : null,
      dm: ctx.dm === true,
    });
    const guildId = this.guildOf(ctx.channelId);
    const session = this.gateway.sessionForGuild(guildId);
    if (!session) throw new Error("standin: the bot is not connected to the gateway (await standin.ready())");
    const needed = guildId ? Intent.GuildMessages : Intent.DirectMessages;
    if (!(session.identify.intents & needed)) {
      throw new Error(
        `standin: the bot did not IDENTIFY with the ${guildId ? "GUILD_MESSAGES" : "DIRECT_MESSAGES"} intent, so Discord would not deliver this message`,
      );
    }
    const stored: StoredMessage = {
      id: payload.id,
      channel_id: ctx.channelId,
      guild_id: guildId,
      type: payload.type,
      author: payload.author,
      content,
      embeds: [],
      components: [],
      attachments,
      allowed_mentions: null,
      message_reference: payload.message_reference ?? null,
      referenced_message: payload.referenced_message ?? null,
      flags: 0,
      tts: false,
      nonce: payload.nonce ?? null,
      timestamp: payload.timestamp,
      edited_timestamp: null,
      mentions: payload.mentions,
      mention_roles: payload.mention_roles,
      mention_everyone: payload.mention_everyone,
      webhook_id: null,
      application_id: null,
      interaction_metadata: null,
      reactions: [],
      meta: {
        origin: "user",
        interactionId: null,
        ephemeral: false,
        deleted: false,
        edits: 0,
        createdAt: Date.now(),
        updatedAt: Date.now(),
        revisions: [],
      },
    };
    this.store.set(stored.id, stored);
    this.touchChannel(ctx.channelId, stored.id);
    // Without MESSAGE_CONTENT, a bot gets empty content/embeds/attachments/components except for messages
    // that mention it (and DMs, and its own messages).
    const mentionsBot = mentionIds.includes(this.bot.id);
    const delivered =
      session.identify.intents & Intent.MessageContent || mentionsBot || ctx.dm
        ? payload
        : { ...payload, content: "", embeds: [], attachments: [], components: [] };
    session.dispatch("MESSAGE_CREATE", delivered);
    this.logLine(`MESSAGE_CREATE ${stored.id} from ${ctx.userId}: ${JSON.stringify(content).slice(0, 120)}`);
    this.changed();
    return new UserMessageHandle(this, stored);
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
    const map = guildId ? this.guildCommands.get(guildId) : this.globalCommands;
    return map ? [...map.values()].map((c) => structuredClone(c)) : [];
  }

  /** Resolves once commands with these names are registered (globally or in the test guild). */
  async waitForCommands(names: string[], opts: WaitOptions = {}): Promise<APIApplicationCommand[]> {
    return this.waitFor(
      () => {
        const all = [
          ...this.globalCommands.values(),
          ...(this.guildCommands.get(this.guildId)?.values() ?? []),
        ];
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
    return [...this.store.values()];
  }

  /** Non-deleted messages of a channel as members see them (no ephemerals), oldest first. */
  channelMessages(channelId: string = this.channelId): StoredMessage[] {
    return this.messages.filter((m) => m.channel_id === channelId && !m.meta.deleted && !m.meta.ephemeral);
  }

  message(id: string): StoredMessage | undefined {
    return this.store.get(id);
  }

  /** All interactions dispatched so far. */
  get interactionRecords(): InteractionRecord[] {
    return [...this.interactions.values()];
  }

  /** What Discord would ping for a stored message (see mentions.ts). */
  wouldPing(message: StoredMessage): ReturnType<typeof wouldPing> {
    return wouldPing({
      content: message.content,
      allowed_mentions: message.allowed_mentions,
      origin: message.meta.origin === "interaction" ? "interaction" : "channel",
      referenced_message: message.referenced_message,
      components: message.components,
    });
  }

  /** Violations and unknown routes, as readable lines (empty = clean). */
  problems(): string[] {
    return [
      ...this.violations.map((v) => `violation ${v.kind}: ${v.message}`),
      ...this.unknownRoutes.map((r) => `unknown route ${r.method} ${r.path} → ${r.status}`),
    ];
  }

  /** Throw a readable error if anything broke Discord's rules or hit an unknown route. */
  assertNoProblems(): void {
    const p = this.problems();
    if (p.length) throw new Error(`standin recorded ${p.length} problem(s):\n  ${p.join("\n  ")}`);
  }

  /** Forget violations, unknown routes, requests and typing records (messages and commands stay). */
  clearRecords(): void {
    this.violations.length = 0;
    this.unknownRoutes.length = 0;
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
    const m = /^([A-Z]+)\s+(.+)$/.exec(route.trim());
    const method = m ? (m[1] as string) : null;
    const pattern = (m ? (m[2] as string) : route.trim()).replace(/^\/api\/v10/, "");
    const source = pattern
      .split("/")
      .map((seg, i, all) => {
        if (seg === "*" && i === all.length - 1) return ".*";
        if (seg === "*" || seg.startsWith(":")) return "[^/]+";
        return seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("/");
    const rule: FaultRule = {
      pattern: route,
      method,
      regex: new RegExp(`^${source}/?$`),
      status,
      remaining: count,
      hits: 0,
      options,
    };
    this.faults.push(rule);
    return {
      pattern: route,
      status,
      get remaining() {
        return rule.remaining;
      },
      get hits() {
        return rule.hits;
      },
    };
  }

  /**
   * Resolve with `check()`'s first truthy value, re-checking on every change (request, message, gateway
   * event); reject after `timeoutMs` with `what` and the violations recorded so far.
   */
  waitFor<T>(
    check: () => T | undefined | null | false,
    opts: { timeoutMs?: number; what?: string } = {},
  ): Promise<T> {
    const timeoutMs = opts.timeoutMs ?? 10_000;
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | null = null;
      const done = () => {
        this.emitter.off("change", evaluate);
        if (timer) clearTimeout(timer);
      };
      const evaluate = () => {
        let value: T | undefined | null | false;
        try {
          value = check();
        } catch (error) {
          done();
          reject(error);
          return;
        }
        if (value) {
          done();
          resolve(value);
        } else if (this.closed) {
          done();
          reject(new Error(`standin: closed while waiting for ${opts.what ?? "a condition"}`));
        }
      };
      this.emitter.on("change", evaluate);
      timer = setTimeout(() => {
        done();
        const recent = this.problems().slice(-5);
        reject(
          new Error(
            `standin: timed out after ${timeoutMs} ms waiting for ${opts.what ?? "a condition"}` +
              (recent.length ? `\n  recorded: ${recent.join("\n  recorded: ")}` : ""),
          ),
        );
      }, timeoutMs);
      evaluate();
    });
  }

  // ----------------------------------------------------------------------------------------------
  // Internals: interactions

  /** @internal */
  changed(): void {
    this.emitter.emit("change");
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

  private violation(v: Omit<Violation, "at"> & { at?: number }): void {
    const full: Violation = { ...v, at: v.at ?? Date.now() };
    this.violations.push(full);
    this.logLine(`VIOLATION ${full.kind}: ${full.message}`);
    this.changed();
  }

  private resolveCommand(name: string, opts: CommandOptions): APIApplicationCommand | undefined {
    const dm = opts.dm === true || (opts.channelId !== undefined && this.world.dms.has(opts.channelId));
    // In the bot's DMs only global commands whose contexts allow BOT_DM (1) are offered; contexts null
    // means the default (guild + bot DM) unless dm_permission is false.
    const guild = dm ? [] : [...(this.guildCommands.get(this.guildId)?.values() ?? [])];
    const global = [...this.globalCommands.values()].filter(
      (c) => !dm || (c.contexts ? c.contexts.includes(1) : c.dm_permission !== false),
    );
    const found = [...guild, ...global].find((c) => c.name === name && (c.type ?? 1) === 1);
    const strict = this.opts.requireRegisteredCommands && !opts.unregistered;
    if (!found && strict) {
      const known = [...guild, ...global].map((c) => `/${c.name}`).join(", ") || "none";
      throw new Error(
        `standin: /${name} is not registered${dm ? " for use in DMs" : ""} (offered: ${known}); Discord would not offer it. ` +
          "Register it first (or pass { unregistered: true }).",
      );
    }
    return found;
  }

  private actor(opts: ActorOptions): InteractionContext {
    let userId: string;
    if (opts.user === undefined) userId = this.tester.id;
    else if (typeof opts.user === "string") {
      if (!this.world.members.has(opts.user))
        throw new Error(`standin: unknown user ${opts.user} (use addUser)`);
      userId = opts.user;
    } else userId = addMember(this.world, opts.user).user.id;
    const locale = checkLocale(opts.locale ?? "en-US");
    if (opts.dm || (opts.channelId !== undefined && this.world.dms.has(opts.channelId))) {
      const channelId = opts.channelId ?? dmChannelId(this.world, userId);
      if (this.world.dms.get(channelId) !== userId) {
        throw new Error(`standin: DM channel ${channelId} is not ${userId}'s DM with the bot`);
      }
      return { userId, channelId, dm: true, locale };
    }
    const channelId = opts.channelId ?? this.channelId;
    if (!this.world.channels.has(channelId)) throw new Error(`standin: unknown channel ${channelId}`);
    return {
      userId,
      channelId,
      locale,
      ...(opts.guildLocale ? { guildLocale: checkLocale(opts.guildLocale) } : {}),
    };
  }

  /** The guild a channel belongs to; null for DM channels. */
  private guildOf(channelId: string): string | null {
    return this.world.dms.has(channelId) ? null : this.guildId;
  }

  /** The user's DM channel with the bot (what POST /users/@me/channels returns). */
  dmChannelId(userId: string = this.tester.id): string {
    if (!this.world.members.has(userId)) throw new Error(`standin: unknown user ${userId}`);
    return dmChannelId(this.world, userId);
  }

  private optionContext(channelId: string) {
    return {
      world: this.world,
      channelId,
      uploadAttachment: (cid: string, file: TestFile, ephemeral: boolean) =>
        stripData(this.uploadAttachment(cid, file, ephemeral)),
    };
  }

  private dispatchInteraction(
    payload: APIInteraction,
    meta: { label: string; ctx: InteractionContext },
  ): InteractionHandle {
    const session = this.gateway.sessionForGuild(meta.ctx.dm ? null : this.guildId);
    if (!session) {
      throw new Error(
        "standin: the bot has not identified on the gateway (await standin.ready()) or its session ended",
      );
    }
    const rec: InteractionRecord = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      label: meta.label,
      payload,
      channelId: meta.ctx.channelId,
      userId: meta.ctx.userId,
      createdAt: Date.now(),
      state: "pending",
      responseType: null,
      responseData: null,
      respondedAt: null,
      originalId: null,
      sourceMessageId: null,
      followUpIds: [],
      choices: null,
      modal: null,
      sourceEditsAtResponse: 0,
      focusedOptionType: undefined,
      attempts: [],
      timer: null,
    };
    this.interactions.set(rec.id, rec);
    this.byToken.set(rec.token, rec);
    rec.timer = setTimeout(() => this.expire(rec), this.opts.interactionDeadlineMs);
    rec.timer.unref();
    session.dispatch("INTERACTION_CREATE", payload);
    this.logLine(`INTERACTION_CREATE ${rec.id} ${rec.label} (${INTERACTION_KIND[rec.type] ?? rec.type})`);
    this.changed();
    return new InteractionHandle(this, rec);
  }

  private expire(rec: InteractionRecord): void {
    if (rec.timer) {
      clearTimeout(rec.timer);
      rec.timer = null;
    }
    if (rec.state !== "pending") return;
    rec.state = "expired";
    this.violation({
      kind: "interaction-timeout",
      message: `${rec.label}: no initial response within ${this.opts.interactionDeadlineMs} ms (the user sees "The application did not respond")`,
      interactionId: rec.id,
    });
  }

  private componentAction(
    msg: StoredMessage,
    customId: string,
    type: 2 | 3,
    values: string[] | undefined,
    opts: ActorOptions,
  ): InteractionHandle {
    if (msg.meta.deleted) throw new Error(`standin: message ${msg.id} was deleted`);
    const ctx = this.actor({ channelId: msg.channel_id, ...opts });
    const owner = msg.meta.interactionId ? this.interactions.get(msg.meta.interactionId)?.userId : undefined;
    if (msg.meta.ephemeral && owner && owner !== ctx.userId) {
      throw new Error(`standin: message ${msg.id} is ephemeral; only ${owner} can see and use it`);
    }
    const payload = componentInteraction(this.world, ctx, this.apiMessage(msg), {
      customId,
      type,
      ...(values ? { values } : {}),
    });
    const handle = this.dispatchInteraction(payload, {
      label: `${type === 2 ? "button" : "select"} ${customId}`,
      ctx,
    });
    handle.record.sourceMessageId = msg.id;
    return handle;
  }

  private requireMessage(message: StoredMessage | string): StoredMessage {
    const id = typeof message === "string" ? message : message.id;
    const msg = this.store.get(id);
    if (!msg) throw new Error(`standin: unknown message ${id}`);
    return msg;
  }

  private findComponent(msg: StoredMessage, customId: string): Record<string, unknown> {
    const found: Record<string, unknown>[] = [];
    const walk = (list: unknown) => {
      if (!Array.isArray(list)) return;
      for (const c of list) {
        if (!isRecord(c)) continue;
        if (typeof c.custom_id === "string") found.push(c);
        walk(c.components);
        if (isRecord(c.accessory)) walk([c.accessory]);
      }
    };
    walk(msg.components);
    const component = found.find((c) => c.custom_id === customId);
    if (!component) {
      throw new Error(
        `standin: message ${msg.id} has no component "${customId}" (has: ${found.map((c) => String(c.custom_id)).join(", ") || "none"})`,
      );
    }
    if (component.disabled === true) throw new Error(`standin: component "${customId}" is disabled`);
    return component;
  }

  /** @internal settled state of an interaction for InteractionHandle.response() */
  interactionResult(rec: InteractionRecord): InteractionResult | undefined {
    if (rec.state === "expired") {
      const related = this.violations.filter((v) => v.interactionId === rec.id).map((v) => v.message);
      throw new Error(
        `standin: ${rec.label}: no accepted initial response within ${this.opts.interactionDeadlineMs} ms` +
          (related.length ? `\n  ${related.join("\n  ")}` : ""),
      );
    }
    if (rec.state !== "acknowledged" || rec.responseType === null || rec.respondedAt === null)
      return undefined;
    const type = rec.responseType;
    const base = {
      interaction: rec,
      type,
      initial: { type, data: rec.responseData },
      deferred: type === 5 || type === 6,
      choices: rec.choices,
      modal: rec.modal,
      ackMs: rec.respondedAt - rec.createdAt,
    };
    if (type === 8 || type === 9) {
      return { ...base, ephemeral: false, message: null, totalMs: base.ackMs };
    }
    const message = rec.originalId ? this.store.get(rec.originalId) : undefined;
    if (!message) return undefined;
    if (type === 5 && message.flags & MessageFlag.Loading) {
      if (message.meta.deleted)
        throw new Error(`standin: ${rec.label}: the deferred reply was deleted unedited`);
      return undefined;
    }
    if (type === 6 && message.meta.edits <= rec.sourceEditsAtResponse) return undefined;
    return {
      ...base,
      ephemeral: message.meta.ephemeral,
      message,
      totalMs: Math.max(message.meta.updatedAt, rec.respondedAt) - rec.createdAt,
    };
  }

  // ----------------------------------------------------------------------------------------------
  // Internals: messages

  private uploadAttachment(channelId: string, file: TestFile, ephemeral: boolean): StoredAttachment {
    const data = typeof file.data === "string" ? Buffer.from(file.data) : file.data;
    return this.makeAttachment(channelId, {
      name: file.name,
      contentType: file.contentType ?? "application/octet-stream",
      data,
      description: undefined,
      title: undefined,
      ephemeral,
    });
  }

  private makeAttachment(
    channelId: string,
    f: {
      name: string;
      contentType: string;
      data: Buffer;
      description: string | undefined;
      title: string | undefined;
      ephemeral: boolean;
    },
  ): StoredAttachment {
    const id = snowflake();
    const url = `${this.baseUrl}/attachments/${channelId}/${id}/${encodeURIComponent(f.name)}`;
    const att: StoredAttachment = {
      id,
      filename: f.name,
      size: f.data.length,
      url,
      proxy_url: url,
      content_type: f.contentType,
      ...(f.description !== undefined ? { description: f.description } : {}),
      ...(f.title !== undefined ? { title: f.title } : {}),
      ...(f.ephemeral ? { ephemeral: true } : {}),
      data: f.data,
    };
    this.blobs.set(id, att);
    return att;
  }

  /** New attachments from uploaded files, named/described by the body's `attachments` entries. */
  private attachmentsFromFiles(
    channelId: string,
    files: UploadedFile[],
    entries: unknown,
    ephemeral: boolean,
  ): StoredAttachment[] {
    const list = Array.isArray(entries) ? entries.filter(isRecord) : [];
    return files.map((file, i) => {
      const index = file.index ?? i;
      const entry = list.find((e) => String(e.id) === String(index));
      return this.makeAttachment(channelId, {
        name: typeof entry?.filename === "string" ? entry.filename : file.name,
        contentType: file.contentType,
        data: file.data,
        description: typeof entry?.description === "string" ? entry.description : undefined,
        title: typeof entry?.title === "string" ? entry.title : undefined,
        ephemeral,
      });
    });
  }

  /** Embeds as Discord stores them: `type: "rich"`, `attachment://name` resolved to the attachment URL. */
  private normalizeEmbeds(
    embeds: unknown,
    attachments: StoredAttachment[],
    report: (name: string) => void,
  ): APIEmbed[] {
    if (!Array.isArray(embeds)) return [];
    for (const name of attachmentRefs(embeds)) {
      if (!attachments.some((a) => a.filename === name)) report(name);
    }
    const resolve = (url: unknown) => {
      if (typeof url !== "string" || !url.startsWith("attachment://")) return url;
      const att = attachments.find((a) => a.filename === url.slice("attachment://".length));
      return att ? att.url : url;
    };
    return embeds.filter(isRecord).map((raw) => {
      const e: Record<string, unknown> = structuredClone(raw);
      e.type ??= "rich";
      for (const key of ["image", "thumbnail"]) {
        const media = e[key];
        if (isRecord(media)) {
          const url = resolve(media.url);
          e[key] = { ...media, url, proxy_url: url };
        }
      }
      if (isRecord(e.author) && e.author.icon_url)
        e.author = { ...e.author, icon_url: resolve(e.author.icon_url) };
      if (isRecord(e.footer) && e.footer.icon_url)
        e.footer = { ...e.footer, icon_url: resolve(e.footer.icon_url) };
      return e as APIEmbed;
    });
  }

  private applyMentions(msg: StoredMessage): void {
    const pings = this.wouldPing(msg);
    const users = [...pings.users];
    if (pings.repliedUser && !users.includes(pings.repliedUser)) users.push(pings.repliedUser);
    msg.mentions = users.flatMap((id) => {
      const m = this.world.members.get(id);
      return m ? [m.user] : [];
    });
    msg.mention_roles = pings.roles.filter((id) => this.world.roles.some((r) => r.id === id));
    msg.mention_everyone = pings.everyone || pings.here;
  }

  private formFailure(issues: FormIssue[], prefix: (string | number)[], what: string): Failure {
    return new Failure(
      DiscordError.invalidForm(issues, prefix),
      "invalid-form-body",
      `${what}: ${describeIssues(issues, prefix)}`,
      { issues },
    );
  }

  private createMessage(spec: {
    channelId: string;
    body: Record<string, unknown>;
    files: UploadedFile[];
    origin: "channel" | "interaction";
    rec: InteractionRecord | null;
    prefix: (string | number)[];
    type: number;
    what: string;
    loading?: boolean;
  }): StoredMessage {
    const { body } = spec;
    const issues = validateMessageBody(body, { fileCount: spec.files.length });
    if (issues.length) throw this.formFailure(issues, spec.prefix, spec.what);
    const requested = typeof body.flags === "number" ? body.flags : 0;
    const settable =
      MessageFlag.SuppressEmbeds |
      MessageFlag.SuppressNotifications |
      MessageFlag.IsComponentsV2 |
      MessageFlag.IsVoiceMessage |
      (spec.origin === "interaction" ? MessageFlag.Ephemeral : 0);
    const flags = (requested & settable) | (spec.loading ? MessageFlag.Loading : 0);
    const ephemeral = Boolean(flags & MessageFlag.Ephemeral);
    const attachments = this.attachmentsFromFiles(spec.channelId, spec.files, body.attachments, ephemeral);
    const components = Array.isArray(body.components) ? (structuredClone(body.components) as never[]) : [];
    if (
      !spec.loading &&
      isEmptyMessage({
        content: body.content,
        embeds: body.embeds,
        attachments,
        components,
        sticker_ids: body.sticker_ids,
        poll: body.poll,
      })
    ) {
      throw new Failure(
        DiscordError.emptyMessage(),
        "empty-message",
        `${spec.what}: the message would be empty`,
      );
    }
    let reference: APIMessageReference | null = null;
    let referenced: APIMessage | null = null;
    if (spec.origin === "channel" && isRecord(body.message_reference)) {
      const ref = body.message_reference;
      const target = typeof ref.message_id === "string" ? this.store.get(ref.message_id) : undefined;
      if (target && !target.meta.deleted && target.channel_id === spec.channelId) {
        reference = {
          type: 0,
          message_id: target.id,
          channel_id: target.channel_id,
          ...(target.guild_id ? { guild_id: target.guild_id } : {}),
        };
        referenced = this.apiMessage(target);
      } else if (ref.fail_if_not_exists !== false) {
        throw this.formFailure(
          [
            {
              path: ["message_reference"],
              code: "MESSAGE_REFERENCE_UNKNOWN_MESSAGE",
              message: "Unknown message",
            },
          ],
          [],
          spec.what,
        );
      }
    }
    const missing: string[] = [];
    const embeds = this.normalizeEmbeds(body.embeds, attachments, (n) => missing.push(n));
    const rec = spec.rec;
    const now = Date.now();
    const msg: StoredMessage = {
      id: snowflake(now),
      channel_id: spec.channelId,
      guild_id: this.guildOf(spec.channelId),
      type: reference ? 19 : spec.type,
      author: this.bot,
      content: typeof body.content === "string" ? body.content : "",
      embeds,
      components,
      attachments,
      allowed_mentions: isRecord(body.allowed_mentions)
        ? (structuredClone(body.allowed_mentions) as never)
        : null,
      message_reference: reference,
      referenced_message: referenced,
      flags,
      tts: body.tts === true,
      nonce: typeof body.nonce === "string" || typeof body.nonce === "number" ? body.nonce : null,
      timestamp: isoTimestamp(now),
      edited_timestamp: null,
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      webhook_id: spec.origin === "interaction" ? this.applicationId : null,
      application_id: spec.origin === "interaction" ? this.applicationId : null,
      interaction_metadata: rec ? this.interactionMetadata(rec) : null,
      reactions: [],
      meta: {
        origin: spec.origin,
        interactionId: rec?.id ?? null,
        ephemeral,
        deleted: false,
        edits: 0,
        createdAt: now,
        updatedAt: now,
        revisions: [],
      },
    };
    this.applyMentions(msg);
    this.snapshot(msg);
    this.store.set(msg.id, msg);
    if (!ephemeral) this.touchChannel(msg.channel_id, msg.id);
    for (const name of missing) {
      this.violation({
        kind: "missing-attachment",
        message: `${spec.what}: an embed references attachment://${name} but no file of that name was uploaded (the image would not show)`,
        ...(rec ? { interactionId: rec.id } : {}),
      });
    }
    if (!ephemeral) this.gateway.dispatchToGuild(msg.guild_id, "MESSAGE_CREATE", this.gatewayMessage(msg));
    this.logLine(`${spec.what} → message ${msg.id}${ephemeral ? " (ephemeral)" : ""}`);
    return msg;
  }

  private editMessage(
    msg: StoredMessage,
    body: Record<string, unknown>,
    files: UploadedFile[],
    prefix: (string | number)[],
    what: string,
  ): StoredMessage {
    if (msg.meta.deleted)
      throw new Failure(DiscordError.unknownMessage(), "unknown-message", `${what}: deleted`);
    const issues = validateMessageBody(body, { fileCount: files.length, flags: msg.flags });
    if (issues.length) throw this.formFailure(issues, prefix, what);
    let attachments = msg.attachments;
    if (Array.isArray(body.attachments)) {
      const keep = new Set(body.attachments.filter(isRecord).map((a) => String(a.id)));
      attachments = msg.attachments.filter((a) => keep.has(a.id));
    }
    attachments = [
      ...attachments,
      ...this.attachmentsFromFiles(msg.channel_id, files, body.attachments, msg.meta.ephemeral),
    ];
    const content = "content" in body ? (typeof body.content === "string" ? body.content : "") : msg.content;
    const rawEmbeds = "embeds" in body ? (Array.isArray(body.embeds) ? body.embeds : []) : undefined;
    const components =
      "components" in body
        ? Array.isArray(body.components)
          ? (structuredClone(body.components) as never[])
          : []
        : msg.components;
    const missing: string[] = [];
    const embeds =
      rawEmbeds === undefined
        ? msg.embeds
        : this.normalizeEmbeds(rawEmbeds, attachments, (n) => missing.push(n));
    if (isEmptyMessage({ content, embeds, attachments, components })) {
      throw new Failure(
        DiscordError.emptyMessage(),
        "empty-message",
        `${what}: the edited message would be empty`,
      );
    }
    msg.content = content;
    msg.embeds = embeds;
    msg.components = components;
    msg.attachments = attachments;
    msg.allowed_mentions = isRecord(body.allowed_mentions)
      ? (structuredClone(body.allowed_mentions) as never)
      : null;
    if (typeof body.flags === "number") {
      const keep = msg.flags & (MessageFlag.Ephemeral | MessageFlag.IsComponentsV2);
      msg.flags = keep | (body.flags & (MessageFlag.SuppressEmbeds | MessageFlag.IsComponentsV2));
    }
    msg.flags &= ~MessageFlag.Loading;
    msg.edited_timestamp = isoTimestamp();
    msg.meta.edits++;
    msg.meta.updatedAt = Date.now();
    this.applyMentions(msg);
    this.snapshot(msg);
    for (const name of missing) {
      this.violation({
        kind: "missing-attachment",
        message: `${what}: an embed references attachment://${name} but no file of that name is attached (the image would not show)`,
        ...(msg.meta.interactionId ? { interactionId: msg.meta.interactionId } : {}),
      });
    }
    if (!msg.meta.ephemeral)
      this.gateway.dispatchToGuild(msg.guild_id, "MESSAGE_UPDATE", this.gatewayMessage(msg));
    this.logLine(`${what} → edited message ${msg.id}`);
    return msg;
  }

  private snapshot(msg: StoredMessage): void {
    msg.meta.revisions.push({
      at: msg.meta.updatedAt,
      content: msg.content,
      embeds: structuredClone(msg.embeds),
      components: structuredClone(msg.components),
      attachments: msg.attachments.map((a) => a.filename),
      flags: msg.flags,
    });
  }

  private deleteMessage(msg: StoredMessage): void {
    msg.meta.deleted = true;
    if (!msg.meta.ephemeral) {
      this.gateway.dispatchToGuild(msg.guild_id, "MESSAGE_DELETE", {
        id: msg.id,
        channel_id: msg.channel_id,
        ...(msg.guild_id ? { guild_id: msg.guild_id } : {}),
      });
    }
  }

  private interactionMetadata(rec: InteractionRecord): Record<string, unknown> {
    const user = this.world.members.get(rec.userId)?.user;
    const base = {
      id: rec.id,
      type: rec.type,
      user,
      authorizing_integration_owners: { "0": this.guildOf(rec.channelId) ?? "0" },
    };
    if (rec.type === 2) {
      const data = (rec.payload as { data?: { name?: string } }).data;
      return { ...base, name: data?.name, command_type: 1 };
    }
    if (rec.type === 3 && rec.sourceMessageId) return { ...base, interacted_message_id: rec.sourceMessageId };
    return base;
  }

  /** A message as the REST API returns it (no bytes, no bookkeeping). */
  apiMessage(msg: StoredMessage): APIMessage {
    const { meta: _meta, attachments, allowed_mentions: _am, guild_id: _g, reactions, ...rest } = msg;
    const out: Record<string, unknown> = {
      ...rest,
      attachments: attachments.map(stripData),
      ...(reactions.length
        ? {
            reactions: reactions.map((r) => ({
              emoji: { id: null, name: r.emoji },
              count: r.count,
              count_details: { burst: 0, normal: r.count },
              me: r.me,
              me_burst: false,
              burst_colors: [],
            })),
          }
        : {}),
      pinned: false,
      mention_channels: [],
    };
    if (!msg.message_reference) {
      delete out.message_reference;
      delete out.referenced_message;
    }
    if (!msg.interaction_metadata) delete out.interaction_metadata;
    else if (msg.meta.origin === "interaction" && msg.interaction_metadata.type === 2) {
      // Deprecated `interaction` field, still sent by Discord and read by discord.js.
      const md = msg.interaction_metadata as { id: string; name?: string; user?: APIUser };
      out.interaction = { id: md.id, type: 2, name: md.name, user: md.user };
    }
    if (!msg.webhook_id) delete out.webhook_id;
    if (!msg.application_id) delete out.application_id;
    if (msg.nonce === null) delete out.nonce;
    return out as unknown as APIMessage;
  }

  private gatewayMessage(msg: StoredMessage): unknown {
    if (!msg.guild_id) return this.apiMessage(msg);
    return {
      ...this.apiMessage(msg),
      guild_id: msg.guild_id,
      member: guildMember(this.world, msg.author.id, false),
    };
  }

  private touchChannel(channelId: string, messageId: string): void {
    const ch = this.world.channels.get(channelId);
    if (ch) ch.lastMessageId = messageId;
  }

  // ----------------------------------------------------------------------------------------------
  // Internals: HTTP

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const method = (req.method ?? "GET").toUpperCase();
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const send = (reply: Reply) => {
      const headers: Record<string, string> = { ...(reply.headers ?? {}) };
      let payload: Buffer | string | undefined;
      if (reply.body instanceof Buffer) payload = reply.body;
      else if (reply.body !== undefined) {
        payload = JSON.stringify(reply.body);
        headers["content-type"] = "application/json";
      }
      res.writeHead(reply.status, headers);
      res.end(payload);
    };
    try {
      if (method === "GET" && url.pathname.startsWith("/attachments/")) {
        const [, , , id] = url.pathname.split("/");
        const blob = id ? this.blobs.get(id) : undefined;
        send(
          blob
            ? { status: 200, body: blob.data, headers: { "content-type": blob.content_type ?? "" } }
            : { status: 404, body: DiscordError.notFound().body },
        );
        return;
      }
      let raw: Buffer;
      try {
        raw = await readRaw(req, MAX_BODY);
      } catch (error) {
        const e = DiscordError.tooLarge();
        this.violation({ kind: "payload-too-large", message: (error as Error).message, status: e.status });
        send({ status: e.status, body: e.body });
        return;
      }
      const prefix = "/api/v10";
      const path = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : null;
      const finish = (reply: Reply, route: string | null, injected = false) => {
        send(reply);
        this.requests.push({
          at,
          method,
          path: path ?? url.pathname,
          route,
          query: url.search,
          status: reply.status,
          injected,
          ms: Date.now() - at,
        });
        if (this.requests.length > 10_000) this.requests.shift();
        this.changed();
      };
      const match = path === null ? null : this.match(method, path);
      if (!match || "methodMismatch" in match) {
        const e = match ? DiscordError.methodNotAllowed() : DiscordError.notFound();
        this.unknownRoutes.push({ method, path: path ?? url.pathname, status: e.status, at });
        this.logLine(`unknown route ${method} ${url.pathname}`);
        finish({ status: e.status, body: e.body }, null);
        return;
      }
      const { route, params } = match;
      const p = path as string;
      if (route.auth && req.headers.authorization !== `Bot ${this.token}`) {
        const e = DiscordError.unauthorized();
        this.violation({
          kind: "unauthorized",
          message: `${method} ${route.pattern} without a valid "Authorization: Bot <token>" header`,
          status: e.status,
          code: e.body.code,
          method,
          path: p,
        });
        finish({ status: e.status, body: e.body }, route.pattern);
        return;
      }
      const fault = this.takeFault(method, p);
      if (fault) {
        this.logLine(`injected ${fault.status} for ${method} ${p}`);
        finish(this.faultReply(fault), route.pattern, true);
        return;
      }
      let body: ParsedBody;
      try {
        body = await parseBody(raw, req.headers["content-type"]);
      } catch (error) {
        const status = error instanceof BodyError ? error.status : 400;
        const e = status === 413 ? DiscordError.tooLarge() : DiscordError.badJson();
        this.violation({ kind: "bad-request", message: (error as Error).message, status, method, path: p });
        finish({ status: e.status, body: e.body }, route.pattern);
        return;
      }
      const ctx: Ctx = { method, path: p, params, query: url.searchParams, body, at, route: route.pattern };
      let reply: Reply;
      try {
        reply = await route.handler(ctx);
      } catch (error) {
        if (error instanceof Failure) {
          if (error.kind) {
            const interactionId = params.id && this.interactions.has(params.id) ? params.id : undefined;
            const rec = params.token ? this.byToken.get(params.token) : undefined;
            this.violation({
              kind: error.kind,
              message: error.message,
              status: error.error.status,
              code: error.error.body.code,
              method,
              path: p,
              ...(interactionId ? { interactionId } : rec ? { interactionId: rec.id } : {}),
              ...(error.detail ? { detail: error.detail } : {}),
            });
          }
          reply = { status: error.error.status, body: error.error.body };
        } else {
          this.violation({
            kind: "standin-error",
            message: `stand-in crashed on ${method} ${p}: ${(error as Error).stack ?? String(error)}`,
          });
          reply = { status: 500, body: { message: "500: Internal Server Error", code: 0 } };
        }
      }
      finish(reply, route.pattern);
    } catch (error) {
      this.logLine(`request handling failed: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent) send({ status: 500, body: { message: "500: Internal Server Error", code: 0 } });
    }
  }

  private takeFault(method: string, path: string): FaultRule | undefined {
    const rule = this.faults.find(
      (f) => f.remaining > 0 && (f.method === null || f.method === method) && f.regex.test(path),
    );
    if (rule) {
      rule.remaining--;
      rule.hits++;
    }
    return rule;
  }

  private faultReply(rule: FaultRule): Reply {
    if (rule.status === 429) {
      const retryAfter = rule.options.retryAfter ?? 0.1;
      const e = DiscordError.rateLimited(retryAfter, rule.options.global ?? false);
      return {
        status: 429,
        body: e.body,
        headers: {
          "retry-after": String(retryAfter),
          "x-ratelimit-limit": "5",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset-after": String(retryAfter),
          "x-ratelimit-scope": rule.options.global ? "global" : "user",
          ...(rule.options.global ? { "x-ratelimit-global": "true" } : {}),
        },
      };
    }
    const e =
      rule.status >= 500
        ? DiscordError.serverError(rule.status)
        : {
            status: rule.status,
            body: { message: `${rule.status}: ${STATUS_CODES[rule.status] ?? "Error"}`, code: 0 },
          };
    return { status: e.status, body: e.body };
  }

  private match(
    method: string,
    path: string,
  ): { route: Route; params: Record<string, string> } | { methodMismatch: true } | null {
    const segments = path.split("/").filter(Boolean).map(safeDecode);
    let mismatch = false;
    for (const route of this.routes) {
      if (route.segments.length !== segments.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < segments.length; i++) {
        const pat = route.segments[i] as string;
        const seg = segments[i] as string;
        if (pat.startsWith(":")) params[pat.slice(1)] = seg;
        else if (pat !== seg) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (route.method !== method) {
        mismatch = true;
        continue;
      }
      return { route, params };
    }
    return mismatch ? { methodMismatch: true } : null;
  }

  private route(method: string, pattern: string, handler: Route["handler"], auth = true): void {
    this.routes.push({ method, pattern, segments: pattern.split("/").filter(Boolean), auth, handler });
  }

  // ----------------------------------------------------------------------------------------------
  // Routes

  private defineRoutes(): void {
    const json = (body: unknown, status = 200): Reply => ({ status, body });
    const noContent: Reply = { status: 204 };

    // Gateway
    this.route("GET", "/gateway", () => json({ url: this.gatewayUrl }), false);
    this.route("GET", "/gateway/bot", () =>
      json({
        url: this.gatewayUrl,
        shards: this.opts.recommendedShards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      }),
    );

    // Users & application
    this.route("GET", "/users/@me", () =>
      json({ ...this.bot, verified: true, mfa_enabled: false, flags: 0 }),
    );
    this.route("GET", "/users/:userId", (c) => {
      const m = this.world.members.get(c.params.userId as string);
      if (!m) throw new Failure(DiscordError.unknownUser(), null, "unknown user");
      return json(m.user);
    });
    const application = () =>
      json({
        id: this.applicationId,
        name: this.world.applicationName,
        icon: null,
        description: "",
        summary: "",
        type: null,
        bot: this.bot,
        bot_public: true,
        bot_require_code_grant: false,
        verify_key: "0".repeat(64),
        flags: 0,
        hook: true,
        is_monetized: false,
        owner: this.world.members.get(this.world.guild.ownerId)?.user,
        team: null,
        approximate_guild_count: 1,
        interactions_endpoint_url: null,
        integration_types_config: { "0": {} },
        install_params: { scopes: ["bot", "applications.commands"], permissions: "0" },
        tags: [],
        redirect_uris: [],
        rpc_origins: [],
      });
    this.route("GET", "/applications/@me", application);
    this.route("GET", "/oauth2/applications/@me", application);

    // Commands (global and guild)
    for (const scope of ["global", "guild"] as const) {
      const base =
        scope === "global"
          ? "/applications/:appId/commands"
          : "/applications/:appId/guilds/:guildId/commands";
      this.route("GET", base, (c) => json(this.registeredCommands(this.commandScope(c))));
      this.route("PUT", base, (c) => this.putCommands(c));
      this.route("POST", base, (c) => this.postCommand(c));
      this.route("GET", `${base}/:commandId`, (c) => json(this.commandById(c)));
      this.route("PATCH", `${base}/:commandId`, (c) => this.patchCommand(c));
      this.route("DELETE", `${base}/:commandId`, (c) => {
        const cmd = this.commandById(c);
        this.commandMap(this.commandScope(c)).delete(cmd.id);
        this.changed();
        return noContent;
      });
    }

    // Interactions
    this.route("POST", "/interactions/:id/:token/callback", (c) => this.onCallback(c), false);
    this.route("POST", "/webhooks/:appId/:token", (c) => this.onFollowUp(c), false);
    this.route(
      "GET",
      "/webhooks/:appId/:token/messages/:messageId",
      (c) => {
        const rec = this.webhookInteraction(c);
        return json(this.apiMessage(this.webhookMessage(rec, c)));
      },
      false,
    );
    this.route(
      "PATCH",
      "/webhooks/:appId/:token/messages/:messageId",
      (c) => {
        const rec = this.webhookInteraction(c);
        const msg = this.webhookMessage(rec, c);
        const what = `${rec.label}: edit ${c.params.messageId}`;
        this.editMessage(msg, this.bodyObject(c), c.body.files, [], what);
        this.changed();
        return json(this.apiMessage(msg));
      },
      false,
    );
    this.route(
      "DELETE",
      "/webhooks/:appId/:token/messages/:messageId",
      (c) => {
        const rec = this.webhookInteraction(c);
        this.deleteMessage(this.webhookMessage(rec, c));
        this.changed();
        return noContent;
      },
      false,
    );

    // Channels & messages
    this.route("GET", "/channels/:channelId", (c) => {
      const ch = this.channel(c);
      return json(
        ch.dm
          ? dmChannel(this.world, ch.id)
          : textChannel(this.world, this.world.channels.get(ch.id) as never),
      );
    });
    this.route("POST", "/users/@me/channels", (c) => {
      const body = this.bodyObject(c);
      const recipient = typeof body.recipient_id === "string" ? body.recipient_id : "";
      if (!this.world.members.has(recipient)) {
        throw new Failure(DiscordError.unknownUser(), null, "DM with an unknown user");
      }
      return json(dmChannel(this.world, dmChannelId(this.world, recipient)));
    });
    this.route("POST", "/channels/:channelId/typing", (c) => {
      this.channel(c);
      this.typing.push({ at: c.at, channelId: c.params.channelId as string });
      this.changed();
      return noContent;
    });
    this.route("GET", "/channels/:channelId/messages", (c) => {
      const ch = this.channel(c);
      const limit = Math.min(Number(c.query.get("limit") ?? 50) || 50, 100);
      const list = this.channelMessages(ch.id).reverse().slice(0, limit);
      return json(list.map((m) => this.apiMessage(m)));
    });
    this.route("POST", "/channels/:channelId/messages", (c) => {
      const ch = this.channel(c);
      if (!ch.dm) this.requirePermission(Perm.ViewChannel | Perm.SendMessages, "send messages", c);
      const body = this.bodyObject(c);
      if (c.body.files.length > 0 && !ch.dm) this.requirePermission(Perm.AttachFiles, "attach files", c);
      const msg = this.createMessage({
        channelId: ch.id,
        body,
        files: c.body.files,
        origin: "channel",
        rec: null,
        prefix: [],
        type: 0,
        what: `POST /channels/${ch.id}/messages`,
      });
      this.changed();
      return json(this.apiMessage(msg));
    });
    this.route("GET", "/channels/:channelId/messages/:messageId", (c) =>
      json(this.apiMessage(this.channelMessage(c))),
    );
    this.route("PATCH", "/channels/:channelId/messages/:messageId", (c) => {
      const msg = this.channelMessage(c);
      if (msg.author.id !== this.bot.id) {
        throw new Failure(
          DiscordError.cannotEditOthers(),
          "missing-permissions",
          "edit of another user's message",
        );
      }
      this.editMessage(msg, this.bodyObject(c), c.body.files, [], `PATCH message ${msg.id}`);
      this.changed();
      return json(this.apiMessage(msg));
    });
    this.route("DELETE", "/channels/:channelId/messages/:messageId", (c) => {
      const msg = this.channelMessage(c);
      if (msg.author.id !== this.bot.id)
        this.requirePermission(Perm.ManageMessages, "delete others' messages", c);
      this.deleteMessage(msg);
      this.changed();
      return noContent;
    });
    for (const method of ["PUT", "DELETE"] as const) {
      this.route(method, "/channels/:channelId/messages/:messageId/reactions/:emoji/@me", (c) => {
        const msg = this.channelMessage(c);
        const emoji = c.params.emoji as string;
        const existing = msg.reactions.find((r) => r.emoji === emoji);
        if (method === "PUT") {
          this.requirePermission(Perm.AddReactions | Perm.ReadMessageHistory, "add reactions", c);
          if (!existing) msg.reactions.push({ emoji, count: 1, me: true });
          else if (!existing.me) {
            existing.me = true;
            existing.count++;
          }
        } else if (existing?.me) {
          existing.me = false;
          existing.count--;
          if (existing.count <= 0) msg.reactions.splice(msg.reactions.indexOf(existing), 1);
        }
        this.changed();
        return noContent;
      });
    }

    // Guild
    this.route("GET", "/guilds/:guildId", (c) => {
      this.guild(c);
      const {
        members: _m,
        channels: _c,
        voice_states: _v,
        presences: _p,
        threads: _t,
        ...guild
      } = guildCreatePayload(this.world) as unknown as Record<string, unknown>;
      return json(guild);
    });
    this.route("GET", "/guilds/:guildId/channels", (c) => {
      this.guild(c);
      return json([...this.world.channels.values()].map((ch) => textChannel(this.world, ch)));
    });
    this.route("GET", "/guilds/:guildId/roles", (c) => {
      this.guild(c);
      return json(this.world.roles);
    });
    this.route("GET", "/guilds/:guildId/members/:userId", (c) => {
      this.guild(c);
      if (!this.world.members.has(c.params.userId as string)) {
        throw new Failure(DiscordError.unknownMember(), null, "unknown member");
      }
      return json(guildMember(this.world, c.params.userId as string));
    });
  }

  private bodyObject(c: Ctx): Record<string, unknown> {
    const body = c.body.json;
    if (body === undefined) return {};
    if (!isRecord(body)) {
      throw new Failure(
        DiscordError.badJson(),
        "bad-request",
        `${c.method} ${c.route}: body is not a JSON object`,
      );
    }
    return body;
  }

  /** A guild text channel or a DM channel with the bot. */
  private channel(c: Ctx): { id: string; dm: boolean } {
    const id = c.params.channelId as string;
    if (this.world.dms.has(id)) return { id, dm: true };
    const ch = this.world.channels.get(id);
    if (!ch) {
      throw new Failure(
        DiscordError.unknownChannel(),
        "unknown-channel",
        `${c.method} ${c.path}: unknown channel`,
      );
    }
    return { id: ch.id, dm: false };
  }

  private channelMessage(c: Ctx): StoredMessage {
    const ch = this.channel(c);
    const msg = this.store.get(c.params.messageId as string);
    if (!msg || msg.channel_id !== ch.id || msg.meta.deleted || msg.meta.ephemeral) {
      throw new Failure(
        DiscordError.unknownMessage(),
        "unknown-message",
        `${c.method} ${c.path}: unknown message`,
      );
    }
    return msg;
  }

  private guild(c: Ctx): void {
    if (c.params.guildId !== this.guildId) {
      throw new Failure(DiscordError.unknownGuild(), null, "unknown guild");
    }
  }

  private requirePermission(perm: bigint, what: string, c: Ctx): void {
    if (c.params.channelId && this.world.dms.has(c.params.channelId)) {
      if (perm & Perm.ManageMessages) {
        const e = { status: 403, body: { message: "Cannot execute action on a DM channel", code: 50003 } };
        throw new Failure(e, "missing-permissions", `${c.method} ${c.route}: not possible in a DM (${what})`);
      }
      return;
    }
    if (!hasPermission(this.world, this.bot.id, perm)) {
      const e = { status: 403, body: { message: "Missing Permissions", code: 50013 } };
      throw new Failure(
        e,
        "missing-permissions",
        `${c.method} ${c.route}: the bot lacks the permission to ${what}`,
      );
    }
  }

  // ---- commands

  private commandScope(c: Ctx): string | undefined {
    if (c.params.appId !== this.applicationId) {
      throw new Failure(
        DiscordError.missingAccess(),
        "wrong-application",
        `${c.method} ${c.route} for application ${String(c.params.appId)}, but the bot's application is ${this.applicationId}`,
      );
    }
    if (c.params.guildId !== undefined && c.params.guildId !== this.guildId) {
      throw new Failure(
        DiscordError.missingAccess(),
        "wrong-application",
        `${c.method} ${c.route}: the bot is not in guild ${c.params.guildId}`,
      );
    }
    return c.params.guildId;
  }

  private commandMap(guildId: string | undefined): Map<string, APIApplicationCommand> {
    if (!guildId) return this.globalCommands;
    let map = this.guildCommands.get(guildId);
    if (!map) {
      map = new Map();
      this.guildCommands.set(guildId, map);
    }
    return map;
  }

  private commandById(c: Ctx): APIApplicationCommand {
    const cmd = this.commandMap(this.commandScope(c)).get(c.params.commandId as string);
    if (!cmd) throw new Failure(DiscordError.unknownCommand(), null, "unknown command");
    return cmd;
  }

  private putCommands(c: Ctx): Reply {
    const guildId = this.commandScope(c);
    const body = c.body.json;
    const issues = validateCommandList(body);
    if (issues.length) throw this.formFailure(issues, [], `${c.method} ${c.route}`);
    const map = this.commandMap(guildId);
    const previous = [...map.values()];
    map.clear();
    for (const raw of body as Record<string, unknown>[]) {
      const prev = previous.find((p) => p.name === raw.name && (p.type ?? 1) === (raw.type ?? 1));
      const stored = storeCommand(raw, this.applicationId, guildId, prev);
      map.set(stored.id, stored);
    }
    this.logLine(
      `commands registered (${guildId ? `guild ${guildId}` : "global"}): ${[...map.values()].map((x) => x.name).join(", ")}`,
    );
    this.changed();
    return { status: 200, body: [...map.values()] };
  }

  private postCommand(c: Ctx): Reply {
    const guildId = this.commandScope(c);
    const body = this.bodyObject(c);
    const issues = validateCommand(body, []);
    if (issues.length) throw this.formFailure(issues, [], `${c.method} ${c.route}`);
    const map = this.commandMap(guildId);
    const prev = [...map.values()].find((p) => p.name === body.name && (p.type ?? 1) === (body.type ?? 1));
    const stored = storeCommand(body, this.applicationId, guildId, prev);
    map.set(stored.id, stored);
    this.changed();
    return { status: prev ? 200 : 201, body: stored };
  }

  private patchCommand(c: Ctx): Reply {
    const cmd = this.commandById(c);
    const merged = { ...cmd, ...this.bodyObject(c) } as Record<string, unknown>;
    const issues = validateCommand(merged, []);
    if (issues.length) throw this.formFailure(issues, [], `${c.method} ${c.route}`);
    const stored = storeCommand(merged, this.applicationId, cmd.guild_id, cmd);
    this.commandMap(cmd.guild_id).set(stored.id, stored);
    this.changed();
    return { status: 200, body: stored };
  }

  // ---- interaction callback & webhooks

  private onCallback(c: Ctx): Reply {
    const { id = "", token = "" } = c.params;
    const rec = this.interactions.get(id);
    const body = c.body.json;
    const type = isRecord(body) ? body.type : undefined;
    if (!rec || rec.token !== token) {
      throw new Failure(
        DiscordError.unknownInteraction(),
        "unknown-interaction",
        `callback for an interaction the stand-in never sent (${id})`,
      );
    }
    const elapsed = c.at - rec.createdAt;
    const attempt = (status: number) => rec.attempts.push({ at: c.at, type, status, elapsedMs: elapsed });
    if (rec.state === "pending" && elapsed > this.opts.interactionDeadlineMs) this.expire(rec);
    if (rec.state === "expired") {
      attempt(404);
      throw new Failure(
        DiscordError.unknownInteraction(),
        "unknown-interaction",
        `${rec.label}: initial response (type ${String(type)}) arrived ${elapsed} ms after the interaction; the limit is ${this.opts.interactionDeadlineMs} ms`,
      );
    }
    if (rec.state === "acknowledged") {
      attempt(400);
      throw new Failure(
        DiscordError.alreadyAcknowledged(),
        "already-acknowledged",
        `${rec.label}: a second initial response (type ${String(type)}) after type ${rec.responseType}; use the webhook endpoints (editReply/followUp)`,
      );
    }
    const valid = VALID_RESPONSES[rec.type] ?? [];
    const modalFromCommand = rec.type === 5 && !rec.sourceMessageId && (type === 6 || type === 7);
    if (typeof type !== "number" || !valid.includes(type) || modalFromCommand) {
      attempt(400);
      throw new Failure(
        DiscordError.invalidForm([
          {
            path: ["type"],
            code: "INTERACTION_RESPONSE_TYPE_INVALID",
            message: "Invalid interaction response type",
          },
        ]),
        "invalid-response-type",
        `${rec.label}: response type ${String(type)} is not valid for a ${INTERACTION_KIND[rec.type] ?? rec.type} interaction (valid: ${valid.join(", ")})`,
      );
    }
    const data = isRecord(body) && isRecord(body.data) ? body.data : {};
    const what = `${rec.label}: initial response type ${type}`;
    let message: StoredMessage | null = null;
    try {
      switch (type) {
        case 4:
          message = this.createMessage({
            channelId: rec.channelId,
            body: data,
            files: c.body.files,
            origin: "interaction",
            rec,
            prefix: ["data"],
            type: rec.type === 2 ? 20 : 0,
            what,
          });
          rec.originalId = message.id;
          break;
        case 5: {
          const flags = typeof data.flags === "number" ? data.flags & MessageFlag.Ephemeral : 0;
          message = this.createMessage({
            channelId: rec.channelId,
            body: { flags },
            files: [],
            origin: "interaction",
            rec,
            prefix: ["data"],
            type: rec.type === 2 ? 20 : 0,
            what,
            loading: true,
          });
          rec.originalId = message.id;
          break;
        }
        case 6: {
          const source = rec.sourceMessageId ? this.store.get(rec.sourceMessageId) : undefined;
          rec.originalId = source?.id ?? null;
          rec.sourceEditsAtResponse = source?.meta.edits ?? 0;
          break;
        }
        case 7: {
          const source = rec.sourceMessageId ? this.store.get(rec.sourceMessageId) : undefined;
          if (!source)
            throw new Failure(DiscordError.unknownMessage(), "unknown-message", `${what}: no message`);
          message = this.editMessage(source, data, c.body.files, ["data"], what);
          rec.originalId = source.id;
          break;
        }
        case 8: {
          const issues = validateAutocompleteData(data, rec.focusedOptionType);
          if (issues.length) throw this.formFailure(issues, ["data"], what);
          rec.choices = structuredClone(data.choices) as InteractionRecord["choices"];
          break;
        }
        case 9: {
          const issues = validateModalData(data);
          if (issues.length) throw this.formFailure(issues, ["data"], what);
          rec.modal = structuredClone(data);
          break;
        }
      }
    } catch (error) {
      attempt(error instanceof Failure ? error.error.status : 500);
      throw error;
    }
    const withResponse = ["true", "1", "True"].includes(c.query.get("with_response") ?? "");
    attempt(withResponse ? 200 : 204);
    rec.state = "acknowledged";
    rec.responseType = type;
    rec.responseData = data;
    rec.respondedAt = c.at;
    if (rec.timer) {
      clearTimeout(rec.timer);
      rec.timer = null;
    }
    this.logLine(`${what} accepted after ${elapsed} ms`);
    this.changed();
    if (!withResponse) return { status: 204 };
    const original = rec.originalId ? this.store.get(rec.originalId) : undefined;
    return {
      status: 200,
      body: {
        interaction: {
          id: rec.id,
          type: rec.type,
          ...(original
            ? {
                response_message_id: original.id,
                response_message_loading: Boolean(original.flags & MessageFlag.Loading),
                response_message_ephemeral: original.meta.ephemeral,
              }
            : {}),
        },
        resource: {
          type,
          ...((type === 4 || type === 7) && message ? { message: this.apiMessage(message) } : {}),
        },
      },
    };
  }

  private webhookInteraction(c: Ctx): InteractionRecord {
    const rec = this.byToken.get(c.params.token as string);
    if (!rec || c.params.appId !== this.applicationId) {
      throw new Failure(
        DiscordError.unknownWebhook(),
        "unknown-webhook",
        `${c.method} ${c.route}: unknown webhook/token`,
      );
    }
    if (c.at - rec.createdAt > this.opts.interactionTokenTtlMs) {
      throw new Failure(
        DiscordError.invalidWebhookToken(),
        "interaction-token-expired",
        `${rec.label}: ${c.method} ${c.route} after the interaction token expired`,
      );
    }
    if (rec.state !== "acknowledged") {
      throw new Failure(
        DiscordError.unknownWebhook(),
        "webhook-before-ack",
        `${rec.label}: ${c.method} ${c.route} on an interaction that was ${rec.state === "expired" ? "never acknowledged in time" : "not acknowledged yet"}`,
      );
    }
    return rec;
  }

  private webhookMessage(rec: InteractionRecord, c: Ctx): StoredMessage {
    const id = c.params.messageId as string;
    const msgId =
      id === "@original" ? rec.originalId : rec.followUpIds.includes(id) || id === rec.originalId ? id : null;
    const msg = msgId ? this.store.get(msgId) : undefined;
    if (!msg || msg.meta.deleted) {
      throw new Failure(
        DiscordError.unknownMessage(),
        "unknown-message",
        `${rec.label}: ${c.method} ${c.route} with ${id}: no such message for this interaction`,
      );
    }
    return msg;
  }

  private onFollowUp(c: Ctx): Reply {
    const rec = this.webhookInteraction(c);
    if (rec.responseType === 8 || rec.responseType === 9) {
      // Autocomplete results allow no follow-up; a modal's follow-ups belong to the submit interaction.
      throw new Failure(
        DiscordError.unknownWebhook(),
        "webhook-before-ack",
        `${rec.label}: follow-up after a type ${rec.responseType} response`,
      );
    }
    const body = this.bodyObject(c);
    const original = rec.originalId ? this.store.get(rec.originalId) : undefined;
    if (
      rec.responseType === 5 &&
      original &&
      original.flags & MessageFlag.Loading &&
      !original.meta.deleted
    ) {
      // Documented back-compat: the first follow-up after a deferred reply edits the loading message.
      this.editMessage(
        original,
        body,
        c.body.files,
        [],
        `${rec.label}: follow-up (edits the deferred reply)`,
      );
      this.changed();
      return { status: 200, body: this.apiMessage(original) };
    }
    const msg = this.createMessage({
      channelId: rec.channelId,
      body,
      files: c.body.files,
      origin: "interaction",
      rec,
      prefix: [],
      type: 0,
      what: `${rec.label}: follow-up`,
    });
    rec.followUpIds.push(msg.id);
    this.changed();
    return { status: 200, body: this.apiMessage(msg) };
  }
}

function stripData(att: StoredAttachment): APIAttachment {
  const { data: _data, ...rest } = att;
  return rest;
}

const LOCALES = new Set<string>(Object.values(DiscordLocale));

/** Discord's locale codes are few and exact ("fr", "en-US", "pt-BR"; not "fr-FR"). */
function checkLocale(locale: string): Locale {
  if (!LOCALES.has(locale)) {
    throw new Error(`standin: "${locale}" is not a Discord locale (one of: ${[...LOCALES].join(", ")})`);
  }
  return locale as Locale;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
