/**
 * The little piece of Discord the stand-in simulates: one application + bot user, one guild with
 * roles, text channels and members. Payload builders (payloads.ts) render it the way Discord does.
 */
import type { APIRole, APIUser, Locale, RoleFlags, UserFlags } from "discord.js";
import { snowflake } from "./ids.js";

/** Permission bits used here (https://discord.com/developers/docs/topics/permissions). */
export const Perm = {
  CreateInstantInvite: 1n << 0n,
  Administrator: 1n << 3n,
  AddReactions: 1n << 6n,
  Stream: 1n << 9n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  Connect: 1n << 20n,
  Speak: 1n << 21n,
  ChangeNickname: 1n << 26n,
  UseApplicationCommands: 1n << 31n,
  CreatePublicThreads: 1n << 35n,
  UseExternalStickers: 1n << 37n,
  SendMessagesInThreads: 1n << 38n,
} as const;

/** What a fresh guild grants @everyone (no Mention Everyone). */
export const DEFAULT_EVERYONE_PERMISSIONS =
  Perm.CreateInstantInvite |
  Perm.AddReactions |
  Perm.Stream |
  Perm.ViewChannel |
  Perm.SendMessages |
  Perm.EmbedLinks |
  Perm.AttachFiles |
  Perm.ReadMessageHistory |
  Perm.UseExternalEmojis |
  Perm.Connect |
  Perm.Speak |
  Perm.ChangeNickname |
  Perm.UseApplicationCommands |
  Perm.CreatePublicThreads |
  Perm.UseExternalStickers |
  Perm.SendMessagesInThreads;

/** What a typical invite link grants the bot's managed role. */
export const DEFAULT_BOT_PERMISSIONS =
  Perm.ViewChannel |
  Perm.SendMessages |
  Perm.EmbedLinks |
  Perm.AttachFiles |
  Perm.ReadMessageHistory |
  Perm.AddReactions |
  Perm.UseExternalEmojis |
  Perm.SendMessagesInThreads;

export interface MemberModel {
  user: APIUser;
  roles: string[];
  nick: string | null;
  joinedAt: string;
}

export interface TextChannelModel {
  id: string;
  name: string;
  topic: string | null;
  position: number;
  lastMessageId: string | null;
}

export interface World {
  applicationId: string;
  applicationName: string;
  bot: APIUser;
  guild: { id: string; name: string; ownerId: string; preferredLocale: Locale; joinedAt: string };
  /** Includes @everyone (id = guild id) and the bot's managed role. */
  roles: APIRole[];
  channels: Map<string, TextChannelModel>;
  /** Every known user is a member of the guild. */
  members: Map<string, MemberModel>;
  /** DM channels with the bot: channel id → user id. */
  dms: Map<string, string>;
}

/** The id of a user's DM channel with the bot (created on first use, like POST /users/@me/channels). */
export function dmChannelId(world: World, userId: string): string {
  for (const [channelId, uid] of world.dms) if (uid === userId) return channelId;
  const id = snowflake();
  world.dms.set(id, userId);
  return id;
}

/** The guild a channel belongs to; null for DM channels. */
export function guildOf(world: World, channelId: string): string | null {
  return world.dms.has(channelId) ? null : world.guild.id;
}

export interface UserSpec {
  id?: string;
  username?: string;
  globalName?: string | null;
  /** Extra role ids (besides @everyone). */
  roles?: string[];
  nick?: string | null;
  bot?: boolean;
}

export function makeUser(spec: UserSpec): APIUser {
  const username = spec.username ?? "tester";
  return {
    id: spec.id ?? snowflake(),
    username,
    discriminator: "0",
    global_name:
      spec.globalName === undefined ? username.charAt(0).toUpperCase() + username.slice(1) : spec.globalName,
    avatar: null,
    bot: spec.bot ?? false,
    public_flags: 0 as UserFlags,
    flags: 0 as UserFlags,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
  };
}

export function makeRole(spec: {
  id?: string;
  name: string;
  permissions: bigint;
  position: number;
  mentionable?: boolean;
  botId?: string;
}): APIRole {
  return {
    id: spec.id ?? snowflake(),
    name: spec.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: spec.position,
    permissions: spec.permissions.toString(),
    managed: spec.botId !== undefined,
    mentionable: spec.mentionable ?? false,
    flags: 0 as RoleFlags,
    ...(spec.botId !== undefined ? { tags: { bot_id: spec.botId } } : {}),
  };
}

/** Guild-level permissions of a member (no channel overwrites are modelled). */
export function memberPermissions(world: World, userId: string): bigint {
  const member = world.members.get(userId);
  if (userId === world.guild.ownerId) return allPermissions();
  const everyone = world.roles.find((r) => r.id === world.guild.id);
  let perms = everyone ? BigInt(everyone.permissions) : 0n;
  for (const roleId of member?.roles ?? []) {
    const role = world.roles.find((r) => r.id === roleId);
    if (role) perms |= BigInt(role.permissions);
  }
  if (perms & Perm.Administrator) return allPermissions();
  return perms;
}

export function allPermissions(): bigint {
  return (1n << 53n) - 1n;
}

export function hasPermission(world: World, userId: string, perm: bigint): boolean {
  return (memberPermissions(world, userId) & perm) === perm;
}

export function addMember(world: World, spec: UserSpec): MemberModel {
  if (spec.id) {
    const existing = world.members.get(spec.id);
    if (existing) {
      for (const role of spec.roles ?? []) if (!existing.roles.includes(role)) existing.roles.push(role);
      return existing;
    }
  }
  const user = makeUser(spec);
  const member: MemberModel = {
    user,
    roles: [...(spec.roles ?? [])],
    nick: spec.nick ?? null,
    joinedAt: new Date().toISOString(),
  };
  world.members.set(user.id, member);
  return member;
}
