/**
 * Interaction callback `data` checks: autocomplete results (type 8) and modals (type 9); limits and
 * sources in validate.ts.
 */
import type { FormIssue } from "./errors.js";
import { isRecord, Limits, maxLen } from "./validate.js";
import { validateInteractive } from "./validate-components.js";

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
