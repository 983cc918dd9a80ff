/**
 * Acting as Discord users: the INTERACTION_CREATE / MESSAGE_CREATE a real client would cause by invoking
 * a command, typing into an autocomplete option, clicking a component, submitting a modal or posting a
 * message — refusing what Discord's client would not let a user do.
 */
import type { APIUser } from "discord.js";
import { resolveActor } from "./actor.js";
import { apiMessage } from "./api-message.js";
import { type AttachmentStore, stripData } from "./attachments.js";
import { buildOptions, findOption, type OptionValue, type TestFile } from "./command-options.js";
import type { CommandRegistry } from "./command-registry.js";
import { checkSelectValues, findComponent, modalSubmitComponents } from "./components.js";
import type { Gateway } from "./gateway.js";
import { Intent } from "./gateway-protocol.js";
import { snowflake } from "./ids.js";
import {
  autocompleteInteraction,
  chatInputInteraction,
  componentInteraction,
  type InteractionContext,
  modalSubmitInteraction,
} from "./interaction-payloads.js";
import type { Interactions } from "./interactions.js";
import { parseMentionSyntax } from "./mentions.js";
import type { MessageStore } from "./messages.js";
import type { ActorOptions, AutocompleteOptions, CommandOptions, UserMessageOptions } from "./options.js";
import { messageCreatePayload } from "./payloads.js";
import type { InteractionRecord, StoredMessage } from "./records.js";
import { guildOf, hasPermission, Perm, type World } from "./world.js";

export interface UserActionsDeps {
  world: World;
  bot: APIUser;
  /** Who acts and where, unless an action says otherwise. */
  tester: APIUser;
  channelId: string;
  gateway: Gateway;
  commands: CommandRegistry;
  interactions: Interactions;
  store: MessageStore;
  attachments: AttachmentStore;
  log: (line: string) => void;
  changed: () => void;
}

export class UserActions {
  constructor(private readonly d: UserActionsDeps) {}

  /** A slash command invocation; `name` may hold subcommands (`"cmd sub"`). */
  command(name: string, options: Record<string, OptionValue>, opts: CommandOptions): InteractionRecord {
    const [cmdName = "", ...sub] = name.trim().replace(/^\//, "").split(/\s+/);
    const command = this.d.commands.resolve(cmdName, opts);
    const ctx = this.actor(opts);
    const built = buildOptions(name, command, sub, options, this.optionContext(ctx.channelId));
    const payload = chatInputInteraction(
      this.d.world,
      ctx,
      { id: command?.id ?? snowflake(), name: cmdName, guildId: command?.guild_id ?? null },
      built.options as never,
      built.resolved,
    );
    return this.d.interactions.dispatch(payload, { label: `/${name.trim().replace(/^\//, "")}`, ctx });
  }

  /** Typing into an autocomplete option (`opts.focused`, else the single autocomplete option, else the last). */
  autocomplete(
    name: string,
    options: Record<string, OptionValue>,
    opts: AutocompleteOptions,
  ): InteractionRecord {
    const [cmdName = "", ...sub] = name.trim().replace(/^\//, "").split(/\s+/);
    const command = this.d.commands.resolve(cmdName, opts);
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
      this.d.world,
      ctx,
      { id: command?.id ?? snowflake(), name: cmdName, guildId: command?.guild_id ?? null },
      built.options as never,
    );
    const rec = this.d.interactions.dispatch(payload, { label: `/${name} (autocomplete ${focused})`, ctx });
    rec.focusedOptionType = findOption(command, sub, focused)?.type;
    return rec;
  }

  /** Click a button on a message the bot sent. */
  button(message: StoredMessage | string, customId: string, opts: ActorOptions): InteractionRecord {
    const msg = this.requireMessage(message);
    const component = findComponent(msg, customId);
    if (component.type !== 2) {
      throw new Error(`standin: component "${customId}" is not a button (type ${String(component.type)})`);
    }
    return this.componentAction(msg, customId, 2, undefined, opts);
  }

  /** Pick values in a string select menu on a message the bot sent. */
  select(
    message: StoredMessage | string,
    customId: string,
    values: string[],
    opts: ActorOptions,
  ): InteractionRecord {
    const msg = this.requireMessage(message);
    checkSelectValues(findComponent(msg, customId), customId, values);
    return this.componentAction(msg, customId, 3, values, opts);
  }

  /** Fill in and submit the modal the bot opened in answer to `handle`. */
  modalSubmit(rec: InteractionRecord, values: Record<string, string>, opts: ActorOptions): InteractionRecord {
    if (rec.responseType !== 9 || !rec.modal) {
      throw new Error(`standin: ${rec.label} was not answered with a modal (type ${rec.responseType})`);
    }
    const modal = rec.modal;
    const components = modalSubmitComponents(modal, values);
    const ctx = this.actor({ user: rec.userId, channelId: rec.channelId, ...opts });
    const source = rec.sourceMessageId ? this.d.store.get(rec.sourceMessageId) : undefined;
    const payload = modalSubmitInteraction(
      this.d.world,
      ctx,
      String(modal.custom_id),
      components as never,
      source ? apiMessage(source) : undefined,
    );
    const submit = this.d.interactions.dispatch(payload, { label: `modal ${String(modal.custom_id)}`, ctx });
    submit.sourceMessageId = rec.sourceMessageId;
    return submit;
  }

  /** A user's message, delivered to the bot as MESSAGE_CREATE as its intents allow. */
  postMessage(content: string, opts: UserMessageOptions): StoredMessage {
    const ctx = this.actor(opts);
    const parsed = parseMentionSyntax(content);
    const author = ctx.userId;
    const mentionIds = parsed.users.filter((id) => this.d.world.members.has(id));
    const canEveryone = hasPermission(this.d.world, author, Perm.MentionEveryone);
    const mentionRoleIds = parsed.roles.filter((id) => {
      const role = this.d.world.roles.find((r) => r.id === id);
      return role && (role.mentionable || canEveryone);
    });
    const reference = opts.replyTo ? this.requireMessage(opts.replyTo) : null;
    if (reference && !mentionIds.includes(reference.author.id) && reference.author.id !== author) {
      mentionIds.push(reference.author.id);
    }
    const attachments = (opts.attachments ?? []).map((f) =>
      this.d.attachments.upload(ctx.channelId, f, false),
    );
    const payload = messageCreatePayload(this.d.world, {
      authorId: author,
      channelId: ctx.channelId,
      content,
      mentionIds,
      mentionRoleIds,
      mentionEveryone: canEveryone && (parsed.everyone || parsed.here),
      attachments: attachments.map(stripData),
      reference: reference ? apiMessage(reference) : null,
      dm: ctx.dm === true,
    });
    const guildId = guildOf(this.d.world, ctx.channelId);
    const session = this.d.gateway.sessionForGuild(guildId);
    if (!session) throw new Error("standin: the bot is not connected to the gateway (await standin.ready())");
    const needed = guildId ? Intent.GuildMessages : Intent.DirectMessages;
    if (!(session.identify.intents & needed)) {
      throw new Error(
        `standin: the bot did not IDENTIFY with the ${guildId ? "GUILD_MESSAGES" : "DIRECT_MESSAGES"} intent, so Discord would not deliver this message`,
      );
    }
    const stored = this.d.store.addUserMessage(payload, {
      channelId: ctx.channelId,
      guildId,
      content,
      attachments,
    });
    // Without MESSAGE_CONTENT, a bot gets empty content/embeds/attachments/components except for messages
    // that mention it (and DMs, and its own messages).
    const mentionsBot = mentionIds.includes(this.d.bot.id);
    const delivered =
      session.identify.intents & Intent.MessageContent || mentionsBot || ctx.dm
        ? payload
        : { ...payload, content: "", embeds: [], attachments: [], components: [] };
    session.dispatch("MESSAGE_CREATE", delivered);
    this.d.log(`MESSAGE_CREATE ${stored.id} from ${ctx.userId}: ${JSON.stringify(content).slice(0, 120)}`);
    this.d.changed();
    return stored;
  }

  private actor(opts: ActorOptions): InteractionContext {
    return resolveActor(this.d.world, { userId: this.d.tester.id, channelId: this.d.channelId }, opts);
  }

  private optionContext(channelId: string) {
    return {
      world: this.d.world,
      channelId,
      uploadAttachment: (cid: string, file: TestFile, ephemeral: boolean) =>
        stripData(this.d.attachments.upload(cid, file, ephemeral)),
    };
  }

  private componentAction(
    msg: StoredMessage,
    customId: string,
    type: 2 | 3,
    values: string[] | undefined,
    opts: ActorOptions,
  ): InteractionRecord {
    if (msg.meta.deleted) throw new Error(`standin: message ${msg.id} was deleted`);
    const ctx = this.actor({ channelId: msg.channel_id, ...opts });
    const owner = msg.meta.interactionId
      ? this.d.interactions.get(msg.meta.interactionId)?.userId
      : undefined;
    if (msg.meta.ephemeral && owner && owner !== ctx.userId) {
      throw new Error(`standin: message ${msg.id} is ephemeral; only ${owner} can see and use it`);
    }
    const payload = componentInteraction(this.d.world, ctx, apiMessage(msg), {
      customId,
      type,
      ...(values ? { values } : {}),
    });
    const rec = this.d.interactions.dispatch(payload, {
      label: `${type === 2 ? "button" : "select"} ${customId}`,
      ctx,
    });
    rec.sourceMessageId = msg.id;
    return rec;
  }

  /** A stored message, by id or as given. */
  requireMessage(message: StoredMessage | string): StoredMessage {
    const id = typeof message === "string" ? message : message.id;
    const msg = this.d.store.get(id);
    if (!msg) throw new Error(`standin: unknown message ${id}`);
    return msg;
  }
}
