/**
 * Discord's limits on what a bot sends, checked the way the API checks them (400 Invalid Form Body,
 * 50035, with per-field errors). Sources:
 *  - messages & embeds: https://discord.com/developers/docs/resources/message (Embed Limits: title 256,
 *    description 4096, ≤ 25 fields, field name 256 / value 1024, footer 2048, author 256, all embeds of a
 *    message ≤ 6000 characters; ≤ 10 embeds; content ≤ 2000)
 *  - components: https://discord.com/developers/docs/components/reference (≤ 5 action rows, ≤ 5 buttons
 *    per row, custom_id ≤ 100, button label ≤ 80, select ≤ 25 options; Components V2 ≤ 40 components)
 *  - autocomplete: ≤ 25 choices, name 1–100, string value ≤ 100
 *  - modal: custom_id ≤ 100, title ≤ 45, 1–5 components
 * Lengths are counted in Unicode code points after trimming, as Discord does for embeds.
 *
 * This file holds the limits, the message flags and the field checks the validators share; they are
 * applied by validate-embeds.ts, validate-components.ts, validate-message.ts and
 * validate-interaction-data.ts.
 */
import type { FormIssue } from "./errors.js";

export const Limits = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooterText: 2048,
  embedAuthorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  selectPlaceholder: 150,
  selectOptionText: 100,
  componentsV2Total: 40,
  textDisplayTotal: 4000,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  modalTitle: 45,
  modalComponents: 5,
  textInputLabel: 45,
  textInputValue: 4000,
  attachments: 10,
  allowedMentionIds: 100,
} as const;

export const MessageFlag = {
  SuppressEmbeds: 1 << 2,
  Ephemeral: 1 << 6,
  Loading: 1 << 7,
  SuppressNotifications: 1 << 12,
  IsVoiceMessage: 1 << 13,
  IsComponentsV2: 1 << 15,
} as const;

export const chars = (s: string) => [...s.trim()].length;

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function maxLen(
  value: unknown,
  max: number,
  path: (string | number)[],
  issues: FormIssue[],
  required = false,
) {
  if (value === undefined || value === null) {
    if (required) issues.push({ path, code: "BASE_TYPE_REQUIRED", message: "This field is required" });
    return;
  }
  if (typeof value !== "string") {
    issues.push({ path, code: "BASE_TYPE_STRING", message: "Must be a string." });
    return;
  }
  const n = chars(value);
  if (n > max) {
    issues.push({
      path,
      code: "BASE_TYPE_MAX_LENGTH",
      message: `Must be ${max} or fewer in length. (got ${n})`,
    });
  } else if (required && n === 0) {
    issues.push({ path, code: "BASE_TYPE_REQUIRED", message: "This field is required" });
  }
}

export function checkUrl(url: unknown, path: (string | number)[], issues: FormIssue[]) {
  if (url === undefined || url === null) return;
  if (typeof url !== "string") {
    issues.push({ path, code: "BASE_TYPE_STRING", message: "Must be a string." });
    return;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== "http" && scheme !== "https" && scheme !== "attachment") {
    issues.push({
      path,
      code: "URL_TYPE_INVALID_SCHEME",
      message: `Scheme "${scheme ?? ""}" is not supported. Scheme must be one of ('http', 'https').`,
    });
  }
}
