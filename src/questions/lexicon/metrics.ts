// Which of the dataset's business metrics answers a question's metric, best first: "revenue" is
// the annual revenue, else the ARR, else the last 30 days'. Adding a business metric a question
// can ask about is a row here, plus its name in each language's `metricNames`.
import type { MetricKind } from "../../data/schema.js";
import type { QuestionMetric } from "../types.js";

export const METRIC_KINDS: Partial<Record<QuestionMetric, readonly MetricKind[]>> = {
  revenue: ["annual-revenue", "arr", "revenue-30d"],
  arr: ["arr"],
  users: ["monthly-active-users"],
  visits: ["monthly-visits", "visits"],
  downloads: ["downloads"],
  employees: ["employees"],
};
