/**
 * Snowflakes and interaction tokens shaped like Discord's.
 *
 * discord.js relies on both shapes: @discordjs/rest only recognises a route's major parameter when
 * the id has 17–19 digits (`/channels/(\d{17,19})`), and it derives `createdTimestamp` from the id.
 * An interaction token is placed in a URL path, so it must not contain `/` or `?`.
 */
import { randomBytes } from "node:crypto";

/** Discord's epoch (2015-01-01T00:00:00.000Z). */
export const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;
let lastMs = 0n;

/** A new snowflake for "now" (monotonic, unique within this process). */
export function snowflake(at: number = Date.now()): string {
  let ms = BigInt(at) - DISCORD_EPOCH;
  if (ms < lastMs) ms = lastMs;
  if (ms === lastMs) {
    increment = (increment + 1n) & 0xfffn;
    if (increment === 0n) ms += 1n;
  } else {
    increment = 0n;
  }
  lastMs = ms;
  // worker 1, process 1: purely cosmetic
  return ((ms << 22n) | (1n << 17n) | (1n << 12n) | increment).toString();
}

/** Millisecond timestamp encoded in a snowflake. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** An interaction token: URL-safe, long and opaque like Discord's (`aW50ZXJhY3Rpb246…`). */
export function interactionToken(interactionId: string): string {
  const raw = `interaction:${interactionId}:${randomBytes(48).toString("base64url")}`;
  return Buffer.from(raw).toString("base64url");
}

/** A session id like the gateway's (32 hex characters). */
export function sessionId(): string {
  return randomBytes(16).toString("hex");
}

/** ISO 8601 timestamp the way Discord formats them (`+00:00`, microseconds). */
export function isoTimestamp(at: number = Date.now()): string {
  return new Date(at).toISOString().replace("Z", "000+00:00");
}
