// Loads and validates a landscape: a folder (one file per company, as the built-in data is held) or
// a single JSON file. The built-in dataset and a self-hoster's DATA_PATH go through the same code,
// and a broken landscape stops start-up with every problem listed by file and JSON path.

import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { forEachCitation } from "./citations.js";
import { COMPANIES_DIR, jsonPath, readLandscapeFolder } from "./folder.js";
import { checkRules } from "./rules.js";
import { Landscape } from "./schema.js";
import { SEED_FACT_IDS, SEED_SOURCE } from "./seed-facts.js";

export const BUILT_IN_DATA_PATH = fileURLToPath(new URL("./landscape", import.meta.url));

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

/** A problem at a place in the landscape, as a JSON path: `["companies", 3, "rounds", 0]`. */
export interface Problem {
  path: (string | number)[];
  message: string;
}

/** Checks the links between records that a schema alone can't: ids exist and are unique. */
export function crossCheck(data: Landscape): Problem[] {
  const problems: Problem[] = [];
  const at = (path: (string | number)[], message: string) => problems.push({ path, message });
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const personIds = new Set(data.people.map((p) => p.id));
  const investorIds = new Set(data.investors.map((i) => i.id));

  const unique = (what: "sources" | "companies" | "people" | "investors" | "elsewhere", ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) at([what, i, "id"], `the id "${id}" is used twice`);
      seen.add(id);
    });
  };
  for (const what of ["sources", "companies", "people", "investors", "elsewhere"] as const)
    unique(
      what,
      data[what].map((record) => record.id),
    );

  // Every citation must name a known source, and a seed citation a known fact id.
  forEachCitation(data, (c, here) => {
    if (!sourceIds.has(c.source)) at([...here, "source"], `no source has the id "${c.source}"`);
    if (c.source === SEED_SOURCE && c.fact === undefined)
      at(here, 'a seed citation needs its FACTS.md id in "fact"');
    if (c.fact !== undefined && !SEED_FACT_IDS.has(c.fact))
      at([...here, "fact"], `"${c.fact}" is not a fact id of the seed article`);
  });

  data.companies.forEach((company, ci) => {
    for (const list of ["founders", "people"] as const) {
      company[list].forEach((f, fi) => {
        if (!personIds.has(f.person))
          at(["companies", ci, list, fi, "person"], `no person has the id "${f.person}"`);
      });
    }
    company.rounds.forEach((round, ri) => {
      round.investors.forEach((inv, ii) => {
        if (!investorIds.has(inv.investor))
          at(
            ["companies", ci, "rounds", ri, "investors", ii, "investor"],
            `no investor has the id "${inv.investor}"`,
          );
      });
    });
  });
  data.investors.forEach((inv, i) => {
    if (inv.person !== undefined && !personIds.has(inv.person))
      at(["investors", i, "person"], `no person has the id "${inv.person}"`);
  });
  return problems;
}

/**
 * A union's "Invalid input" says nothing; the branch that got furthest says what is wrong
 * (`{ "amount": "105 million" }` is an amount with text where a number belongs, not "undisclosed").
 */
function explain(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string }[] {
  if (issue.code !== "invalid_union" || issue.errors.length === 0)
    return [{ path: issue.path, message: issue.message }];
  const depth = (branch: z.core.$ZodIssue[]) => Math.max(...branch.map((i) => i.path.length));
  const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
  if (depth(best) === 0) return [{ path: issue.path, message: issue.message }];
  return best.flatMap((i) =>
    explain(i).map((e) => ({ path: [...issue.path, ...e.path], message: e.message })),
  );
}

/** Validates already-parsed JSON: the schema first, then the links and the citation rules. */
function validate(json: unknown, file: string, locate: (path: readonly PropertyKey[]) => string): Landscape {
  const result = Landscape.safeParse(json);
  const describe = (path: readonly PropertyKey[], message: string) => `${locate(path)}: ${message}`;
  if (!result.success)
    throw new DatasetError(
      file,
      result.error.issues.flatMap((i) => explain(i).map((e) => describe(e.path, e.message))),
    );
  const problems = [...crossCheck(result.data), ...checkRules(result.data)];
  if (problems.length > 0)
    throw new DatasetError(
      file,
      problems.map((p) => describe(p.path, p.message)),
    );
  return result.data;
}

/** Parses already-read JSON text of a one-file landscape; `file` only names it in errors. */
export function parseLandscape(text: string, file: string): Landscape {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetError(file, [`the file is not valid JSON: ${(error as Error).message}`]);
  }
  return validate(json, file, jsonPath);
}

/** Reads and validates a landscape folder; every problem names the file it is in. */
export function loadLandscapeFolder(folder: string): Landscape {
  const problems: string[] = [];
  const read = readLandscapeFolder(folder, problems);
  if (problems.length > 0) throw new DatasetError(folder, problems);
  const data = validate(read.json, folder, read.locate);
  // A company's file is named by its id, so that a reader finds it.
  const misnamed = data.companies.flatMap((c, i) =>
    read.locate(["companies", i]).startsWith(`${COMPANIES_DIR}/${c.id}.json:`)
      ? []
      : [
          `${read.locate(["companies", i, "id"])}: the file of the company "${c.id}" must be named ${c.id}.json`,
        ],
  );
  if (misnamed.length > 0) throw new DatasetError(folder, misnamed);
  return data;
}

/** Reads and validates a landscape: a folder (the built-in one by default) or a single JSON file. */
export function loadLandscape(path: string = BUILT_IN_DATA_PATH): Landscape {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DatasetError(path, [
      `cannot read the file: ${code === "ENOENT" ? "no such file or folder" : (error as Error).message}`,
    ]);
  }
  if (isFolder) return loadLandscapeFolder(path);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new DatasetError(path, [`cannot read the file: ${(error as Error).message}`]);
  }
  return parseLandscape(text, path);
}
