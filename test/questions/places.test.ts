// A city in a question narrows what is shown to the companies based there, as their first cited
// headquarters says: "startups in Lyon" lists them, "the biggest round in Paris" ranks only them.
import { describe, expect, it } from "vitest";
import { cityOf } from "../../src/questions/places.js";
import { ask, context, textOf } from "./ask.js";

const { data } = context();
const cityOfName = new Map(data.companies.map((c) => [c.name, cityOf(c)]));
/** The company each figure shown is about ("1. Diabeloop: Round (July 2022)" -> Diabeloop). */
const shownCompanies = (labels: string[]) =>
  labels.map(
    (label) =>
      label
        .replace(/^\d+\. /, "")
        .split(":")[0]
        ?.trim() ?? "",
  );

describe("a city narrows lists and rankings", () => {
  it.each([
    ["startups in Paris", "Paris", "category"],
    ["biggest round in Paris", "Paris", "ranking"],
    ["who raised the most in Bordeaux", "Bordeaux", "ranking"],
    ["the youngest startup in Bordeaux", "Bordeaux", "ranking"],
    ["health startups in Paris", "Paris", "category"],
    ["la plus grosse levée à Grenoble", "Grenoble", "ranking"],
    ["الشركات في مرسيليا", "Marseille", "category"],
  ])("%s: only companies based in %s", (question, city, intent) => {
    const answer = ask(question);
    if (answer.kind !== "answered") throw new Error(`${question}: ${answer.kind}`);
    expect(answer.understanding.intent).toBe(intent);
    expect(answer.understanding.filters.city).toBe(city);
    const names = shownCompanies(answer.evidence.map((e) => e.label)).filter((n) => cityOfName.has(n));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(cityOfName.get(name), name).toBe(city);
  });

  it("says the city in the title, in the reader's language", () => {
    expect(textOf(ask("biggest round in Paris")).split("\n")[0]).toContain("Paris");
    expect(textOf(ask("الشركات في نيويورك")).split("\n")[0]).toContain("نيويورك");
  });

  it("keeps a city that is an everyday word a word: 'a nice startup' is no list of Nice's", () => {
    expect(ask("what's a nice startup?").understanding.filters.city).toBeUndefined();
    expect(ask("what's the weather in Paris?").kind).toBe("help");
  });
});
