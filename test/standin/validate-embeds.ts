/**
 * Embed checks (title, description, fields, footer, author, media URLs, the 6000-character total) and
 * the `attachment://name` references embeds make; limits and sources in validate.ts.
 */
import type { FormIssue } from "./errors.js";
import { chars, checkUrl, isRecord, Limits, maxLen } from "./validate.js";

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
