// Every citation in the dataset, wherever it sits (a fact's claims, a round's investors, a person's
// notes…), with its path for problem reports: the one walk the cross-check and the sourcing rules
// share.
import type { Citation } from "./schema.js";

export type Path = (string | number)[];

/** Calls `each` for every citation under `node`, with the path of the citation itself. */
export function forEachCitation(
  node: unknown,
  each: (citation: Citation, path: Path) => void,
  path: Path = [],
): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      forEachCitation(item, each, [...path, i]);
    });
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  if (Array.isArray(record.cite))
    (record.cite as Citation[]).forEach((c, i) => {
      each(c, [...path, "cite", i]);
    });
  for (const [key, value] of Object.entries(record))
    if (key !== "cite") forEachCitation(value, each, [...path, key]);
}
