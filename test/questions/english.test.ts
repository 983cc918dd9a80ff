// Questions asked in English, checked on the real dataset (the table is in ./cases/en.ts).
import { describe, it } from "vitest";
import { check } from "./ask.js";
import { ENGLISH } from "./cases/en.js";

describe("questions in English", () => {
  for (const [name, cases] of ENGLISH) {
    describe(name, () => {
      it.each(cases)("$q", (c) => {
        check(c, "en");
      });
    });
  }
});
