import { describe, expect, it } from "vitest";
import {
  formatBound,
  formatConverted,
  formatDate,
  formatMoney,
  formatPercent,
  formatQuantity,
  formatRate,
} from "../../src/render/format.js";

/** English, as a reply to an English audience writes it. */
const EN = { language: "en" } as const;

describe("figures written for people", () => {
  it("writes amounts with M and bn, keeping the source's precision", () => {
    expect(formatMoney({ amount: 640e6, currency: "USD" }, EN)).toBe("USD 640 M");
    expect(formatMoney({ amount: 1.7e9, currency: "EUR" }, EN)).toBe("EUR 1.7 bn");
    expect(formatMoney({ amount: 2.29e9, currency: "USD" }, EN)).toBe("USD 2.29 bn");
    expect(formatMoney({ amount: 112.3e6, currency: "EUR" }, EN)).toBe("EUR 112.3 M");
    expect(formatMoney({ amount: 2.667e6, currency: "USD" }, EN)).toBe("USD 2.667 M");
    expect(formatMoney({ amount: 109e9, currency: "EUR" }, EN)).toBe("EUR 109 bn");
    expect(formatMoney({ amount: 250_000, currency: "EUR" }, EN)).toBe("EUR 250,000");
  });

  it("rounds converted amounts to three significant figures and marks them", () => {
    expect(formatConverted({ amount: 1.7e9 * (113 / 109), currency: "USD" }, "en")).toBe("≈ USD 1.76 bn");
    expect(formatConverted({ amount: 600e6 * (113 / 109), currency: "USD" }, "en")).toBe("≈ USD 622 M");
  });

  it("writes dates as precisely as the source gives them", () => {
    expect(formatDate("2024", EN)).toBe("2024");
    expect(formatDate("2024-06", EN)).toBe("June 2024");
    expect(formatDate("2025-02", { short: true, language: "en" })).toBe("Feb 2025");
    expect(formatDate("2025-09-09", EN)).toBe("9 Sept 2025");
  });

  it("writes floors, approximations and percentages", () => {
    expect(formatBound(formatMoney({ amount: 1e6, currency: "USD" }, EN), "at-least", "en")).toBe(
      "more than USD 1 M",
    );
    expect(formatQuantity(250, "people", "en", "about")).toBe("about 250 people");
    expect(formatQuantity(21.31e6, "visits", "en")).toBe("21.31 M visits");
    expect(formatQuantity(80, "%", "en", "at-least")).toBe("more than 80%");
    expect(formatPercent(57, "en")).toBe("57%");
  });

  it("writes an exchange rate the way it was used", () => {
    expect(formatRate({ from: "EUR", to: "USD", rate: 113 / 109 }, "en")).toBe("1 EUR = 1.0367 USD");
  });
});
