// The answers the bot gives: pure functions over the dataset and the search index, each returning a
// structured answer (see ./types.ts) that carries its numbered sources and as-of dates.
export { type AboutAnswer, aboutBot } from "./about.js";
export * from "./company-facts.js";
export { COMPARE_LIMITS, compareCompanies } from "./compare.js";
export type { AnswerContext, EntityFinder } from "./context.js";
export { compareDates, latestDate, surelyOrdered, yearOf } from "./dates.js";
export { companyFunding, fundingOf } from "./funding.js";
export { COMMON_CURRENCY, type Conversion, compareMoney, convert, findRate, RateLedger } from "./money.js";
export { companyProfile, profileOf } from "./profile.js";
export { fundingRanking, type RankingQuery } from "./ranking.js";
export { type CompanyResolution, notFound, resolveCompany } from "./resolve.js";
export { SourceBook } from "./sources.js";
export type * from "./types.js";
