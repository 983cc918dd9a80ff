/**
 * What a simulated user can do with the bot's components: find a button or select on a message (and
 * refuse what Discord's client would not allow), and fill in a modal.
 */
import type { StoredMessage } from "./records.js";
import { isRecord } from "./validate.js";

/** The enabled component with this custom_id on a message (in rows, containers or section accessories). */
export function findComponent(msg: StoredMessage, customId: string): Record<string, unknown> {
  const found: Record<string, unknown>[] = [];
  const walk = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const c of list) {
      if (!isRecord(c)) continue;
      if (typeof c.custom_id === "string") found.push(c);
      walk(c.components);
      if (isRecord(c.accessory)) walk([c.accessory]);
    }
  };
  walk(msg.components);
  const component = found.find((c) => c.custom_id === customId);
  if (!component) {
    throw new Error(
      `standin: message ${msg.id} has no component "${customId}" (has: ${found.map((c) => String(c.custom_id)).join(", ") || "none"})`,
    );
  }
  if (component.disabled === true) throw new Error(`standin: component "${customId}" is disabled`);
  return component;
}

/** Throw unless these values are options of the select and within its min/max. */
export function checkSelectValues(
  component: Record<string, unknown>,
  customId: string,
  values: string[],
): void {
  if (component.type !== 3) {
    throw new Error(
      `standin: component "${customId}" is not a string select (type ${String(component.type)})`,
    );
  }
  const allowed = Array.isArray(component.options)
    ? (component.options as { value: string }[]).map((o) => o.value)
    : [];
  for (const v of values) {
    if (!allowed.includes(v)) throw new Error(`standin: "${v}" is not an option of select "${customId}"`);
  }
  const min = typeof component.min_values === "number" ? component.min_values : 1;
  const max = typeof component.max_values === "number" ? component.max_values : 1;
  if (values.length < min || values.length > max) {
    throw new Error(`standin: select "${customId}" takes ${min} to ${max} value(s), got ${values.length}`);
  }
}

/** The MODAL_SUBMIT components for a modal the bot sent, with `values` by custom_id (else their preset). */
export function modalSubmitComponents(
  modal: Record<string, unknown>,
  values: Record<string, string>,
): unknown[] {
  const input = (c: Record<string, unknown>) => {
    const customId = String(c.custom_id);
    const value = values[customId] ?? (typeof c.value === "string" ? c.value : "");
    if (c.required !== false && value === "" && c.type === 4) {
      throw new Error(`standin: modal field "${customId}" is required`);
    }
    return { type: 4, custom_id: customId, value, ...(c.id !== undefined ? { id: c.id } : {}) };
  };
  return (Array.isArray(modal.components) ? modal.components : []).flatMap((row: unknown): unknown[] => {
    if (!isRecord(row)) return [];
    if (row.type === 1 && Array.isArray(row.components)) {
      return [{ type: 1, components: row.components.filter(isRecord).map(input) }];
    }
    if (row.type === 18 && isRecord(row.component)) {
      return [{ type: 18, ...(row.id !== undefined ? { id: row.id } : {}), component: input(row.component) }];
    }
    return [];
  });
}
