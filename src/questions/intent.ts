// Step 4b: what the question asks, from the names found and the words around them. The order of
// the rules is the whole policy: several companies are compared, one company is asked about,
// a product stands for its maker when a company figure is asked, people and investors are
// described, France as a whole comes next, then rankings and categories; nothing left is help.

import type { Role } from "../data/schema.js";
import type { Cues } from "./cues.js";
import { type EcosystemMatch, STRONG_MATCH, WEAK_MATCH } from "./ecosystem.js";
import type { FoundEntity, Intent, QuestionMetric } from "./types.js";

export interface Decision {
  intent: Intent;
  metric?: QuestionMetric | undefined;
  /** For "role": the position asked about. */
  role?: Role | undefined;
  /** The companies the answer is about, in the order named. */
  companyIds: string[];
  /** For "ecosystem": the fact asked about. */
  factId?: string | undefined;
}

/** Asks about one company that a product's name can stand for ("who founded Le Chat's maker"). */
const COMPANY_ASKS = new Set<Intent>(["founders", "investors"]);
/** Asks answered company by company rather than side by side. */
const EACH_COMPANY = new Set<Intent>(["founders", "investors", "describe", "role"]);
/** Metrics that are amounts of money: what a funding ranking or a money figure answers. */
export const MONEY_METRICS: ReadonlySet<QuestionMetric> = new Set<QuestionMetric>([
  "total-raised",
  "biggest-round",
  "valuation",
]);

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** "Is Mistral French?", "est-elle française ?", "هل ميسترال فرنسية؟": a yes/no on being French. */
export const asksIfFrench = (cues: Cues): boolean => cues.signals.has("yesNo") && cues.signals.has("french");

function companyDecision(cues: Cues, companyIds: string[]): Decision {
  const ask = cues.ask;
  if (ask?.intent === "role") return { intent: "role", role: ask.role ?? "ceo", companyIds };
  if (asksIfFrench(cues) && (ask === undefined || ask.weak))
    return { intent: "figure", metric: "nationality", companyIds };
  if (companyIds.length >= 2) {
    if (ask?.intent !== undefined && EACH_COMPANY.has(ask.intent)) return { intent: ask.intent, companyIds };
    if (ask?.metric === "products") return { intent: "describe", companyIds };
    const metric = ask?.metric ?? (cues.earliest ? "founded" : undefined);
    return { intent: "compare", metric, companyIds };
  }
  if (ask?.intent === "founders" || ask?.intent === "investors" || ask?.intent === "describe")
    return { intent: ask.intent, companyIds };
  if (ask?.metric !== undefined) return { intent: "figure", metric: ask.metric, companyIds };
  return { intent: "profile", companyIds };
}

function rankingMetric(cues: Cues): QuestionMetric {
  const metric = cues.ask?.metric;
  if (cues.signals.has("youngest") && (metric === undefined || metric === "founded")) return "founded";
  // "The first round in 2024", "la première levée de 2025": rounds by date, from the earliest.
  // ("The earliest startup" asks which was founded first: see below.)
  const aboutRounds =
    metric === "latest-round" ||
    metric === "round-date" ||
    metric === "total-raised" ||
    (metric === undefined && !cues.signals.has("companyWord"));
  if (cues.signals.has("earliest") && aboutRounds) return "round-date";
  // "The smallest round", "top 3 rounds of 2024": rounds ranked by amount, not the latest one.
  if (metric === "latest-round" && !cues.recent && (cues.superlative || cues.signals.has("least")))
    return "biggest-round";
  const dated = metric === undefined || metric === "latest-round" || metric === "round-date";
  if (cues.recent && (dated || (metric === "total-raised" && !cues.superlative))) return "round-date";
  if (cues.earliest && (metric === undefined || metric === "founded")) return "founded";
  if (metric === undefined || metric === "latest-round" || metric === "products" || metric === "launched")
    return "total-raised";
  return metric;
}

export function decide(
  entities: readonly FoundEntity[],
  cues: Cues,
  ecosystem: readonly EcosystemMatch[],
): Decision {
  const of = (kind: FoundEntity["kind"]) => entities.filter((e) => e.kind === kind);
  const companies = unique(of("company").map((e) => e.id));
  const products = of("product");
  const productCompanies = unique(products.map((p) => p.companyId ?? ""))
    .filter((id) => id !== "")
    .filter((id) => !companies.includes(id));
  const people = of("person");
  const investors = of("investor");
  const fact = ecosystem.find((e) => e.score >= WEAK_MATCH);
  const factScore = fact?.score ?? 0;
  const ask = cues.ask;
  const companyAsk = ask?.metric !== undefined && ask.metric !== "products" && ask.metric !== "launched";
  const none: string[] = [];

  // "When was Le Chat launched?", "when did Mistral launch Le Chat?": the product's date.
  if (ask?.metric === "launched" && products.length > 0)
    return { intent: "describe", metric: "launched", companyIds: none };
  if (companies.length > 0) {
    // A product named along with companies joins them when a company figure is compared.
    const withProducts = companyAsk || cues.compare ? [...companies, ...productCompanies] : companies;
    return companyDecision(cues, withProducts);
  }
  if (products.length > 0) {
    if (companyAsk || (ask?.intent !== undefined && COMPANY_ASKS.has(ask.intent)))
      return companyDecision(
        cues,
        productCompanies.length > 0 ? productCompanies : unique(products.map((p) => p.companyId ?? "")),
      );
    return { intent: "describe", companyIds: none };
  }
  // A person's card also shows the ecosystem facts that name them (Arnault's 2024 investments). An
  // investor's name can be part of a question about France ("founders who worked at Google").
  const aboutSomeone = ask?.intent === "person" || ask?.intent === "investors";
  // "The biggest round Lightspeed backed", "top 3 rounds led by Bpifrance": the rounds of one
  // investor, ranked (understand.ts narrows the ranking to it).
  const ranked = cues.superlative || cues.top !== undefined || cues.signals.has("least");
  if (people.length === 0 && investors.length === 1 && ranked)
    return { intent: "ranking", metric: "biggest-round", companyIds: none };
  if (people.length === 0 && investors.length > 0 && factScore >= 2 * STRONG_MATCH && !aboutSomeone)
    return { intent: "ecosystem", companyIds: none, factId: fact?.id };
  if (people.length > 0 || investors.length > 0) return { intent: "person", companyIds: none };

  const least = cues.signals.has("least");
  const youngest = cues.signals.has("youngest");
  const ranks =
    cues.superlative ||
    cues.recent ||
    least ||
    youngest ||
    ask?.metric === "biggest-round" ||
    (cues.earliest && ask?.metric === "founded") ||
    cues.signals.has("earliest");
  const ranking = (): Decision => ({ intent: "ranking", metric: rankingMetric(cues), companyIds: none });
  // "Who raised the least?", "the youngest startup", "biggest french ai startup": a ranking, by
  // the figure named, by founding date, or (a company ranked with no figure named) by money raised.
  if (ranks && (ask?.metric !== undefined || cues.recent || youngest || cues.signals.has("earliest")))
    return ranking();
  if ((ranks || least) && cues.signals.has("companyWord") && cues.category === undefined) return ranking();
  // "And the least?": who raised the least.
  if (least && ask === undefined && cues.category === undefined) return ranking();
  // "Who raised a Series B in 2024?", "seed rounds in 2025": a stage is about rounds, not France's totals.
  const roundAsk =
    ask?.metric === undefined || MONEY_METRICS.has(ask.metric) || ask.metric === "latest-round";
  if (cues.stage !== undefined && roundAsk)
    return ask?.metric !== undefined && MONEY_METRICS.has(ask.metric)
      ? ranking()
      : { intent: "ranking", metric: "biggest-round", companyIds: none };
  // "Is France top three in coding?" is the ecosystem fact; "which startups do coding?" a category.
  if (factScore >= 2 * STRONG_MATCH || (factScore >= STRONG_MATCH && cues.category === undefined))
    return { intent: "ecosystem", companyIds: none, factId: fact?.id };
  if (cues.category !== undefined) return ranks ? ranking() : { intent: "category", companyIds: none };
  if (fact !== undefined) return { intent: "ecosystem", companyIds: none, factId: fact.id };
  // "The best football player?" is not a funding ranking: a ranking needs something to rank by.
  if (ranks && ask?.metric !== undefined && MONEY_METRICS.has(ask.metric)) return ranking();
  // "Which startups raised in 2025?", "who raised a Series B?": the rounds that match, ranked.
  const narrowed = cues.year !== undefined || cues.stage !== undefined;
  if (narrowed && ask?.metric !== undefined && MONEY_METRICS.has(ask.metric)) return ranking();
  if (ask?.intent === "category") return { intent: "category", companyIds: none };
  if (ask?.intent === "help") return { intent: "help", companyIds: none };
  return { intent: "unknown", metric: ask?.metric, companyIds: none };
}
