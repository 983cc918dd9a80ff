/**
 * Interaction payloads built the way Discord sends them (API/gateway v10): the INTERACTION_CREATE a
 * slash command, autocomplete, component click or modal submit causes, in a guild channel or a DM.
 * Split from payloads.ts (which builds the READY, guild, channel, member and message payloads these reuse)
 * to keep each file small; like those, every builder fills in the full shape discord.js dereferences.
 */
import {
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionDataResolved,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageComponentInteraction,
  type APIModalSubmitInteraction,
  type APIUser,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  type Locale,
  type ModalSubmitComponent,
} from "discord.js";
import { interactionToken, snowflake } from "./ids.js";
import { dmChannel, guildMember, textChannel } from "./payloads.js";
import { memberPermissions, Perm, type World } from "./world.js";

/** Default upload limit Discord reports to bots (10 MiB). */
export const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

/** The member object an interaction carries: nested `user` plus the member's computed `permissions`. */
export function interactionMember(world: World, userId: string): APIInteractionGuildMember {
  const member = guildMember(world, userId);
  return {
    ...member,
    user: member.user as APIUser,
    permissions: memberPermissions(world, userId).toString(),
  };
}

export interface InteractionContext {
  userId: string;
  /** A guild text channel, or the user's DM channel with the bot when `dm`. */
  channelId: string;
  dm?: boolean;
  locale: Locale;
  guildLocale?: Locale;
}

/** Permissions an app has in a DM with its bot user. */
const DM_APP_PERMISSIONS =
  Perm.AddReactions |
  Perm.ViewChannel |
  Perm.SendMessages |
  Perm.EmbedLinks |
  Perm.AttachFiles |
  Perm.ReadMessageHistory |
  Perm.UseExternalEmojis |
  Perm.UseApplicationCommands |
  Perm.UseExternalStickers;

/** Fields of an interaction in the user's DM with the bot: `user` instead of `member`, no guild. */
function dmInteractionBase(world: World, ctx: InteractionContext) {
  const id = snowflake();
  const user = world.members.get(ctx.userId)?.user;
  if (!user) throw new Error(`standin: unknown user ${ctx.userId}`);
  return {
    id,
    application_id: world.applicationId,
    token: interactionToken(id),
    version: 1 as const,
    channel: dmChannel(world, ctx.channelId),
    channel_id: ctx.channelId,
    user,
    locale: ctx.locale,
    app_permissions: DM_APP_PERMISSIONS.toString(),
    entitlements: [],
    entitlement_sku_ids: [],
    // "0" as the GUILD_INSTALL value: triggered from a DM with the app's bot user.
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: "0" },
    context: InteractionContextType.BotDM,
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
  };
}

/** Fields every guild interaction carries, in the order Discord sends them. */
function interactionBase(world: World, ctx: InteractionContext) {
  if (ctx.dm) return dmInteractionBase(world, ctx);
  const id = snowflake();
  const channel = world.channels.get(ctx.channelId);
  if (!channel) throw new Error(`standin: unknown channel ${ctx.channelId}`);
  const botPerms = memberPermissions(world, world.bot.id);
  return {
    id,
    application_id: world.applicationId,
    token: interactionToken(id),
    version: 1 as const,
    guild: { id: world.guild.id, locale: ctx.guildLocale ?? world.guild.preferredLocale, features: [] },
    guild_id: world.guild.id,
    guild_locale: ctx.guildLocale ?? world.guild.preferredLocale,
    channel: { ...textChannel(world, channel), permissions: memberPermissions(world, ctx.userId).toString() },
    channel_id: channel.id,
    member: interactionMember(world, ctx.userId),
    locale: ctx.locale,
    app_permissions: botPerms.toString(),
    entitlements: [],
    entitlement_sku_ids: [],
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: world.guild.id },
    context: InteractionContextType.Guild,
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
  };
}

export interface CommandRef {
  id: string;
  name: string;
  guildId?: string | null;
}

export function chatInputInteraction(
  world: World,
  ctx: InteractionContext,
  command: CommandRef,
  options: APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>[],
  resolved?: APIInteractionDataResolved,
): APIChatInputApplicationCommandInteraction {
  return {
    ...interactionBase(world, ctx),
    type: InteractionType.ApplicationCommand,
    data: {
      id: command.id,
      name: command.name,
      type: ApplicationCommandType.ChatInput,
      ...(command.guildId ? { guild_id: command.guildId } : {}),
      ...(options.length ? { options } : {}),
      ...(resolved ? { resolved } : {}),
    },
  };
}

export function autocompleteInteraction(
  world: World,
  ctx: InteractionContext,
  command: CommandRef,
  options: APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommandAutocomplete>[],
): APIApplicationCommandAutocompleteInteraction {
  return {
    ...interactionBase(world, ctx),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: command.id,
      name: command.name,
      type: ApplicationCommandType.ChatInput,
      ...(command.guildId ? { guild_id: command.guildId } : {}),
      options,
    },
  };
}

export function componentInteraction(
  world: World,
  ctx: InteractionContext,
  message: APIMessage,
  component: { customId: string; type: ComponentType; values?: string[] },
): APIMessageComponentInteraction {
  const data =
    component.type === ComponentType.Button
      ? { custom_id: component.customId, component_type: ComponentType.Button as const }
      : {
          custom_id: component.customId,
          component_type: ComponentType.StringSelect as const,
          values: component.values ?? [],
        };
  return {
    ...interactionBase(world, ctx),
    type: InteractionType.MessageComponent,
    message,
    data,
  };
}

export function modalSubmitInteraction(
  world: World,
  ctx: InteractionContext,
  customId: string,
  components: ModalSubmitComponent[],
  message?: APIMessage,
): APIModalSubmitInteraction {
  return {
    ...interactionBase(world, ctx),
    type: InteractionType.ModalSubmit,
    data: { custom_id: customId, components } as unknown as APIModalSubmitInteraction["data"],
    ...(message ? { message } : {}),
  };
}
