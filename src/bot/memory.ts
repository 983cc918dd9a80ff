// What each person last asked about, per channel, for a few minutes: so that "who founded it?"
// follows "what's Mistral worth?". Also what each of the bot's messages was about, so a Discord
// reply to one of them is read against it. Bounded in size and in time; kept in memory only, so a
// restart forgets everything, and nothing is ever written to disk.
import { followingSubject } from "../questions/subject.js";
import type { Subject } from "../questions/types.js";

export const MEMORY_TTL_MS = 10 * 60_000;
export const MEMORY_MAX_ENTRIES = 10_000;

/** A map that forgets its oldest entries past `max`, and any entry older than `ttlMs`. */
class Recent<V> {
  private readonly entries = new Map<string, { value: V; at: number }>();

  constructor(
    private readonly max: number,
    private readonly ttlMs: number,
  ) {}

  set(key: string, value: V, now: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, at: now });
    // Insertion order is age order: the first key is the oldest.
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get(key: string, now: number): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (now - entry.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  get size(): number {
    return this.entries.size;
  }
}

export class ConversationMemory {
  private readonly byAsker: Recent<Subject>;
  private readonly byMessage: Recent<Subject>;

  constructor(max = MEMORY_MAX_ENTRIES, ttlMs = MEMORY_TTL_MS) {
    this.byAsker = new Recent(max, ttlMs);
    this.byMessage = new Recent(max, ttlMs);
  }

  /** What `userId` last asked about in `channelId`, if it was in the last few minutes. */
  recall(channelId: string, userId: string, now = Date.now()): Subject | undefined {
    return this.byAsker.get(`${channelId}:${userId}`, now);
  }

  /** What the bot's message `messageId` was about (a Discord reply to it refers to that). */
  recallMessage(messageId: string, now = Date.now()): Subject | undefined {
    return this.byMessage.get(messageId, now);
  }

  /** Kept before the reply is sent: the asker's next question may arrive as soon as they read it. */
  remember(channelId: string, userId: string, subject: Subject, now = Date.now()): void {
    const key = `${channelId}:${userId}`;
    this.byAsker.set(key, followingSubject(subject, this.byAsker.get(key, now)), now);
  }

  rememberMessage(messageId: string, subject: Subject, now = Date.now()): void {
    this.byMessage.set(messageId, subject, now);
  }

  get size(): number {
    return this.byAsker.size + this.byMessage.size;
  }
}
