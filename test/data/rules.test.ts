// The sourcing rules every landscape keeps, the built-in one and a self-hoster's alike: a page is
// cited with the sentence that holds the value, and that sentence states the value, however the page
// writes it ("1,7 milliard d'euros", "€1.7bn", "1 700 M€", "cinq millions", "US$ 24 milhões").
import { describe, expect, it } from "vitest";
import {
  figuresIn,
  namesAny,
  namesCity,
  namesCurrency,
  namesStage,
  saysLed,
  statesFigure,
} from "../../src/data/figures-in-text.js";
import { loadLandscape } from "../../src/data/load.js";
import { checkRules } from "../../src/data/rules.js";
import type { Landscape } from "../../src/data/schema.js";

describe("reading the figure a quote states", () => {
  it.each([
    ["1,7 milliard d'euros", 1.7e9],
    ["€1.7bn", 1.7e9],
    ["1 700 M€", 1.7e9],
    ["1\u202f700 millions d'euros", 1.7e9],
    ["$1.03 billion", 1.03e9],
    ["105 millions d'euros", 105e6],
    ["$43M at a $500M valuation", 43e6],
    ["2,29 مليار دولار", 2.29e9],
    ["٢٢ موظفا", 22],
    ["cinq millions d'euros", 5e6],
    ["une soixantaine de salariés", 60],
    ["US$ 24 milhões", 24e6],
    ["1,000 employees", 1000],
    ["13,5 millions d'euros", 13.5e6],
  ])("%s states %d", (text, value) => {
    expect(statesFigure(text, value)).toBe(true);
  });

  it("does not find a figure a quote doesn't state", () => {
    expect(statesFigure("a raised 105 millions d'euros", 150e6)).toBe(false);
    expect(statesFigure("1,7 milliard d'euros", 17e9)).toBe(false);
    expect(statesFigure("un modèle d'IA", 1)).toBe(false);
    expect(figuresIn("a unicorn")).toEqual([]);
  });

  it("tells the currencies and names apart, accents and case aside", () => {
    expect(namesCurrency("105 millions d'euros", "EUR")).toBe(true);
    expect(namesCurrency("105 millions d'euros", "USD")).toBe(false);
    expect(namesCurrency("$43M", "USD")).toBe(true);
    expect(namesAny("menée par le fonds Eurazeo", ["EURAZEO"])).toBe(true);
    expect(namesAny("cofondée par Eléonore Crespo", ["Crespo"])).toBe(true);
    expect(namesAny("cofondée par Eléonore Crespo", ["Niccoli"])).toBe(false);
  });
});

describe("reading a company's city in a quote", () => {
  it("takes the city's name or its demonym, in any gender and number", () => {
    expect(namesCity("La medtech grenobloise Diabeloop", "Grenoble")).toBe(true);
    expect(namesCity("Pixyl, start up Grenobloise issue d’Inria", "Grenoble")).toBe(true);
    expect(namesCity("la start-up bordelaise Delfox", "Bordeaux")).toBe(true);
    expect(namesCity("based in Paris", "Paris")).toBe(true);
  });

  it("does not take one city's demonym for another city", () => {
    expect(namesCity("la start-up bordelaise Delfox", "Grenoble")).toBe(false);
    expect(namesCity("la start-up nantaise", "Nice")).toBe(false);
  });
});

describe("reading a round's stage and lead in a quote", () => {
  it.each([
    ["a Series A led by Balderton", "series-a"],
    ["sa série B de 24 millions", "series-b"],
    ["The Series-B round included investments from Lightspeed", "series-b"],
    ["Hugging Face宣布C轮融资筹集了1亿美元", "series-c"],
    ["une levée d'amorçage de 3 millions", "seed"],
    ["une ronda de financiación 'semilla' ('seed', en la jerga)", "seed"],
    ["un tour de pré-amorçage", "pre-seed"],
  ])("%s names %s", (text, stage) => {
    expect(namesStage(text, stage)).toBe(true);
  });

  it("does not take one stage for another, or a first round for a seed", () => {
    expect(namesStage("a Series A led by Balderton", "series-b")).toBe(false);
    expect(namesStage("sa série A", "seed")).toBe(false);
    expect(namesStage("levé 60 millions d'euros lors d'un premier tour de table", "seed")).toBe(false);
    expect(namesStage("a growth round", "other")).toBe(true);
  });

  it.each([
    "Le tour de table a été mené conjointement par Cathay Innovation",
    "Celle-ci a été menée par FirstMark Capital et Eurazeo",
    "L'opération, pilotée par Ace Management",
    "The round was co-led by Cathay Innovation",
    "a round led by Getlink",
    "Série B de US$ 24 milhões liderada pela Cathay Innovation",
    "由Lux Capital领投",
  ])("«%s» says an investor led", (text) => {
    expect(saysLed(text)).toBe(true);
  });

  it("does not read a mere participation as a lead", () => {
    expect(saysLed("avec la participation de DST Global Partners")).toBe(false);
    expect(saysLed("Other notable backers include Mark Cuban")).toBe(false);
  });
});

describe("the sourcing rules", () => {
  const data = loadLandscape();
  const clone = (): Landscape => structuredClone(data);
  const pageSource = data.sources.find((s) => s.kind === "page" && s.id !== "seed" && s.url !== undefined);
  const roundAt = data.companies
    .flatMap((c, ci) => c.rounds.map((r, ri) => ({ c, ci, r, ri })))
    .find(({ r }) => r.amount.claims[0]?.cite.some((x) => x.says !== undefined && x.source !== "seed"));

  it("hold for the built-in landscape", () => {
    expect(checkRules(data)).toEqual([]);
  });

  it("refuse a page cited without the sentence that holds the value", () => {
    expect(roundAt).toBeDefined();
    if (roundAt === undefined) return;
    const broken = clone();
    const cite = broken.companies[roundAt.ci]?.rounds[roundAt.ri]?.amount.claims[0]?.cite;
    const i = cite?.findIndex((x) => x.says !== undefined && x.source !== "seed") ?? -1;
    if (cite?.[i] !== undefined) delete cite[i].says;
    expect(checkRules(broken)).toContainEqual({
      path: ["companies", roundAt.ci, "rounds", roundAt.ri, "amount", "claims", 0, "cite", i, "says"],
      message: expect.stringMatching(/^quote the sentence of ".+" that holds the value$/),
    });
  });

  it("refuse a quote that doesn't state the amount it is cited for", () => {
    if (roundAt === undefined) return;
    const broken = clone();
    const claim = broken.companies[roundAt.ci]?.rounds[roundAt.ri]?.amount.claims[0];
    if (claim === undefined || claim.value === "undisclosed") return;
    claim.value = { ...claim.value, amount: claim.value.amount * 3 };
    expect(checkRules(broken).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/does not state .* \(the amount as the page writes it\)/),
    );
  });

  it("refuse a stage no quote of the round names", () => {
    const at = data.companies
      .flatMap((c, ci) => c.rounds.map((r, ri) => ({ r, ci, ri })))
      .find(({ r }) => r.stage === "series-a" && r.cite.some((x) => x.source !== "seed"));
    expect(at).toBeDefined();
    if (at === undefined) return;
    const broken = clone();
    const round = broken.companies[at.ci]?.rounds[at.ri];
    if (round !== undefined) round.stage = "series-e";
    expect(checkRules(broken)).toContainEqual({
      path: ["companies", at.ci, "rounds", at.ri, "stage"],
      message: "no quote of the round names its stage (series-e)",
    });
  });

  it("refuse a lead whose quote doesn't say it led, unless it was the only investor", () => {
    const at = data.companies
      .flatMap((c, ci) => c.rounds.map((r, ri) => ({ r, ci, ri })))
      .find(
        ({ r }) =>
          r.investors.length > 2 &&
          r.investors.some((i) => !i.lead && i.cite.some((x) => x.source !== "seed")),
      );
    expect(at).toBeDefined();
    if (at === undefined) return;
    const broken = clone();
    const round = broken.companies[at.ci]?.rounds[at.ri];
    const k =
      round?.investors.findIndex(
        (i) => !i.lead && !i.cite.some((x) => x.says !== undefined && saysLed(x.says)),
      ) ?? -1;
    const part = round?.investors[k];
    expect(part).toBeDefined();
    if (round === undefined || part === undefined) return;
    part.lead = true;
    expect(checkRules(broken)).toContainEqual({
      path: ["companies", at.ci, "rounds", at.ri, "investors", k, "lead"],
      message: `no quote of "${part.investor}" says it led the round`,
    });
    round.investors = [part];
    expect(checkRules(broken).filter((p) => p.path.at(-1) === "lead")).toEqual([]);
  });

  it("refuse a page with no address", () => {
    const broken = clone();
    const i = broken.sources.findIndex((s) => s.id === pageSource?.id);
    delete broken.sources[i]?.url;
    expect(checkRules(broken)).toContainEqual({
      path: ["sources", i, "url"],
      message: "a page needs its address (url), so a reader can open it",
    });
  });
});
