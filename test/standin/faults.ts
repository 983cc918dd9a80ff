/**
 * Fault injection (`failNext`): the next N requests matching a route pattern are answered with a 5xx or
 * a 429 instead of reaching their handler, to exercise the bot's (and discord.js's) retries.
 */
import { STATUS_CODES } from "node:http";
import { DiscordError } from "./errors.js";
import type { Reply } from "./router.js";

export interface FaultOptions {
  /** For 429: seconds in `Retry-After` / `retry_after` (default 0.1). */
  retryAfter?: number;
  /** For 429: a global rate limit (`X-RateLimit-Global`). */
  global?: boolean;
}

export interface FaultHandle {
  readonly pattern: string;
  readonly status: number;
  /** Requests still to fail. */
  readonly remaining: number;
  /** Requests failed so far. */
  readonly hits: number;
}

interface FaultRule {
  pattern: string;
  method: string | null;
  regex: RegExp;
  status: number;
  remaining: number;
  hits: number;
  options: FaultOptions;
}

export class Faults {
  private readonly rules: FaultRule[] = [];

  /** See Standin.failNext for the pattern syntax. */
  add(route: string, status: number, count: number, options: FaultOptions): FaultHandle {
    const m = /^([A-Z]+)\s+(.+)$/.exec(route.trim());
    const method = m ? (m[1] as string) : null;
    const pattern = (m ? (m[2] as string) : route.trim()).replace(/^\/api\/v10/, "");
    const source = pattern
      .split("/")
      .map((seg, i, all) => {
        if (seg === "*" && i === all.length - 1) return ".*";
        if (seg === "*" || seg.startsWith(":")) return "[^/]+";
        return seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("/");
    const rule: FaultRule = {
      pattern: route,
      method,
      regex: new RegExp(`^${source}/?$`),
      status,
      remaining: count,
      hits: 0,
      options,
    };
    this.rules.push(rule);
    return {
      pattern: route,
      status,
      get remaining() {
        return rule.remaining;
      },
      get hits() {
        return rule.hits;
      },
    };
  }

  /** The injected answer for this request, if a rule still wants to fail it (counting the hit). */
  take(method: string, path: string): Reply | undefined {
    const rule = this.rules.find(
      (f) => f.remaining > 0 && (f.method === null || f.method === method) && f.regex.test(path),
    );
    if (!rule) return undefined;
    rule.remaining--;
    rule.hits++;
    return faultReply(rule);
  }
}

function faultReply(rule: FaultRule): Reply {
  if (rule.status === 429) {
    const retryAfter = rule.options.retryAfter ?? 0.1;
    const e = DiscordError.rateLimited(retryAfter, rule.options.global ?? false);
    return {
      status: 429,
      body: e.body,
      headers: {
        "retry-after": String(retryAfter),
        "x-ratelimit-limit": "5",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset-after": String(retryAfter),
        "x-ratelimit-scope": rule.options.global ? "global" : "user",
        ...(rule.options.global ? { "x-ratelimit-global": "true" } : {}),
      },
    };
  }
  const e =
    rule.status >= 500
      ? DiscordError.serverError(rule.status)
      : {
          status: rule.status,
          body: { message: `${rule.status}: ${STATUS_CODES[rule.status] ?? "Error"}`, code: 0 },
        };
  return { status: e.status, body: e.body };
}
