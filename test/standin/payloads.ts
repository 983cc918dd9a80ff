/**
 * Gateway payloads built the way Discord sends them (API/gateway v10).
 *
 * discord.js (14.28) dereferences many of these fields unconditionally, for example
 * `data.entitlements.reduce(...)`, `new AuthorizingIntegrationOwners(data.authorizing_integration_owners)`,
 * `data.user ?? data.member.user`, `data.channel?.id`, `data.message` on component interactions and
 * `guild.roles` / `member.roles` while resolving mentions — so every builder here fills in the full shape.
 */
import {
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandInteraction,
  type APIGuildMember,
  type APIInteractionDataResolved,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageComponentInteraction,
  type APIModalSubmitInteraction,
  type APITextChannel,
  type APIUser,
  ApplicationCommandType,
  type ApplicationFlags,
  ApplicationIntegrationType,
  type ChannelFlags,
  ChannelType,
  ComponentType,
  type GatewayGuildCreateDispatchData,
  type GatewayMessageCreateDispatchData,
  type GatewayReadyDispatchData,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  InteractionContextType,
  InteractionType,
  type Locale,
  type ModalSubmitComponent,
  type UserFlags,
} from "discord.js";
import { interactionToken, isoTimestamp, snowflake } from "./ids.js";
import { memberPermissions, Perm, type TextChannelModel, type World } from "./world.js";

/** Default upload limit Discord reports to bots (10 MiB). */
export const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

export function readyPayload(world: World, sessionId: string, resumeUrl: string): GatewayReadyDispatchData {
  return {
    v: 10,
    user: { ...world.bot, verified: true, mfa_enabled: false, email: null, flags: 0 as UserFlags },
    guilds: [{ id: world.guild.id, unavailable: true }],
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard: [0, 1],
    application: { id: world.applicationId, flags: 0 as ApplicationFlags, flags_new: "0" },
  };
}

export function guildMember(world: World, userId: string, withUser = true): APIGuildMember {
  const m = world.members.get(userId);
  if (!m) throw new Error(`standin: ${userId} is not a member of the test guild`);
  const base = {
    avatar: null,
    banner: null,
    communication_disabled_until: null,
    flags: 0,
    joined_at: m.joinedAt,
    nick: m.nick,
    pending: false,
    premium_since: null,
    roles: [...m.roles],
    deaf: false,
    mute: false,
    user: m.user,
  };
  if (!withUser) {
    const { user: _user, ...rest } = base;
    return rest as APIGuildMember;
  }
  return base;
}

export function textChannel(world: World, ch: TextChannelModel): APITextChannel {
  return {
    id: ch.id,
    type: ChannelType.GuildText,
    guild_id: world.guild.id,
    name: ch.name,
    position: ch.position,
    permission_overwrites: [],
    topic: ch.topic,
    nsfw: false,
    last_message_id: ch.lastMessageId,
    rate_limit_per_user: 0,
    parent_id: null,
    flags: 0 as ChannelFlags,
    last_pin_timestamp: null,
  };
}

export function guildCreatePayload(world: World): GatewayGuildCreateDispatchData {
  const members = [...world.members.keys()].map((id) => guildMember(world, id));
  return {
    id: world.guild.id,
    name: world.guild.name,
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: world.guild.ownerId,
    region: "",
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: world.roles.map((r) => ({ ...r })),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    max_presences: null,
    max_members: 500000,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: world.guild.preferredLocale,
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    nsfw: false,
    lazy: true,
    joined_at: world.guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: members.length,
    voice_states: [],
    members,
    channels: [...world.channels.values()].map((ch) => textChannel(world, ch)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  } as unknown as GatewayGuildCreateDispatchData;
}

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

export function dmChannel(world: World, channelId: string) {
  const userId = world.dms.get(channelId);
  const user = userId ? world.members.get(userId)?.user : undefined;
  if (!user) throw new Error(`standin: unknown DM channel ${channelId}`);
  return {
    id: channelId,
    type: ChannelType.DM as const,
    last_message_id: null,
    flags: 0 as ChannelFlags,
    recipients: [user],
  };
}

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

export interface UserMessageSpec {
  authorId: string;
  channelId: string;
  content: string;
  /** Users Discord resolved as mentioned (already filtered by what the author may ping). */
  mentionIds: string[];
  mentionRoleIds: string[];
  mentionEveryone: boolean;
  attachments?: APIMessage["attachments"];
  reference?: APIMessage | null;
  /** In the author's DM with the bot: no guild_id, no member objects. */
  dm?: boolean;
}

/** A MESSAGE_CREATE as sent for a guild text channel: author + partial member, mentions with members. */
export function messageCreatePayload(world: World, spec: UserMessageSpec): GatewayMessageCreateDispatchData {
  const author = world.members.get(spec.authorId);
  if (!author) throw new Error(`standin: ${spec.authorId} is not a member of the test guild`);
  const mentions = spec.mentionIds.flatMap((id) => {
    const m = world.members.get(id);
    if (!m) return [];
    return spec.dm ? [m.user] : [{ ...m.user, member: guildMember(world, id, false) }];
  });
  const message = {
    id: snowflake(),
    channel_id: spec.channelId,
    ...(spec.dm ? {} : { guild_id: world.guild.id, member: guildMember(world, spec.authorId, false) }),
    author: author.user,
    content: spec.content,
    timestamp: isoTimestamp(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: spec.mentionEveryone,
    mentions,
    mention_roles: spec.mentionRoleIds,
    attachments: spec.attachments ?? [],
    embeds: [],
    pinned: false,
    type: spec.reference ? 19 : 0,
    flags: 0,
    components: [],
    nonce: snowflake(),
    ...(spec.reference
      ? {
          message_reference: {
            type: 0,
            message_id: spec.reference.id,
            channel_id: spec.reference.channel_id,
            ...(spec.dm ? {} : { guild_id: world.guild.id }),
          },
          referenced_message: spec.reference,
        }
      : {}),
  };
  return message as GatewayMessageCreateDispatchData;
}
