import { describe, expect, it } from "vitest";
import { companyFunding } from "../../src/answers/index.js";
import { workerDrawer } from "../../src/bot/chart-pool.js";
import { chartModel } from "../../src/render/chart/index.js";
import { expectKind, realContext } from "../answers/real-context.js";

const ctx = realContext();

describe("a chart thread that cannot start", () => {
  it("still gives the reply its chart, drawn in the process, and says the thread failed", async () => {
    const answer = expectKind(companyFunding(ctx, "Mistral AI"), "company-funding");
    const model = chartModel(answer, { rates: ctx.data.fxRates, language: "en" });
    if (model === undefined) throw new Error("Mistral AI's funding has no chart");
    const failures: unknown[] = [];
    const drawer = workerDrawer(1, 4, {
      task: new URL("./no-such-task.mjs", import.meta.url),
      onThreadError: (err) => failures.push(err),
    });
    try {
      const chart = await drawer.draw(model);
      if (chart === "busy") throw new Error("an empty queue said busy");
      expect([...chart.png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
      expect(chart.alt.length).toBeGreaterThan(0);
      expect(failures).toHaveLength(1);
      // The pool is given up: the next chart is drawn in the process at once, with no new failure.
      const again = await drawer.draw(model);
      expect(again === "busy" ? "busy" : again.png.length).toBeGreaterThan(0);
      expect(failures).toHaveLength(1);
    } finally {
      await drawer.close();
    }
  });
});
