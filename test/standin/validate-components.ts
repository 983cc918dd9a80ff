/**
 * Component checks: classic action rows and Components V2 trees, buttons and selects (custom ids,
 * labels, options); limits and sources in validate.ts.
 */
import type { FormIssue } from "./errors.js";
import { chars, checkUrl, isRecord, Limits, MessageFlag, maxLen } from "./validate.js";

const SELECT_TYPES = new Set([3, 5, 6, 7, 8]);

export function validateInteractive(
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
