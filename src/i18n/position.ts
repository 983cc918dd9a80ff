// A person's positions at a company in words: "CEO", "CTO until Aug 2024", "left in Aug 2024". One
// place for the cards and the question engine alike.
import type { PartialDate, Role } from "../data/schema.js";
import type { Messages } from "./en.js";
import { formatDate, joinList } from "./format.js";

export interface Tenure {
  roles: readonly Role[];
  since?: PartialDate | undefined;
  until?: PartialDate | undefined;
}

/** The positions held, with when they began or ended; undefined for a founder with no stated role. */
export function positionText(tenure: Tenure, m: Messages): string | undefined {
  const date = (d: PartialDate) => formatDate(d, m.numbers, { day: "short" });
  const roles = joinList(
    tenure.roles.map((r) => m.roles[r]),
    m.list,
  );
  if (tenure.roles.length === 0)
    return tenure.until !== undefined ? m.tenure.left(date(tenure.until)) : undefined;
  if (tenure.until !== undefined) return m.tenure.until(roles, date(tenure.until));
  if (tenure.since !== undefined) return m.tenure.since(roles, date(tenure.since));
  return roles;
}
