// What the chart tests read off a chart model, shared by the English and the localised tests.
import type { ChartModel } from "../../src/render/chart/model.js";

/** Every text a chart draws (empty slots left out). */
export function modelTexts(model: ChartModel): string[] {
  return [
    model.title,
    model.subtitle,
    model.footer,
    ...model.notes.map((n) => n.text),
    ...model.groups.flatMap((g) => [
      g.title ?? "",
      ...g.bars.flatMap((b) => [b.label, b.detail, b.amountText, b.convertedText ?? ""]),
    ]),
  ].filter((t) => t !== "");
}
