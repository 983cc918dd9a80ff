/**
 * The REST route table: `:param` patterns matched against the path after /api/v10, and what handlers
 * answer or throw (`Failure` = Discord's error, recorded as a violation when it has a kind).
 */
import type { ParsedBody } from "./body.js";
import { DiscordError, describeIssues, type FormIssue, type HttpError } from "./errors.js";
import type { ViolationKind } from "./records.js";
import { isRecord } from "./validate.js";

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Ctx {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: ParsedBody;
  at: number;
  route: string;
}

export interface Route {
  method: string;
  pattern: string;
  segments: string[];
  auth: boolean;
  handler: (ctx: Ctx) => Reply | Promise<Reply>;
}

/** Thrown by handlers: answer `error`, and record a violation when `kind` is given. */
export class Failure extends Error {
  constructor(
    readonly error: HttpError,
    readonly kind: ViolationKind | null,
    message: string,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export type Match = { route: Route; params: Record<string, string> } | { methodMismatch: true } | null;

export class Router {
  private readonly routes: Route[] = [];

  /** Serve `method pattern`; `auth: false` for routes authorized by their token (interactions, webhooks). */
  route(method: string, pattern: string, handler: Route["handler"], auth = true): void {
    this.routes.push({ method, pattern, segments: pattern.split("/").filter(Boolean), auth, handler });
  }

  /** The route for a request; `methodMismatch` when the path is known but not with this method (405). */
  match(method: string, path: string): Match {
    const segments = path.split("/").filter(Boolean).map(safeDecode);
    let mismatch = false;
    for (const route of this.routes) {
      if (route.segments.length !== segments.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < segments.length; i++) {
        const pat = route.segments[i] as string;
        const seg = segments[i] as string;
        if (pat.startsWith(":")) params[pat.slice(1)] = seg;
        else if (pat !== seg) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (route.method !== method) {
        mismatch = true;
        continue;
      }
      return { route, params };
    }
    return mismatch ? { methodMismatch: true } : null;
  }
}

export const json = (body: unknown, status = 200): Reply => ({ status, body });
export const noContent: Reply = { status: 204 };

/** The JSON body as an object (`{}` when absent); anything else is a 400. */
export function bodyObject(c: Ctx): Record<string, unknown> {
  const body = c.body.json;
  if (body === undefined) return {};
  if (!isRecord(body)) {
    throw new Failure(
      DiscordError.badJson(),
      "bad-request",
      `${c.method} ${c.route}: body is not a JSON object`,
    );
  }
  return body;
}

/** Discord's 50035 Invalid Form Body for these issues, as a violation. */
export function formFailure(issues: FormIssue[], prefix: (string | number)[], what: string): Failure {
  return new Failure(
    DiscordError.invalidForm(issues, prefix),
    "invalid-form-body",
    `${what}: ${describeIssues(issues, prefix)}`,
    { issues },
  );
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
