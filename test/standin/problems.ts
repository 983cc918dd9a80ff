/** Everything that should fail a test: breaches of Discord's rules and requests to unknown routes. */
import type { UnknownRoute, Violation } from "./records.js";

export type ViolationInput = Omit<Violation, "at"> & { at?: number };

export class ProblemLog {
  /** Every breach of Discord's rules, in order. */
  readonly violations: Violation[] = [];
  /** Requests to routes the stand-in (and Discord, as far as it knows) doesn't serve. */
  readonly unknownRoutes: UnknownRoute[] = [];

  constructor(
    private readonly log: (line: string) => void,
    private readonly changed: () => void,
  ) {}

  violation(v: ViolationInput): void {
    const full: Violation = { ...v, at: v.at ?? Date.now() };
    this.violations.push(full);
    this.log(`VIOLATION ${full.kind}: ${full.message}`);
    this.changed();
  }

  /** Violations and unknown routes, as readable lines (empty = clean). */
  lines(): string[] {
    return [
      ...this.violations.map((v) => `violation ${v.kind}: ${v.message}`),
      ...this.unknownRoutes.map((r) => `unknown route ${r.method} ${r.path} → ${r.status}`),
    ];
  }

  clear(): void {
    this.violations.length = 0;
    this.unknownRoutes.length = 0;
  }
}
