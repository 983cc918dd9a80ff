import { describe, expect, it } from "vitest";
import { compareMoney, convert, RateLedger, SourceBook } from "../../src/answers/index.js";
import type { FxRate } from "../../src/data/schema.js";
import { realContext } from "./real-context.js";

const rates: FxRate[] = [
  {
    from: "EUR",
    to: "USD",
    rate: 113 / 109,
    asOf: "2025-02-09",
    cite: [{ source: "seed", fact: "F1", line: 1 }],
  },
];

describe("converting money with the dataset's own rate", () => {
  it("converts EUR 109 bn to USD 113 bn and says which rate it used", () => {
    const result = convert({ amount: 109e9, currency: "EUR" }, "USD", rates);
    expect(result?.money.amount).toBeCloseTo(113e9, 0);
    expect(result?.rate?.inverted).toBe(false);
    expect(result?.rate?.fx).toBe(rates[0]);
  });

  it("inverts the rate for the other direction", () => {
    const result = convert({ amount: 113e9, currency: "USD" }, "EUR", rates);
    expect(result?.money.amount).toBeCloseTo(109e9, 0);
    expect(result?.rate?.inverted).toBe(true);
  });

  it("needs no rate within one currency, and gives up without one", () => {
    expect(convert({ amount: 5, currency: "USD" }, "USD", [])).toEqual({
      money: { amount: 5, currency: "USD" },
    });
    expect(convert({ amount: 5, currency: "EUR" }, "USD", [])).toBeUndefined();
  });

  it("compares across currencies, listing what was converted", () => {
    const result = compareMoney(
      { amount: 600e6, currency: "EUR" },
      { amount: 640e6, currency: "USD" },
      rates,
    );
    expect(result?.order).toBe(-1);
    expect(result?.converted).toEqual([{ amount: 600e6, currency: "EUR" }]);
    expect(compareMoney({ amount: 1, currency: "EUR" }, { amount: 1, currency: "USD" }, [])).toBeUndefined();
  });

  it("cites each rate used once", () => {
    const book = new SourceBook(realContext().data);
    const ledger = new RateLedger(rates, book);
    ledger.sum([
      { money: { amount: 1, currency: "EUR" } },
      { money: { amount: 2, currency: "EUR" } },
      { money: { amount: 3, currency: "USD" } },
    ]);
    expect(ledger.used()).toHaveLength(1);
    expect(book.list()[0]?.seed).toEqual({ fact: "F1", lines: [1] });
  });
});
