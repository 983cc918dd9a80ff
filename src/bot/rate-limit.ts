// A per-user sliding window: a few questions a minute is plenty for a person, and it keeps one
// user (or a script) from flooding a shared bot. Memory stays bounded: idle users are swept.

export interface RateLimitVerdict {
  allowed: boolean;
  /** When limited: seconds until the next request would be allowed. */
  retryAfterSeconds: number;
}

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  take(userId: string): RateLimitVerdict {
    const now = this.now();
    this.sweep(now);
    const recent = (this.hits.get(userId) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(userId, recent);
      const oldest = recent[0] ?? now;
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)),
      };
    }
    recent.push(now);
    this.hits.set(userId, recent);
    return { allowed: true, retryAfterSeconds: 0 };
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [user, times] of this.hits) {
      if (times.every((t) => now - t >= this.windowMs)) this.hits.delete(user);
    }
  }
}
