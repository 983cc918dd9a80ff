/**
 * The whole-message checks: a message body (content, embeds, components, allowed mentions, the
 * Components V2 rules, attachment count) and whether a resulting message would be empty.
 */
import type { FormIssue } from "./errors.js";
import { isRecord, Limits, MessageFlag, maxLen } from "./validate.js";
import { validateComponents } from "./validate-components.js";
import { validateEmbeds } from "./validate-embeds.js";

export function validateAllowedMentions(am: unknown, issues: FormIssue[], base: (string | number)[]): void {
  if (am === undefined || am === null) return;
  if (!isRecord(am)) {
    issues.push({
      path: base,
      code: "DICT_TYPE_CONVERT",
      message: "Only dictionaries may be used in a DictType",
    });
    return;
  }
  const parse = am.parse;
  if (parse !== undefined) {
    if (!Array.isArray(parse) || parse.some((x) => x !== "users" && x !== "roles" && x !== "everyone")) {
      issues.push({
        path: [...base, "parse"],
        code: "BASE_TYPE_CHOICES",
        message: `Value must be one of ('users', 'roles', 'everyone').`,
      });
    }
  }
  for (const kind of ["users", "roles"] as const) {
    const list = am[kind];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      issues.push({ path: [...base, kind], code: "BASE_TYPE_ARRAY", message: "Must be an array." });
      continue;
    }
    if (list.length > Limits.allowedMentionIds) {
      issues.push({
        path: [...base, kind],
        code: "BASE_TYPE_MAX_LENGTH",
        message: "Must be 100 or fewer in length.",
      });
    }
    if (Array.isArray(parse) && parse.includes(kind) && list.length > 0) {
      issues.push({
        path: [...base, kind],
        code: "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
        message: `parse:["${kind}"] and ${kind}: [ids] are mutually exclusive.`,
      });
    }
  }
}

/** Message body checks shared by channel messages, interaction replies, edits and follow-ups. */
export function validateMessageBody(
  body: Record<string, unknown>,
  opts: { fileCount: number; flags?: number } = { fileCount: 0 },
): FormIssue[] {
  const issues: FormIssue[] = [];
  maxLen(body.content, Limits.content, ["content"], issues);
  validateEmbeds(body.embeds, issues);
  const flags = typeof body.flags === "number" ? body.flags : (opts.flags ?? 0);
  validateComponents(body.components, flags, issues);
  validateAllowedMentions(body.allowed_mentions, issues, ["allowed_mentions"]);
  if (flags & MessageFlag.IsComponentsV2) {
    if (typeof body.content === "string" && body.content !== "") {
      issues.push({
        path: ["content"],
        code: "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
        message: "content cannot be used with the IS_COMPONENTS_V2 flag",
      });
    }
    if (Array.isArray(body.embeds) && body.embeds.length > 0) {
      issues.push({
        path: ["embeds"],
        code: "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
        message: "embeds cannot be used with the IS_COMPONENTS_V2 flag",
      });
    }
  }
  if (opts.fileCount > Limits.attachments) {
    issues.push({
      path: ["attachments"],
      code: "BASE_TYPE_MAX_LENGTH",
      message: "Must be 10 or fewer in length.",
    });
  }
  return issues;
}

/** Whether a resulting message would be empty (Discord answers 50006 "Cannot send an empty message"). */
export function isEmptyMessage(m: {
  content?: unknown;
  embeds?: unknown;
  attachments?: unknown;
  components?: unknown;
  sticker_ids?: unknown;
  poll?: unknown;
}): boolean {
  const nonEmpty = (v: unknown) => Array.isArray(v) && v.length > 0;
  return !(
    (typeof m.content === "string" && m.content.trim() !== "") ||
    nonEmpty(m.embeds) ||
    nonEmpty(m.attachments) ||
    nonEmpty(m.components) ||
    nonEmpty(m.sticker_ids) ||
    (m.poll !== undefined && m.poll !== null)
  );
}
