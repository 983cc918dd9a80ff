// A landscape held as a folder, one file per company plus one per shared list, so that a dataset of
// hundreds of companies is edited a company at a time:
//
//   meta.json            { "version": 2, "asOf": "2026-03" }
//   sources.json         [ source, … ]       people.json     [ person, … ]
//   investors.json       [ investor, … ]     ecosystem.json  [ national fact, … ]
//   rates.json           [ exchange rate, … ] elsewhere.json  [ a foreign company asked about, … ]
//   companies/<id>.json  one company each
//
// The files are merged into the one object the schema validates, and every problem found in the
// merged object is reported at the file and JSON path it came from.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The shared lists of a landscape folder, each in its own file. */
export const LIST_FILES = {
  sources: "sources.json",
  people: "people.json",
  investors: "investors.json",
  ecosystem: "ecosystem.json",
  fxRates: "rates.json",
  elsewhere: "elsewhere.json",
} as const;
export const META_FILE = "meta.json";
export const COMPANIES_DIR = "companies";

/** A JSON text that did not parse, or a file that could not be read: named by its place in the folder. */
export class FolderFileError extends Error {
  constructor(
    readonly file: string,
    readonly why: string,
  ) {
    super(`${file}: ${why}`);
  }
}

export interface FolderLandscape {
  /** The merged object, for the schema to validate. */
  json: Record<string, unknown>;
  /** Turns a JSON path in the merged object into "file: path in that file". */
  locate(path: readonly PropertyKey[]): string;
}

function readJson(folder: string, file: string, problems: string[], optional = false): unknown {
  let text: string;
  try {
    text = readFileSync(join(folder, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (optional && code === "ENOENT") return undefined;
    problems.push(
      `${file}: cannot read the file: ${code === "ENOENT" ? "no such file" : (error as Error).message}`,
    );
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push(`${file}: the file is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    "$",
  );
}

/**
 * Reads a landscape folder. Unreadable or unparsable files are listed in `problems` (all of them,
 * not only the first), with the file they are in.
 */
export function readLandscapeFolder(folder: string, problems: string[]): FolderLandscape {
  const meta = readJson(folder, META_FILE, problems);
  const json: Record<string, unknown> =
    meta !== null && typeof meta === "object" && !Array.isArray(meta) ? { ...meta } : {};
  if (meta !== undefined && json === meta) problems.push(`${META_FILE}: expected an object`);

  for (const [key, file] of Object.entries(LIST_FILES)) {
    const list = readJson(folder, file, problems, key !== "sources");
    if (list === undefined) continue;
    if (!Array.isArray(list)) problems.push(`${file}: expected a list ([…])`);
    else json[key] = list;
  }

  let names: string[] = [];
  try {
    names = readdirSync(join(folder, COMPANIES_DIR))
      .filter((n) => n.endsWith(".json"))
      .sort();
  } catch {
    problems.push(`${COMPANIES_DIR}/: no such folder (one JSON file per company goes there)`);
  }
  const companyFiles: string[] = [];
  const companies: unknown[] = [];
  for (const name of names) {
    const file = `${COMPANIES_DIR}/${name}`;
    const company = readJson(folder, file, problems);
    if (company === undefined) continue;
    companyFiles.push(file);
    companies.push(company);
  }
  json.companies = companies;

  const fileOfList = new Map<string, string>(Object.entries(LIST_FILES));
  return {
    json,
    locate(path) {
      const [top, index, ...rest] = path;
      if (top === "companies" && typeof index === "number") {
        const file = companyFiles[index];
        if (file !== undefined) return `${file}: ${jsonPath(rest)}`;
      }
      const list = typeof top === "string" ? fileOfList.get(top) : undefined;
      if (list !== undefined) return `${list}: ${jsonPath(index === undefined ? [] : [index, ...rest])}`;
      return `${META_FILE}: ${jsonPath(path)}`;
    },
  };
}
