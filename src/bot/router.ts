// The one place Discord events become work: look the command up, check the rate limit, read the
// options through the command's definition, defer when the command may be slow, run, render,
// reply. Everything is caught: a failing handler answers the user with a short ephemeral error
// and an id that appears in the log, and one JSON log line records every interaction.
import { randomUUID } from "node:crypto";
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  type Interaction,
  type Message,
  MessageFlags,
  RESTJSONErrorCodes,
  type StringSelectMenuInteraction,
} from "discord.js";
import { inLanguage } from "../answers/context.js";
import type { AppContext } from "../app.js";
import type { Command, CommandContext } from "../commands/command.js";
import { readArguments } from "../commands/definition.js";
import { answerUnderstood, understandQuestion } from "../questions/answer.js";
import { subjectOf } from "../questions/subject.js";
import { type Audience, audienceOf, commandAudience } from "./audience.js";
import type { ChartDrawer } from "./chart-pool.js";
import { handleComponent } from "./component-handler.js";
import { decodeComponentId } from "./component-ids.js";
import { type ActionRow, COMPONENT_TTL_MS, disabledComponents } from "./components.js";
import type { Logger } from "./logger.js";
import { ConversationMemory } from "./memory.js";
import { present } from "./present.js";
import type { RateLimiter } from "./rate-limit.js";
import { ephemeral, errorReply, noticeReply } from "./respond.js";

export interface RouterDeps {
  commands: ReadonlyMap<string, Command>;
  ctx: AppContext;
  /** PROJECT_URL, shown by /about. */
  projectUrl?: string | undefined;
  limiter: RateLimiter;
  logger: Logger;
  botUserId: () => string | undefined;
  /** Where charts are drawn (this process when not given). */
  charts?: ChartDrawer | undefined;
  /** What each person last asked about (created here when not given). */
  memory?: ConversationMemory | undefined;
  /** When a reply's buttons are disabled: a little before they expire (tests make it short). */
  disableButtonsAfterMs?: number | undefined;
}

/** Discord API errors that mean "too late or gone", not a bug: logged at warn, never rethrown. */
const EXPECTED_API_ERRORS = new Set<number>([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
  RESTJSONErrorCodes.UnknownMessage,
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
]);

/** Resolves after the events already waiting (incoming interactions first) have been handled. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

export function isExpectedApiError(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError && typeof error.code === "number" && EXPECTED_API_ERRORS.has(error.code)
  );
}

export class Router {
  private readonly inflight = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private draining = false;

  private readonly memory: ConversationMemory;

  constructor(private readonly deps: RouterDeps) {
    this.memory = deps.memory ?? new ConversationMemory();
  }

  /** Stop taking new work; resolves when every reply under way has been sent (or `timeoutMs` passed). */
  async drain(timeoutMs = 8_000): Promise<void> {
    this.draining = true;
    for (const timer of this.timers) clearTimeout(timer);
    const all = Promise.allSettled([...this.inflight]);
    await Promise.race([all, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
  }

  /** Others are being answered: this event's work should not keep an acknowledgement waiting. */
  private get busy(): boolean {
    return this.inflight.size > 1;
  }

  /** True once shutdown has begun. */
  get isDraining(): boolean {
    return this.draining;
  }

  get inflightCount(): number {
    return this.inflight.size;
  }

  onInteraction = (interaction: Interaction): void => {
    this.track(this.handleInteraction(interaction));
  };

  onMessage = (message: Message): void => {
    this.track(this.handleMessage(message));
  };

  private track(work: Promise<void>): void {
    this.inflight.add(work);
    void work.finally(() => this.inflight.delete(work));
  }

  /** What a command runs with: the data in the language its audience reads. */
  private context(locale: string, audience: Audience): CommandContext {
    const ctx = { ...this.deps.ctx, locale, projectUrl: this.deps.projectUrl };
    return inLanguage(ctx, audience.language);
  }

  private async handleInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return this.handleAutocomplete(interaction);
    if (interaction.isChatInputCommand()) return this.handleCommand(interaction);
    if (interaction.isButton() || interaction.isStringSelectMenu())
      return this.handleComponentPress(interaction);
  }

  private async handleComponentPress(
    interaction: ButtonInteraction | StringSelectMenuInteraction,
  ): Promise<void> {
    const started = performance.now();
    const errorId = randomUUID().slice(0, 8);
    const log = {
      kind: "component",
      customId: interaction.customId,
      userId: interaction.user.id,
      guildId: interaction.guildId,
    };
    const state = decodeComponentId(interaction.customId);
    const audience = audienceOf({
      kind: "component",
      state,
      locale: interaction.locale,
      userId: interaction.user.id,
    });
    let outcome: string = "error";
    try {
      if (this.draining) {
        outcome = "draining";
        await interaction.reply(ephemeral(noticeReply(audience.m.bot.restarting, audience)));
        return;
      }
      outcome = await handleComponent(interaction, this.deps.ctx, state, audience, this.deps.charts);
    } catch (error) {
      this.logApiError(error, "component failed", { ...log, errorId });
      await this.replyWithError(interaction, errorId, audience);
    } finally {
      this.deps.logger.info(
        { ...log, outcome, latencyMs: Math.round(performance.now() - started) },
        "interaction",
      );
    }
  }

  /** Disables a reply's buttons a little before they expire, while its token still allows edits. */
  private expireLater(
    edit: (change: { components: ActionRow[] }) => Promise<unknown>,
    rows: ActionRow[],
  ): void {
    if (rows.length === 0) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        edit({ components: disabledComponents(rows) }).catch((error: unknown) =>
          this.logApiError(error, "could not disable expired buttons"),
        );
      },
      this.deps.disableButtonsAfterMs ?? COMPONENT_TTL_MS - 30_000,
    );
    timer.unref();
    this.timers.add(timer);
  }

  private async handleAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const started = performance.now();
    const focused = interaction.options.getFocused(true);
    const command = this.deps.commands.get(interaction.commandName);
    let choices: { name: string; value: string }[] = [];
    try {
      if (!this.draining && command?.autocomplete) {
        const asker = audienceOf({
          kind: "command",
          locale: interaction.locale,
          userId: interaction.user.id,
        });
        choices = command.autocomplete(
          focused.name,
          String(focused.value),
          this.context(interaction.locale, asker),
        );
      }
    } catch (error) {
      this.deps.logger.error({ err: error, command: interaction.commandName }, "autocomplete failed");
    }
    try {
      // Discord: at most 25 choices, names and values 1-100 characters.
      await interaction.respond(
        choices.slice(0, 25).map((c) => ({ name: c.name.slice(0, 100), value: c.value.slice(0, 100) })),
      );
    } catch (error) {
      this.logApiError(error, "autocomplete reply failed");
    }
    this.deps.logger.debug(
      {
        kind: "autocomplete",
        command: interaction.commandName,
        option: focused.name,
        typed: String(focused.value).slice(0, 100),
        choices: choices.length,
        latencyMs: Math.round(performance.now() - started),
      },
      "autocomplete",
    );
  }

  private async handleCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const started = performance.now();
    const errorId = randomUUID().slice(0, 8);
    const log = {
      kind: "command",
      command: interaction.commandName,
      options: Object.fromEntries(interaction.options.data.map((o) => [o.name, o.value])),
      userId: interaction.user.id,
      guildId: interaction.guildId,
      locale: interaction.locale,
    };
    const asker = audienceOf({ kind: "command", locale: interaction.locale, userId: interaction.user.id });
    const { m } = asker;
    let outcome = "answered";
    try {
      if (this.draining) {
        outcome = "draining";
        await interaction.reply(ephemeral(noticeReply(m.bot.restartingAsk, asker)));
        return;
      }
      const command = this.deps.commands.get(interaction.commandName);
      if (!command) {
        outcome = "unknown-command";
        await interaction.reply(ephemeral(noticeReply(m.bot.unknownCommand, asker)));
        return;
      }
      const verdict = this.deps.limiter.take(interaction.user.id);
      if (!verdict.allowed) {
        outcome = "rate-limited";
        await interaction.reply(ephemeral(noticeReply(m.bot.rateLimited(verdict.retryAfterSeconds), asker)));
        return;
      }
      const read = readArguments(command.definition, (name) => interaction.options.get(name)?.value);
      if (!read.ok) {
        outcome = "bad-options";
        await interaction.reply(ephemeral(noticeReply(read.problem, asker)));
        return;
      }
      const hidden = (read.args as { hide?: boolean }).hide === true;
      const defer = () => interaction.deferReply(hidden ? { flags: MessageFlags.Ephemeral } : {});
      // Acknowledge first when others are being answered: Discord drops an interaction not
      // acknowledged within 3 s, and this one's turn may come late. Then let the interactions
      // that arrived meanwhile be acknowledged before answering this one.
      if (this.busy) {
        await defer();
        await yieldToOthers();
      }
      const channelId = interaction.channelId ?? "";
      const previous = this.memory.recall(channelId, interaction.user.id, asker.now);
      const reply = command.run(read.args, { ...this.context(interaction.locale, asker), previous });
      const subject = subjectOf(reply);
      if (subject !== undefined) this.memory.remember(channelId, interaction.user.id, subject, asker.now);
      // An /ask answer speaks its question's language, buttons included; any other the locale's.
      const audience = commandAudience(interaction.locale, interaction.user.id, reply, asker.now);
      const presentation = present(reply, audience, this.deps.ctx, this.deps.charts);
      // Answers are fast; drawing a chart isn't always: acknowledge first when there is one to draw.
      if (!interaction.deferred && (command.slow || presentation.slow)) await defer();
      const payload = await presentation.message();
      if (interaction.deferred) await interaction.editReply(payload);
      else await interaction.reply(hidden ? ephemeral(payload) : payload);
      this.expireLater((change) => interaction.editReply(change), presentation.components);
    } catch (error) {
      outcome = "error";
      this.logApiError(error, "command failed", { ...log, errorId });
      await this.replyWithError(interaction, errorId, asker);
    } finally {
      this.deps.logger.info(
        { ...log, outcome, latencyMs: Math.round(performance.now() - started) },
        "interaction",
      );
    }
  }

  private async replyWithError(
    interaction: ChatInputCommandInteraction | ButtonInteraction | StringSelectMenuInteraction,
    errorId: string,
    audience: Audience,
  ): Promise<void> {
    const payload = ephemeral(errorReply(errorId, audience));
    try {
      if (interaction.deferred || interaction.replied) await interaction.followUp(payload);
      else await interaction.reply(payload);
    } catch (error) {
      this.logApiError(error, "could not send the error reply", { errorId });
    }
  }

  private async handleMessage(message: Message): Promise<void> {
    const botId = this.deps.botUserId();
    if (!botId || message.author.bot || this.draining) return;
    // Only a direct mention of the bot: not @everyone, @here or a role it happens to have.
    if (!message.mentions.users.has(botId)) return;
    const started = performance.now();
    const errorId = randomUUID().slice(0, 8);
    const log = {
      kind: "mention",
      userId: message.author.id,
      guildId: message.guildId,
      length: message.content.length,
    };
    let outcome = "answered";
    const question = message.content.replace(new RegExp(`<@!?${botId}>`, "g"), " ").trim();
    const locale = message.guild?.preferredLocale ?? "en-US";
    // Until the question is read, notes follow the server's language.
    let audience = audienceOf({ kind: "command", locale, userId: message.author.id });
    const ctx = this.context(locale, audience);
    try {
      // Read once: the question's language is the whole reply's, notes and buttons included.
      // A mention has no 3 s deadline: under load, the interactions waiting to be acknowledged go first.
      if (this.busy) await yieldToOthers();
      // "Who founded it?": what this person last asked about here, or what the bot message they
      // reply to was about.
      const replyingTo = message.reference?.messageId;
      const previous =
        (replyingTo !== undefined ? this.memory.recallMessage(replyingTo, audience.now) : undefined) ??
        this.memory.recall(message.channelId, message.author.id, audience.now);
      const understanding = understandQuestion(question, ctx, previous);
      audience = audienceOf({ kind: "question", understanding, userId: message.author.id }, audience.now);
      const verdict = this.deps.limiter.take(message.author.id);
      if (!verdict.allowed) {
        outcome = "rate-limited";
        await message.reply(noticeReply(audience.m.bot.rateLimitedAsk(verdict.retryAfterSeconds), audience));
        return;
      }
      const reply = answerUnderstood(understanding, ctx);
      // Kept before the reply goes out: the asker's next question may come as soon as they read it.
      const subject = subjectOf(reply);
      if (subject !== undefined)
        this.memory.remember(message.channelId, message.author.id, subject, audience.now);
      const presentation = present(reply, audience, this.deps.ctx, this.deps.charts);
      const sent = await message.reply(await presentation.message());
      if (subject !== undefined) this.memory.rememberMessage(sent.id, subject, audience.now);
      this.expireLater((change) => sent.edit(change), presentation.components);
    } catch (error) {
      outcome = "error";
      this.logApiError(error, "mention failed", { ...log, errorId });
      try {
        await message.reply(errorReply(errorId, audience));
      } catch (replyError) {
        this.logApiError(replyError, "could not send the error reply", { errorId });
      }
    } finally {
      this.deps.logger.info(
        { ...log, outcome, latencyMs: Math.round(performance.now() - started) },
        "mention",
      );
    }
  }

  private logApiError(error: unknown, msg: string, extra: object = {}): void {
    if (isExpectedApiError(error)) {
      const e = error as DiscordAPIError;
      this.deps.logger.warn({ ...extra, code: e.code, status: e.status, discordMessage: e.message }, msg);
    } else {
      this.deps.logger.error({ ...extra, err: error }, msg);
    }
  }
}
