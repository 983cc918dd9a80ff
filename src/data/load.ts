// Loads and validates a landscape file. The built-in dataset and a self-hoster's DATA_PATH file go
// through the same code, and a broken file stops start-up with every problem listed by JSON path.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { type Citation, Landscape } from "./schema.js";
import { SEED_FACT_IDS, SEED_SOURCE } from "./seed-facts.js";

export const BUILT_IN_DATA_PATH = fileURLToPath(new URL("./landscape.json", import.meta.url));

export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(
      `The landscape data in ${file} is not valid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
        problems.map((p) => `  - ${p}`).join("\n"),
    );
    this.name = "DatasetError";
  }
}

/** `$.companies[3].rounds[0].amount` — the JSONPath-like address of a zod issue. */
function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    "$",
  );
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return `${jsonPath(issue.path)}: ${issue.message}`;
}

/** Checks the links between records that a schema alone can't: ids exist and are unique. */
export function crossCheck(data: Landscape): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const personIds = new Set(data.people.map((p) => p.id));
  const investorIds = new Set(data.investors.map((i) => i.id));

  const unique = (what: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`$.${what}: the id "${id}" is used twice`);
      seen.add(id);
    }
  };
  unique(
    "sources",
    data.sources.map((s) => s.id),
  );
  unique(
    "companies",
    data.companies.map((c) => c.id),
  );
  unique(
    "people",
    data.people.map((p) => p.id),
  );
  unique(
    "investors",
    data.investors.map((i) => i.id),
  );

  // Walk the whole tree once: every citation must name a known source, and seed citations a known fact id.
  const visit = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        visit(item, `${path}[${i}]`);
      });
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (Array.isArray(record.cite)) {
      (record.cite as Citation[]).forEach((c, i) => {
        const at = `${path}.cite[${i}]`;
        if (!sourceIds.has(c.source)) problems.push(`${at}.source: no source has the id "${c.source}"`);
        if (c.source === SEED_SOURCE && c.fact === undefined)
          problems.push(`${at}: a seed citation needs its FACTS.md id in "fact"`);
        if (c.fact !== undefined && !SEED_FACT_IDS.has(c.fact))
          problems.push(`${at}.fact: "${c.fact}" is not a fact id of the seed article`);
      });
    }
    for (const [key, value] of Object.entries(record)) {
      if (key !== "cite") visit(value, `${path}.${key}`);
    }
  };
  visit(data, "$");

  data.companies.forEach((company, ci) => {
    for (const list of ["founders", "people"] as const) {
      company[list].forEach((f, fi) => {
        if (!personIds.has(f.person))
          problems.push(`$.companies[${ci}].${list}[${fi}].person: no person has the id "${f.person}"`);
      });
    }
    company.rounds.forEach((round, ri) => {
      round.investors.forEach((inv, ii) => {
        if (!investorIds.has(inv.investor))
          problems.push(
            `$.companies[${ci}].rounds[${ri}].investors[${ii}].investor: no investor has the id "${inv.investor}"`,
          );
      });
    });
  });
  data.investors.forEach((inv, i) => {
    if (inv.person !== undefined && !personIds.has(inv.person))
      problems.push(`$.investors[${i}].person: no person has the id "${inv.person}"`);
  });
  return problems;
}

/** Parses already-read JSON text; `file` only names it in errors. */
export function parseLandscape(text: string, file: string): Landscape {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetError(file, [`the file is not valid JSON: ${(error as Error).message}`]);
  }
  const result = Landscape.safeParse(json);
  if (!result.success) throw new DatasetError(file, result.error.issues.map(describeIssue));
  const problems = crossCheck(result.data);
  if (problems.length > 0) throw new DatasetError(file, problems);
  return result.data;
}

/** Reads and validates a landscape file (the built-in one by default). */
export function loadLandscape(file: string = BUILT_IN_DATA_PATH): Landscape {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (error as Error).message;
    throw new DatasetError(file, [`cannot read the file: ${why}`]);
  }
  return parseLandscape(text, file);
}
