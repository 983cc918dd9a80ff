// A self-hoster points DATA_PATH at their own landscape: a folder laid out like the built-in one, or
// a single JSON file. Whatever is wrong with it, start-up stops with a DatasetError that names the
// file and says where and what the problem is.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readLandscapeFolder } from "../../src/data/folder.js";
import { BUILT_IN_DATA_PATH, DatasetError, loadLandscape } from "../../src/data/load.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "landscape-data-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/**
 * The built-in dataset merged into one plain JSON object, to copy and break; a company with rounds
 * first, so `companies[0].rounds[0]` is there to break whatever the data's alphabetical order.
 */
// biome-ignore lint/suspicious/noExplicitAny: a deliberately loose copy of the JSON, to break on purpose
const builtIn = (): any => {
  // biome-ignore lint/suspicious/noExplicitAny: as above
  const data: any = structuredClone(readLandscapeFolder(BUILT_IN_DATA_PATH, []).json);
  // biome-ignore lint/suspicious/noExplicitAny: as above
  const i = data.companies.findIndex((c: any) => c.rounds?.length > 0);
  data.companies.unshift(...data.companies.splice(i, 1));
  return data;
};

function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return file;
}

/** Loads the file and returns the DatasetError it must throw. */
function refusal(file: string): DatasetError {
  try {
    loadLandscape(file);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return error as DatasetError;
  }
  throw new Error(`expected ${file} to be refused`);
}

describe("a self-hoster's DATA_PATH file", () => {
  it("is accepted when it is a faithful copy of the built-in data", () => {
    const file = write("copy.json", builtIn());
    expect(loadLandscape(file).companies.length).toBe(builtIn().companies.length);
  });

  it("that is not JSON at all is refused, naming the file", () => {
    const file = write("broken.json", '{ "version": 2, "companies": [');
    const error = refusal(file);
    expect(error.message).toContain(file);
    expect(error.message).toContain("not valid JSON");
    expect(error.problems).toHaveLength(1);
  });

  it("with a negative round amount is refused with its JSON path and what was expected", () => {
    const data = builtIn();
    data.companies[0].rounds[0].amount.claims[0].value.amount = -5;
    const file = write("negative-amount.json", data);
    const error = refusal(file);
    expect(error.message).toContain("negative-amount.json");
    expect(error.message).toContain("$.companies[0].rounds[0].amount.claims[0].value.amount");
    expect(error.message).toMatch(/expected number to be >0/);
  });

  it("with text where a number belongs is refused with its JSON path and the expected type", () => {
    const data = builtIn();
    data.companies[0].rounds[0].amount.claims[0].value.amount = "105 million";
    const error = refusal(write("text-amount.json", data));
    expect(error.problems).toEqual([
      expect.stringMatching(
        /^\$\.companies\[0\]\.rounds\[0\]\.amount\.claims\[0\]\.value\.amount: .*expected number, received string/,
      ),
    ]);
  });

  it("with a source that has no date and doesn't say how it was read is refused", () => {
    const data = builtIn();
    const undated = data.sources.findIndex((s: { date?: string; via?: string }) => s.date !== undefined);
    delete data.sources[undated].date;
    delete data.sources[undated].via;
    const error = refusal(write("undated.json", data));
    expect(error.problems).toEqual([
      `$.sources[${undated}].date: a source without a date must say in \`via\` how it was read and that the page is undated`,
    ]);
    // Saying so is enough: an undated page is a source, shown as "undated".
    data.sources[undated].via = "undated page";
    expect(loadLandscape(write("undated-ok.json", data)).sources[undated]?.date).toBeUndefined();
  });

  it("lists every problem at once, not just the first", () => {
    const data = builtIn();
    data.companies[0].rounds[0].date = "June 2023";
    data.companies[1].categories = [];
    const error = refusal(write("two-problems.json", data));
    expect(error.problems).toHaveLength(2);
    expect(error.message).toContain("2 problems");
    expect(error.message).toContain(
      "$.companies[0].rounds[0].date: a date written YYYY, YYYY-MM or YYYY-MM-DD",
    );
    expect(error.message).toContain("$.companies[1].categories");
  });

  it("citing a source it does not list is refused with the citation's path and the unknown id", () => {
    const data = builtIn();
    data.companies[0].rounds[0].cite = [{ source: "my-blog" }];
    const error = refusal(write("unknown-source.json", data));
    expect(error.problems).toEqual([
      `$.companies[0].rounds[0].cite[0].source: no source has the id "my-blog"`,
    ]);
  });

  it("with two claims that differ but no `disputed` sentence is refused", () => {
    const data = builtIn();
    const amount = data.companies[0].rounds[0].amount;
    amount.claims.push({ ...amount.claims[0], value: { amount: 1, currency: "EUR" } });
    const error = refusal(write("silent-dispute.json", data));
    expect(error.message).toContain("$.companies[0].rounds[0].amount.disputed");
    expect(error.message).toContain("must say how the sources differ");
  });

  it("that does not exist is refused with 'no such file'", () => {
    const file = join(dir, "nowhere", "landscape.json");
    const error = refusal(file);
    expect(error.message).toContain(file);
    expect(error.message).toContain("cannot read the file: no such file");
  });

  it("that is an empty folder is refused, saying which files a landscape folder needs", () => {
    const folder = join(dir, "a-folder");
    mkdirSync(folder);
    const error = refusal(folder);
    expect(error.message).toContain("meta.json: cannot read the file: no such file");
    expect(error.message).toContain("companies/: no such folder");
  });
});

describe("a self-hoster's DATA_PATH folder", () => {
  /** A fresh copy of the built-in folder, to break one file of. */
  function copy(name: string): string {
    const folder = join(dir, name);
    cpSync(BUILT_IN_DATA_PATH, folder, { recursive: true });
    return folder;
  }
  const companyFile = (folder: string, id: string) => join(folder, "companies", `${id}.json`);
  // biome-ignore lint/suspicious/noExplicitAny: a deliberately loose copy of the JSON, to break on purpose
  const readCompany = (folder: string, id: string): any =>
    JSON.parse(readFileSync(companyFile(folder, id), "utf8"));

  it("is accepted as a faithful copy of the built-in folder", () => {
    expect(loadLandscape(copy("folder-copy")).companies.length).toBe(loadLandscape().companies.length);
  });

  it("names the company file and the path inside it", () => {
    const folder = copy("folder-bad-date");
    const mistral = readCompany(folder, "mistral-ai");
    mistral.rounds[0].date = "June 2023";
    writeFileSync(companyFile(folder, "mistral-ai"), JSON.stringify(mistral));
    expect(refusal(folder).problems).toEqual([
      "companies/mistral-ai.json: $.rounds[0].date: a date written YYYY, YYYY-MM or YYYY-MM-DD",
    ]);
  });

  it("names the shared file of a source that breaks a rule", () => {
    const folder = copy("folder-no-url");
    const sources = JSON.parse(readFileSync(join(folder, "sources.json"), "utf8"));
    const page = sources.findIndex(
      (s: { id: string; url?: string }) => s.id !== "seed" && s.url !== undefined,
    );
    delete sources[page].url;
    writeFileSync(join(folder, "sources.json"), JSON.stringify(sources));
    expect(refusal(folder).problems).toContain(
      `sources.json: $[${page}].url: a page needs its address (url), so a reader can open it`,
    );
  });

  it("lists every file that is not JSON, not only the first", () => {
    const folder = copy("folder-two-broken");
    writeFileSync(companyFile(folder, "mistral-ai"), "{ oops");
    writeFileSync(join(folder, "people.json"), "[");
    const problems = refusal(folder).problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^people\.json: the file is not valid JSON/);
    expect(problems[1]).toMatch(/^companies\/mistral-ai\.json: the file is not valid JSON/);
  });

  it("refuses a company file not named after the company's id", () => {
    const folder = copy("folder-misnamed");
    const mistral = readCompany(folder, "mistral-ai");
    rmSync(companyFile(folder, "mistral-ai"));
    writeFileSync(companyFile(folder, "mistral"), JSON.stringify(mistral));
    expect(refusal(folder).problems).toEqual([
      'companies/mistral.json: $.id: the file of the company "mistral-ai" must be named mistral-ai.json',
    ]);
  });
});
