// Questions asked in Arabic, checked on the real dataset (the table is in ./cases/ar.ts).
import { describe, it } from "vitest";
import { check } from "./ask.js";
import { ARABIC } from "./cases/ar.js";

describe("questions in Arabic", () => {
  it.each(ARABIC)("$q", (c) => {
    check(c, "ar");
  });
});
