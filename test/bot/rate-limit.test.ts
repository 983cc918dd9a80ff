import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/bot/rate-limit.js";

describe("per-user rate limit", () => {
  it("lets a person ask a few times, then asks them to wait, then lets them ask again", () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect([1, 2, 3].map(() => limiter.take("alice").allowed)).toEqual([true, true, true]);
    now = 10_000;
    const refused = limiter.take("alice");
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBe(50);
    expect(limiter.take("bob").allowed).toBe(true);
    now = 60_001;
    expect(limiter.take("alice").allowed).toBe(true);
  });
});
