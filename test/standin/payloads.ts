/**
 * Gateway payloads built the way Discord sends them (API/gateway v10).
 *
 * discord.js (14.28) dereferences many of these fields unconditionally, for example
 * `data.entitlements.reduce(...)`, `new AuthorizingIntegrationOwners(data.authorizing_integration_owners)`,
 * `data.user ?? data.member.user`, `data.channel?.id`, `data.message` on component interactions and
 * `guild.roles` / `member.roles` while resolving mentions — so every builder here fills in the full shape.
 * Interaction payloads (INTERACTION_CREATE) are built in interaction-payloads.ts.
 */
import {
  type APIGuildMember,
  type APIMessage,
  type APITextChannel,
  type ApplicationFlags,
  type ChannelFlags,
  ChannelType,
  type GatewayGuildCreateDispatchData,
  type GatewayMessageCreateDispatchData,
  type GatewayReadyDispatchData,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  type UserFlags,
} from "discord.js";
import { isoTimestamp, snowflake } from "./ids.js";
import type { TextChannelModel, World } from "./world.js";

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
