// Which of the dataset's business metrics answers a question's metric, best first: "revenue" is
// the annual revenue, else the ARR, else the last 30 days'. Adding a business metric a question
// can ask about is a row here, plus its name in each language's `metricNames`.
import type { MetricKind, NoteTopic } from "../../data/schema.js";
import type { QuestionMetric } from "../types.js";

export const METRIC_KINDS: Partial<Record<QuestionMetric, readonly MetricKind[]>> = {
  revenue: ["annual-revenue", "arr", "revenue-30d"],
  arr: ["arr"],
  users: ["monthly-active-users"],
  visits: ["monthly-visits", "visits"],
  downloads: ["downloads"],
  employees: ["employees"],
};

/**
 * Which notes speak to a question's metric. A metric without a figure is answered from them
 * ("is Hugging Face profitable?"); one with a figure gets them as context ("Mistral's revenue").
 */
export const METRIC_TOPICS: Partial<Record<QuestionMetric, readonly NoteTopic[]>> = {
  revenue: ["revenue"],
  profitability: ["profitability"],
  acquisitions: ["acquisition"],
  "business-model": ["business-model"],
};
