// Questions asked in French, checked on the real dataset (the table is in ./cases/fr.ts).
import { describe, it } from "vitest";
import { check } from "./ask.js";
import { FRENCH } from "./cases/fr.js";

describe("questions in French", () => {
  it.each(FRENCH)("$q", (c) => {
    check(c, "fr");
  });
});
