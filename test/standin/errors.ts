/**
 * Discord's JSON error bodies, so discord.js raises the same `DiscordAPIError` it would in production.
 * Codes: https://discord.com/developers/docs/topics/opcodes-and-status-codes#json
 */

/** One problem in a request body, at a JSON path (`["embeds", 0, "description"]`). */
export interface FormIssue {
  path: (string | number)[];
  /** Discord's error code string, e.g. `BASE_TYPE_MAX_LENGTH`. */
  code: string;
  message: string;
}

export interface DiscordErrorBody {
  message: string;
  code: number;
  errors?: Record<string, unknown>;
}

export interface HttpError {
  status: number;
  body: DiscordErrorBody;
}

export const DiscordError = {
  unauthorized: (): HttpError => ({ status: 401, body: { message: "401: Unauthorized", code: 0 } }),
  notFound: (): HttpError => ({ status: 404, body: { message: "404: Not Found", code: 0 } }),
  methodNotAllowed: (): HttpError => ({ status: 405, body: { message: "405: Method Not Allowed", code: 0 } }),
  unknownApplication: (): HttpError => ({
    status: 404,
    body: { message: "Unknown Application", code: 10002 },
  }),
  unknownChannel: (): HttpError => ({ status: 404, body: { message: "Unknown Channel", code: 10003 } }),
  unknownGuild: (): HttpError => ({ status: 404, body: { message: "Unknown Guild", code: 10004 } }),
  unknownMember: (): HttpError => ({ status: 404, body: { message: "Unknown Member", code: 10007 } }),
  unknownMessage: (): HttpError => ({ status: 404, body: { message: "Unknown Message", code: 10008 } }),
  unknownUser: (): HttpError => ({ status: 404, body: { message: "Unknown User", code: 10013 } }),
  unknownWebhook: (): HttpError => ({ status: 404, body: { message: "Unknown Webhook", code: 10015 } }),
  unknownInteraction: (): HttpError => ({
    status: 404,
    body: { message: "Unknown interaction", code: 10062 },
  }),
  unknownCommand: (): HttpError => ({
    status: 404,
    body: { message: "Unknown application command", code: 10063 },
  }),
  missingAccess: (): HttpError => ({ status: 403, body: { message: "Missing Access", code: 50001 } }),
  cannotEditOthers: (): HttpError => ({
    status: 403,
    body: { message: "Cannot edit a message authored by another user", code: 50005 },
  }),
  emptyMessage: (): HttpError => ({
    status: 400,
    body: { message: "Cannot send an empty message", code: 50006 },
  }),
  invalidWebhookToken: (): HttpError => ({
    status: 401,
    body: { message: "Invalid Webhook Token", code: 50027 },
  }),
  alreadyAcknowledged: (): HttpError => ({
    status: 400,
    body: { message: "Interaction has already been acknowledged.", code: 40060 },
  }),
  tooLarge: (): HttpError => ({ status: 413, body: { message: "Request entity too large", code: 40005 } }),
  badJson: (): HttpError => ({ status: 400, body: { message: "400: Bad Request", code: 0 } }),
  serverError: (status: number): HttpError => ({
    status,
    body: { message: `${status}: ${status === 502 ? "Bad Gateway" : "Internal Server Error"}`, code: 0 },
  }),
  rateLimited: (retryAfter: number, global: boolean) => ({
    status: 429,
    body: { message: "You are being rate limited.", retry_after: retryAfter, global },
  }),
  invalidForm: (issues: FormIssue[], prefix: (string | number)[] = []): HttpError => ({
    status: 400,
    body: { message: "Invalid Form Body", code: 50035, errors: nestIssues(issues, prefix) },
  }),
};

/** Discord nests form errors by path, with `_errors` arrays at the leaves. */
export function nestIssues(issues: FormIssue[], prefix: (string | number)[] = []): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const issue of issues) {
    let node = root;
    for (const key of [...prefix, ...issue.path]) {
      const k = String(key);
      const next = node[k];
      if (next && typeof next === "object") {
        node = next as Record<string, unknown>;
      } else {
        const created: Record<string, unknown> = {};
        node[k] = created;
        node = created;
      }
    }
    const list = (node._errors as { code: string; message: string }[] | undefined) ?? [];
    list.push({ code: issue.code, message: issue.message });
    node._errors = list;
  }
  return root;
}

/** `embeds[0].description` */
export function formatPath(path: (string | number)[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out || "(body)";
}

export function describeIssues(issues: FormIssue[], prefix: (string | number)[] = []): string {
  return issues.map((i) => `${formatPath([...prefix, ...i.path])}: ${i.message} (${i.code})`).join("; ");
}
