/**
 * Serving one HTTP request: attachment downloads, then /api/v10 routes — authorization, injected
 * faults, body parsing, the handler, and turning its Failure into Discord's error (and a violation).
 * Every API request is recorded.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AttachmentStore } from "./attachments.js";
import { BodyError, type ParsedBody, parseBody, readRaw } from "./body.js";
import { DiscordError } from "./errors.js";
import type { Faults } from "./faults.js";
import type { Interactions } from "./interactions.js";
import type { ProblemLog } from "./problems.js";
import type { RequestRecord } from "./records.js";
import { type Ctx, Failure, type Reply, type Router } from "./router.js";

const MAX_BODY = 26 * 1024 * 1024;
const API_PREFIX = "/api/v10";

export interface HttpDeps {
  token: string;
  router: Router;
  faults: Faults;
  attachments: AttachmentStore;
  interactions: Interactions;
  problems: ProblemLog;
  requests: RequestRecord[];
  log: (line: string) => void;
  changed: () => void;
}

export async function handleRequest(
  deps: HttpDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { problems } = deps;
  const at = Date.now();
  const method = (req.method ?? "GET").toUpperCase();
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const send = (reply: Reply) => {
    const headers: Record<string, string> = { ...(reply.headers ?? {}) };
    let payload: Buffer | string | undefined;
    if (reply.body instanceof Buffer) payload = reply.body;
    else if (reply.body !== undefined) {
      payload = JSON.stringify(reply.body);
      headers["content-type"] = "application/json";
    }
    res.writeHead(reply.status, headers);
    res.end(payload);
  };
  try {
    if (method === "GET" && url.pathname.startsWith("/attachments/")) {
      const [, , , id] = url.pathname.split("/");
      const blob = id ? deps.attachments.get(id) : undefined;
      send(
        blob
          ? { status: 200, body: blob.data, headers: { "content-type": blob.content_type ?? "" } }
          : { status: 404, body: DiscordError.notFound().body },
      );
      return;
    }
    let raw: Buffer;
    try {
      raw = await readRaw(req, MAX_BODY);
    } catch (error) {
      const e = DiscordError.tooLarge();
      problems.violation({ kind: "payload-too-large", message: (error as Error).message, status: e.status });
      send({ status: e.status, body: e.body });
      return;
    }
    const path = url.pathname.startsWith(`${API_PREFIX}/`) ? url.pathname.slice(API_PREFIX.length) : null;
    const finish = (reply: Reply, route: string | null, injected = false) => {
      send(reply);
      deps.requests.push({
        at,
        method,
        path: path ?? url.pathname,
        route,
        query: url.search,
        status: reply.status,
        injected,
        ms: Date.now() - at,
      });
      if (deps.requests.length > 10_000) deps.requests.shift();
      deps.changed();
    };
    const match = path === null ? null : deps.router.match(method, path);
    if (!match || "methodMismatch" in match) {
      const e = match ? DiscordError.methodNotAllowed() : DiscordError.notFound();
      problems.unknownRoutes.push({ method, path: path ?? url.pathname, status: e.status, at });
      deps.log(`unknown route ${method} ${url.pathname}`);
      finish({ status: e.status, body: e.body }, null);
      return;
    }
    const { route, params } = match;
    const p = path as string;
    if (route.auth && req.headers.authorization !== `Bot ${deps.token}`) {
      const e = DiscordError.unauthorized();
      problems.violation({
        kind: "unauthorized",
        message: `${method} ${route.pattern} without a valid "Authorization: Bot <token>" header`,
        status: e.status,
        code: e.body.code,
        method,
        path: p,
      });
      finish({ status: e.status, body: e.body }, route.pattern);
      return;
    }
    const fault = deps.faults.take(method, p);
    if (fault) {
      deps.log(`injected ${fault.status} for ${method} ${p}`);
      finish(fault, route.pattern, true);
      return;
    }
    let body: ParsedBody;
    try {
      body = await parseBody(raw, req.headers["content-type"]);
    } catch (error) {
      const status = error instanceof BodyError ? error.status : 400;
      const e = status === 413 ? DiscordError.tooLarge() : DiscordError.badJson();
      problems.violation({ kind: "bad-request", message: (error as Error).message, status, method, path: p });
      finish({ status: e.status, body: e.body }, route.pattern);
      return;
    }
    const ctx: Ctx = { method, path: p, params, query: url.searchParams, body, at, route: route.pattern };
    let reply: Reply;
    try {
      reply = await route.handler(ctx);
    } catch (error) {
      if (error instanceof Failure) {
        if (error.kind) {
          const interactionId = params.id && deps.interactions.get(params.id) ? params.id : undefined;
          const rec = params.token ? deps.interactions.byToken(params.token) : undefined;
          problems.violation({
            kind: error.kind,
            message: error.message,
            status: error.error.status,
            code: error.error.body.code,
            method,
            path: p,
            ...(interactionId ? { interactionId } : rec ? { interactionId: rec.id } : {}),
            ...(error.detail ? { detail: error.detail } : {}),
          });
        }
        reply = { status: error.error.status, body: error.error.body };
      } else {
        problems.violation({
          kind: "standin-error",
          message: `stand-in crashed on ${method} ${p}: ${(error as Error).stack ?? String(error)}`,
        });
        reply = { status: 500, body: { message: "500: Internal Server Error", code: 0 } };
      }
    }
    finish(reply, route.pattern);
  } catch (error) {
    deps.log(`request handling failed: ${(error as Error).stack ?? String(error)}`);
    if (!res.headersSent) send({ status: 500, body: { message: "500: Internal Server Error", code: 0 } });
  }
}
