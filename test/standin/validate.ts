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

const chars = (s: string) => [...s.trim()].length;

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function maxLen(
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

/** Names referenced as `attachment://name` anywhere in the embeds. */
export function attachmentRefs(embeds: unknown): string[] {
  if (!Array.isArray(embeds)) return [];
  const refs: string[] = [];
  const visit = (url: unknown) => {
    if (typeof url === "string" && url.startsWith("attachment://"))
      refs.push(url.slice("attachment://".length));
  };
  for (const e of embeds) {
    if (!isRecord(e)) continue;
    for (const key of ["image", "thumbnail", "video"])
      if (isRecord(e[key])) visit((e[key] as { url?: unknown }).url);
    if (isRecord(e.author)) visit(e.author.icon_url);
    if (isRecord(e.footer)) visit(e.footer.icon_url);
  }
  return refs;
}

function checkUrl(url: unknown, path: (string | number)[], issues: FormIssue[]) {
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

export function validateEmbeds(
  embeds: unknown,
  issues: FormIssue[],
  base: (string | number)[] = ["embeds"],
): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) {
    issues.push({ path: base, code: "BASE_TYPE_ARRAY", message: "Must be an array." });
    return;
  }
  if (embeds.length > Limits.embeds) {
    issues.push({
      path: base,
      code: "BASE_TYPE_MAX_LENGTH",
      message: `Must be ${Limits.embeds} or fewer in length.`,
    });
  }
  let total = 0;
  embeds.forEach((e, i) => {
    const p = [...base, i];
    if (!isRecord(e)) {
      issues.push({
        path: p,
        code: "DICT_TYPE_CONVERT",
        message: "Only dictionaries may be used in a DictType",
      });
      return;
    }
    maxLen(e.title, Limits.embedTitle, [...p, "title"], issues);
    maxLen(e.description, Limits.embedDescription, [...p, "description"], issues);
    if (typeof e.title === "string") total += chars(e.title);
    if (typeof e.description === "string") total += chars(e.description);
    if (e.color !== undefined && e.color !== null) {
      if (typeof e.color !== "number" || !Number.isInteger(e.color) || e.color < 0 || e.color > 0xffffff) {
        issues.push({
          path: [...p, "color"],
          code: "NUMBER_TYPE_MAX",
          message: "Int value should be <= 16777215.",
        });
      }
    }
    checkUrl(e.url, [...p, "url"], issues);
    for (const key of ["image", "thumbnail"] as const) {
      const media = e[key];
      if (media !== undefined && media !== null) {
        if (!isRecord(media))
          issues.push({ path: [...p, key], code: "DICT_TYPE_CONVERT", message: "Invalid" });
        else {
          if (media.url === undefined) {
            issues.push({
              path: [...p, key, "url"],
              code: "BASE_TYPE_REQUIRED",
              message: "This field is required",
            });
          }
          checkUrl(media.url, [...p, key, "url"], issues);
        }
      }
    }
    if (e.footer !== undefined && e.footer !== null) {
      if (!isRecord(e.footer))
        issues.push({ path: [...p, "footer"], code: "DICT_TYPE_CONVERT", message: "Invalid" });
      else {
        maxLen(e.footer.text, Limits.embedFooterText, [...p, "footer", "text"], issues, true);
        checkUrl(e.footer.icon_url, [...p, "footer", "icon_url"], issues);
        if (typeof e.footer.text === "string") total += chars(e.footer.text);
      }
    }
    if (e.author !== undefined && e.author !== null) {
      if (!isRecord(e.author))
        issues.push({ path: [...p, "author"], code: "DICT_TYPE_CONVERT", message: "Invalid" });
      else {
        maxLen(e.author.name, Limits.embedAuthorName, [...p, "author", "name"], issues, true);
        checkUrl(e.author.icon_url, [...p, "author", "icon_url"], issues);
        checkUrl(e.author.url, [...p, "author", "url"], issues);
        if (typeof e.author.name === "string") total += chars(e.author.name);
      }
    }
    if (e.fields !== undefined && e.fields !== null) {
      if (!Array.isArray(e.fields)) {
        issues.push({ path: [...p, "fields"], code: "BASE_TYPE_ARRAY", message: "Must be an array." });
      } else {
        if (e.fields.length > Limits.embedFields) {
          issues.push({
            path: [...p, "fields"],
            code: "BASE_TYPE_MAX_LENGTH",
            message: `Must be ${Limits.embedFields} or fewer in length. (got ${e.fields.length})`,
          });
        }
        e.fields.forEach((f, fi) => {
          const fp = [...p, "fields", fi];
          if (!isRecord(f)) {
            issues.push({ path: fp, code: "DICT_TYPE_CONVERT", message: "Invalid" });
            return;
          }
          maxLen(f.name, Limits.embedFieldName, [...fp, "name"], issues, true);
          maxLen(f.value, Limits.embedFieldValue, [...fp, "value"], issues, true);
          if (typeof f.name === "string") total += chars(f.name);
          if (typeof f.value === "string") total += chars(f.value);
        });
      }
    }
  });
  if (total > Limits.embedTotal) {
    issues.push({
      path: base,
      code: "MAX_EMBED_SIZE_EXCEEDED",
      message: `Embed size exceeds maximum size of ${Limits.embedTotal} (got ${total})`,
    });
  }
}

const SELECT_TYPES = new Set([3, 5, 6, 7, 8]);

function validateInteractive(
  c: Record<string, unknown>,
  p: (string | number)[],
  issues: FormIssue[],
  customIds: Set<string>,
): void {
  const type = c.type;
  const checkCustomId = (required: boolean) => {
    maxLen(c.custom_id, Limits.customId, [...p, "custom_id"], issues, required);
    if (typeof c.custom_id === "string") {
      if (customIds.has(c.custom_id)) {
        issues.push({
          path: [...p, "custom_id"],
          code: "COMPONENT_CUSTOM_ID_DUPLICATED",
          message: `Component custom id cannot be duplicated (${c.custom_id})`,
        });
      }
      customIds.add(c.custom_id);
    }
  };
  if (type === 2) {
    const style = c.style;
    if (typeof style !== "number" || style < 1 || style > 6) {
      issues.push({
        path: [...p, "style"],
        code: "BASE_TYPE_CHOICES",
        message: "Value must be one of (1..6).",
      });
    }
    if (style === 5) {
      if (typeof c.url !== "string") {
        issues.push({ path: [...p, "url"], code: "BASE_TYPE_REQUIRED", message: "This field is required" });
      }
      if (c.custom_id !== undefined) {
        issues.push({
          path: [...p, "custom_id"],
          code: "COMPONENT_LINK_BUTTON_CUSTOM_ID",
          message: "Link buttons cannot have a custom_id",
        });
      }
      checkUrl(c.url, [...p, "url"], issues);
    } else if (style !== 6) {
      checkCustomId(true);
    }
    maxLen(c.label, Limits.buttonLabel, [...p, "label"], issues);
    if ((c.label === undefined || c.label === "") && c.emoji === undefined && style !== 6) {
      issues.push({
        path: [...p, "label"],
        code: "BUTTON_COMPONENT_LABEL_OR_EMOJI_REQUIRED",
        message: "A button needs a label or an emoji",
      });
    }
  } else if (typeof type === "number" && SELECT_TYPES.has(type)) {
    checkCustomId(true);
    maxLen(c.placeholder, Limits.selectPlaceholder, [...p, "placeholder"], issues);
    if (type === 3) {
      const options = c.options;
      if (!Array.isArray(options) || options.length < 1 || options.length > Limits.selectOptions) {
        issues.push({
          path: [...p, "options"],
          code: "BASE_TYPE_BAD_LENGTH",
          message: `Must be between 1 and ${Limits.selectOptions} in length.`,
        });
      } else {
        options.forEach((o, oi) => {
          if (!isRecord(o)) return;
          maxLen(o.label, Limits.selectOptionText, [...p, "options", oi, "label"], issues, true);
          maxLen(o.value, Limits.selectOptionText, [...p, "options", oi, "value"], issues, true);
          maxLen(o.description, Limits.selectOptionText, [...p, "options", oi, "description"], issues);
        });
      }
    }
    for (const key of ["min_values", "max_values"] as const) {
      const v = c[key];
      if (v !== undefined && (typeof v !== "number" || v < 0 || v > 25)) {
        issues.push({ path: [...p, key], code: "NUMBER_TYPE_MAX", message: "Must be between 0 and 25." });
      }
    }
  }
}

/**
 * Components: classic messages take ≤ 5 action rows of ≤ 5 buttons or one select; Components V2
 * messages (flag 1 << 15) take a tree of ≤ 40 components whose text displays total ≤ 4000 characters.
 */
export function validateComponents(
  components: unknown,
  flags: number,
  issues: FormIssue[],
  base: (string | number)[] = ["components"],
): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) {
    issues.push({ path: base, code: "BASE_TYPE_ARRAY", message: "Must be an array." });
    return;
  }
  const customIds = new Set<string>();
  if (flags & MessageFlag.IsComponentsV2) {
    let count = 0;
    let text = 0;
    const walk = (list: unknown[], path: (string | number)[]) => {
      list.forEach((c, i) => {
        if (!isRecord(c)) return;
        count++;
        const p = [...path, i];
        if (c.type === 10 && typeof c.content === "string") text += chars(c.content);
        validateInteractive(c, p, issues, customIds);
        if (Array.isArray(c.components)) walk(c.components, [...p, "components"]);
        if (isRecord(c.accessory)) {
          count++;
          validateInteractive(c.accessory, [...p, "accessory"], issues, customIds);
        }
      });
    };
    walk(components, base);
    if (count > Limits.componentsV2Total) {
      issues.push({
        path: base,
        code: "BASE_TYPE_MAX_LENGTH",
        message: `Must be ${Limits.componentsV2Total} or fewer components in total. (got ${count})`,
      });
    }
    if (text > Limits.textDisplayTotal) {
      issues.push({
        path: base,
        code: "BASE_TYPE_MAX_LENGTH",
        message: `Text displays must total ${Limits.textDisplayTotal} or fewer characters. (got ${text})`,
      });
    }
    return;
  }
  if (components.length > Limits.actionRows) {
    issues.push({
      path: base,
      code: "BASE_TYPE_MAX_LENGTH",
      message: `Must be ${Limits.actionRows} or fewer in length. (got ${components.length})`,
    });
  }
  components.forEach((row, i) => {
    const p = [...base, i];
    if (!isRecord(row) || row.type !== 1) {
      issues.push({
        path: [...p, "type"],
        code: "UNION_TYPE_CHOICES",
        message: "Top-level components must be action rows (type 1) unless the IS_COMPONENTS_V2 flag is set",
      });
      return;
    }
    const children = row.components;
    if (!Array.isArray(children) || children.length === 0) {
      issues.push({
        path: [...p, "components"],
        code: "BASE_TYPE_BAD_LENGTH",
        message: "Must be between 1 and 5.",
      });
      return;
    }
    const selects = children.filter((c) => isRecord(c) && SELECT_TYPES.has(c.type as number)).length;
    if (selects > 0 && children.length > 1) {
      issues.push({
        path: [...p, "components"],
        code: "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
        message: "A select menu must be alone in its action row",
      });
    }
    if (children.length > Limits.buttonsPerRow) {
      issues.push({
        path: [...p, "components"],
        code: "BASE_TYPE_MAX_LENGTH",
        message: `Must be ${Limits.buttonsPerRow} or fewer in length. (got ${children.length})`,
      });
    }
    children.forEach((c, ci) => {
      if (isRecord(c)) validateInteractive(c, [...p, "components", ci], issues, customIds);
    });
  });
}

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

/** Autocomplete result (callback type 8) `data`. */
export function validateAutocompleteData(data: unknown, optionType: number | undefined): FormIssue[] {
  const issues: FormIssue[] = [];
  if (!isRecord(data) || !Array.isArray(data.choices)) {
    return [{ path: ["choices"], code: "BASE_TYPE_REQUIRED", message: "This field is required" }];
  }
  const choices = data.choices;
  if (choices.length > Limits.autocompleteChoices) {
    issues.push({
      path: ["choices"],
      code: "BASE_TYPE_MAX_LENGTH",
      message: `Must be ${Limits.autocompleteChoices} or fewer in length. (got ${choices.length})`,
    });
  }
  choices.forEach((c, i) => {
    if (!isRecord(c)) {
      issues.push({ path: ["choices", i], code: "DICT_TYPE_CONVERT", message: "Invalid" });
      return;
    }
    const name = c.name;
    if (typeof name !== "string" || [...name].length < 1 || [...name].length > Limits.choiceName) {
      issues.push({
        path: ["choices", i, "name"],
        code: "BASE_TYPE_BAD_LENGTH",
        message: `Must be between 1 and ${Limits.choiceName} in length. (got ${typeof name === "string" ? [...name].length : typeof name})`,
      });
    }
    const value = c.value;
    if (typeof value === "string") {
      if ([...value].length > Limits.choiceValue) {
        issues.push({
          path: ["choices", i, "value"],
          code: "BASE_TYPE_MAX_LENGTH",
          message: `Must be ${Limits.choiceValue} or fewer in length. (got ${[...value].length})`,
        });
      }
      if (optionType === 4 || optionType === 10) {
        issues.push({
          path: ["choices", i, "value"],
          code: "NUMBER_TYPE_COERCE",
          message: "Value is not a number.",
        });
      }
    } else if (typeof value === "number") {
      if (optionType === 3) {
        issues.push({
          path: ["choices", i, "value"],
          code: "BASE_TYPE_STRING",
          message: "Must be a string.",
        });
      } else if (optionType === 4 && !Number.isInteger(value)) {
        issues.push({
          path: ["choices", i, "value"],
          code: "NUMBER_TYPE_COERCE",
          message: "Value is not int.",
        });
      }
    } else {
      issues.push({
        path: ["choices", i, "value"],
        code: "BASE_TYPE_REQUIRED",
        message: "This field is required",
      });
    }
  });
  return issues;
}

/** Modal (callback type 9) `data`. */
export function validateModalData(data: unknown): FormIssue[] {
  const issues: FormIssue[] = [];
  if (!isRecord(data)) return [{ path: [], code: "BASE_TYPE_REQUIRED", message: "This field is required" }];
  maxLen(data.custom_id, Limits.customId, ["custom_id"], issues, true);
  maxLen(data.title, Limits.modalTitle, ["title"], issues, true);
  const components = data.components;
  if (!Array.isArray(components) || components.length < 1 || components.length > Limits.modalComponents) {
    issues.push({
      path: ["components"],
      code: "BASE_TYPE_BAD_LENGTH",
      message: `Must be between 1 and ${Limits.modalComponents} in length.`,
    });
    return issues;
  }
  const ids = new Set<string>();
  components.forEach((c, i) => {
    if (!isRecord(c)) return;
    const inputs: [Record<string, unknown>, (string | number)[]][] = [];
    if (c.type === 1 && Array.isArray(c.components)) {
      c.components.forEach((x, xi) => {
        if (isRecord(x)) inputs.push([x, ["components", i, "components", xi]]);
      });
    } else if (c.type === 18 && isRecord(c.component)) {
      maxLen(c.label, Limits.textInputLabel, ["components", i, "label"], issues, true);
      inputs.push([c.component, ["components", i, "component"]]);
    }
    for (const [input, p] of inputs) {
      if (input.type === 4) {
        maxLen(input.custom_id, Limits.customId, [...p, "custom_id"], issues, true);
        if (c.type === 1) maxLen(input.label, Limits.textInputLabel, [...p, "label"], issues, true);
        maxLen(input.value, Limits.textInputValue, [...p, "value"], issues);
        maxLen(input.placeholder, 100, [...p, "placeholder"], issues);
        if (typeof input.custom_id === "string") {
          if (ids.has(input.custom_id)) {
            issues.push({
              path: [...p, "custom_id"],
              code: "COMPONENT_CUSTOM_ID_DUPLICATED",
              message: "Component custom id cannot be duplicated",
            });
          }
          ids.add(input.custom_id);
        }
      } else {
        validateInteractive(input, p, issues, ids);
      }
    }
  });
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
