// The landscape's shape. Every figure is a Fact: one or more Claims, each with its own value, as-of
// date and citations. One claim = sources agree (confirmations are extra citations on it); several
// claims = sources differ, and `disputed` says how. A self-hoster's DATA_PATH file is checked by
// the very same schema.
import { z } from "zod";

/** A date as precise as the source gives it: "2024", "2024-06" or "2024-06-11". */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "a date written YYYY, YYYY-MM or YYYY-MM-DD");
export type PartialDate = z.infer<typeof PartialDate>;

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "an id in lower case: letters, digits and dashes");

export const Currency = z.enum(["USD", "EUR"]);
export type Currency = z.infer<typeof Currency>;

export const Money = z.object({
  amount: z.number().positive(),
  currency: Currency,
});
export type Money = z.infer<typeof Money>;

/** Where a value comes from. For the seed article: `{ source: "seed", fact: "M3", line: 32 }`. */
export const Citation = z.object({
  source: Id,
  /** The seed fact id from FACTS.md (only with source "seed"). */
  fact: z
    .string()
    .regex(/^[A-Z]{1,2}\d+$/)
    .optional(),
  /** Line(s) of the seed article. */
  line: z.union([z.number().int().positive(), z.array(z.number().int().positive()).min(1)]).optional(),
  /**
   * The sentence of the page that holds the value, verbatim, in the page's language, so a reader can
   * find it with Ctrl-F. Required for every source but the seed article (cited by fact id and line).
   */
  says: z.string().min(1).optional(),
  /** The amount as this page gives it, when it reports the claim's amount in another currency. */
  reported: Money.optional(),
});
export type Citation = z.infer<typeof Citation>;

const claimOf = <T extends z.ZodType>(value: T) =>
  z.object({
    value,
    asOf: PartialDate,
    cite: z.array(Citation).min(1),
    note: z.string().optional(),
  });

/** A fact: one claim, or several when sources differ (then `disputed` must say how). */
/**
 * A fact: one claim, or several when sources differ (then `disputed` must say how). `agree` names
 * the claims that can stand side by side without a disagreement (a valuation before and after the
 * round's money).
 */
const factOf = <T extends z.ZodType>(value: T, agree: (claims: z.infer<T>[]) => boolean = () => false) =>
  z
    .object({
      claims: z.array(claimOf(value)).min(1),
      disputed: z.string().optional(),
    })
    .refine(
      (f) =>
        f.claims.length === 1 ||
        f.disputed !== undefined ||
        agree(f.claims.map((c) => (c as { value: z.infer<T> }).value)),
      {
        message: "a fact with several claims must say how the sources differ in `disputed`",
        path: ["disputed"],
      },
    );

/** "undisclosed": the company did not disclose it (a field nobody looked up is simply absent). */
export const UNDISCLOSED = "undisclosed" as const;
export const Undisclosed = z.literal(UNDISCLOSED);
export type Undisclosed = z.infer<typeof Undisclosed>;

/** A valuation is before (pre-money) or after (post-money) the round's money; never compared as one. */
export const ValuationBasis = z.enum(["pre-money", "post-money"]);
export type ValuationBasis = z.infer<typeof ValuationBasis>;
export const Valuation = Money.extend({ basis: ValuationBasis.optional() });
export type Valuation = z.infer<typeof Valuation>;

export const MoneyFact = factOf(Money);
export const AmountFact = factOf(z.union([Money, Undisclosed]));
/** Valuations on different bases (pre-money, post-money, as reported) are not a disagreement. */
export const ValuationFact = factOf(z.union([Valuation, Undisclosed]), (values) => {
  const bases = values.map((v) => (v === UNDISCLOSED ? UNDISCLOSED : (v.basis ?? "as reported")));
  return !bases.includes(UNDISCLOSED) && new Set(bases).size === bases.length;
});
export const TextFact = factOf(z.string().min(1));
export const DateFact = factOf(PartialDate);
export const NumberFact = factOf(z.number());

export type Claim<T> = { value: T; asOf: PartialDate; cite: Citation[]; note?: string | undefined };
export type Fact<T> = { claims: Claim<T>[]; disputed?: string | undefined };

export const Source = z
  .object({
    id: Id,
    publisher: z.string().min(1),
    title: z.string().min(1),
    /** The page's date. Absent for a page that gives none: it is then shown as "undated". */
    date: PartialDate.optional(),
    url: z.url().optional(),
    /**
     * A web page (quoted: every citation carries its sentence) or a data set (a table of figures,
     * such as the ECB's exchange rates, cited by what the entry says it took from it).
     */
    kind: z.enum(["page", "dataset"]).default("page"),
    /** The page's language ("fr", "en"…): a quote is in the page's own language. */
    lang: z.string().min(2).optional(),
    /** How the source was read, e.g. "wire copy at ..." or "Arabic translation of a Chinese article". */
    via: z.string().optional(),
  })
  .refine((s) => s.date !== undefined || s.via !== undefined, {
    message: "a source without a date must say in `via` how it was read and that the page is undated",
    path: ["date"],
  });
export type Source = z.infer<typeof Source>;

export const Stage = z.enum([
  "pre-seed",
  "seed",
  "series-a",
  "series-b",
  "series-c",
  "series-d",
  "series-e",
  "series-f",
  "ipo",
  "debt",
  "grant",
  "other",
]);
export type Stage = z.infer<typeof Stage>;

export const RoundInvestor = z.object({
  investor: Id,
  lead: z.boolean().default(false),
  cite: z.array(Citation).min(1),
  note: z.string().optional(),
});

export const Round = z.object({
  id: Id,
  date: PartialDate,
  stage: Stage,
  /** "completed" rounds count in totals and rankings; "reported" ones are talks or leaks. */
  status: z.enum(["completed", "reported"]).default("completed"),
  amount: AmountFact,
  valuation: ValuationFact.optional(),
  /** Total raised by the company after this round, where a source reports it. */
  totalRaisedAfter: MoneyFact.optional(),
  investors: z.array(RoundInvestor).default([]),
  cite: z.array(Citation).min(1),
  note: z.string().optional(),
});
export type Round = z.infer<typeof Round>;

export const MetricKind = z.enum([
  "arr",
  "annual-revenue",
  "revenue-30d",
  "monthly-visits",
  "visits",
  "monthly-active-users",
  "downloads",
  "employees",
  "customers",
  "paying-customer-share",
  "employee-adoption-share",
  "model-parameters",
  "startups",
  "jobs",
  "share",
]);
export type MetricKind = z.infer<typeof MetricKind>;

export const Metric = z.object({
  kind: MetricKind,
  label: z.string().min(1),
  /** A currency code for money, else a unit word: "visits", "users", "%", "downloads", "people". */
  unit: z.string().min(1),
  /** "more than": the source gives a floor, not an exact figure. */
  bound: z.enum(["exact", "at-least", "about"]).default("exact"),
  fact: NumberFact,
});
export type Metric = z.infer<typeof Metric>;

/** A position a person holds at a company. French "PDG" and a start-up's "directeur général" are `ceo`. */
export const Role = z.enum([
  "ceo",
  "cto",
  "coo",
  "cfo",
  "chief-scientist",
  "chief-product-officer",
  "chair",
  "executive-chair",
  "president",
  "managing-director",
  "research-director",
]);
export type Role = z.infer<typeof Role>;

/**
 * A person at a company: a founder (in `founders`) or an officer (in `people`), with the positions
 * they hold, current unless `until` says when they ended.
 */
export const Position = z.object({
  person: Id,
  roles: z.array(Role).default([]),
  since: PartialDate.optional(),
  until: PartialDate.optional(),
  cite: z.array(Citation).min(1),
  note: z.string().optional(),
});
export type Position = z.infer<typeof Position>;

export const Product = z.object({
  id: Id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: TextFact,
  launched: DateFact.optional(),
});
export type Product = z.infer<typeof Product>;

/** What a note is about, so a question on it finds it ("is Hugging Face profitable?"). */
/** "nationality": why a company based abroad is in a French landscape (its French founders). */
export const NoteTopic = z.enum([
  "profitability",
  "revenue",
  "acquisition",
  "business-model",
  "leadership",
  "nationality",
]);
export type NoteTopic = z.infer<typeof NoteTopic>;

export const Note = z.object({
  text: z.string().min(1),
  asOf: PartialDate,
  cite: z.array(Citation).min(1),
  topics: z.array(NoteTopic).default([]),
});
export type Note = z.infer<typeof Note>;

export const Category = z.enum([
  "foundation-models",
  "open-source-platform",
  "agents",
  "image",
  "coding",
  "enterprise-assistant",
  "video",
  "voice",
  "robotics",
  "health",
  "research",
  "world-models",
  "developer-tools",
  "data-infrastructure",
  "search",
  "autonomous-vehicles",
  "drug-discovery",
  "security",
  "defence",
  "compute",
  "legal",
  "finance",
  "insurance",
  "customer-service",
  "marketing",
  "retail",
  "industry",
  "climate-energy",
  "sports",
  "hr",
  "agriculture",
  "media",
]);
export type Category = z.infer<typeof Category>;

/** Where a company is based: a city, and its country as an ISO 3166 two-letter code. */
export const Place = z.object({
  city: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/, "a country as an ISO 3166 two-letter code, e.g. FR"),
});
export type Place = z.infer<typeof Place>;

/** What became of a company. No status: an independent private company, as far as the data knows. */
export const CompanyStatus = z.discriminatedUnion("state", [
  z.object({
    state: z.literal("acquired"),
    by: z.string().min(1),
    price: z.union([Money, Undisclosed]).optional(),
  }),
  z.object({ state: z.literal("listed"), market: z.string().min(1), ticker: z.string().min(1).optional() }),
  z.object({ state: z.literal("merged"), with: z.string().min(1) }),
  z.object({ state: z.literal("closed") }),
]);
export type CompanyStatus = z.infer<typeof CompanyStatus>;

export const Company = z.object({
  id: Id,
  name: z.string().min(1).max(100),
  /** Every other way people write it: English, French, Arabic spellings, domains. */
  aliases: z.array(z.string().min(1)).default([]),
  domain: z.string().optional(),
  categories: z.array(Category).min(1),
  description: TextFact,
  founded: DateFact.optional(),
  hq: factOf(Place).optional(),
  status: factOf(CompanyStatus).optional(),
  founders: z.array(Position).default([]),
  /** Officers who are not founders (a later CEO, a chair). */
  people: z.array(Position).default([]),
  products: z.array(Product).default([]),
  rounds: z.array(Round).default([]),
  metrics: z.array(Metric).default([]),
  notes: z.array(Note).default([]),
});
export type Company = z.infer<typeof Company>;

/**
 * A company people ask about that is not in the landscape because it isn't French (SOURCING.md:
 * "Helsing is German, Cognigy German, Synthesia British: the bot says so when asked"), with the
 * cited place it is based.
 */
export const Elsewhere = z.object({
  id: Id,
  name: z.string().min(1).max(100),
  aliases: z.array(z.string().min(1)).default([]),
  hq: factOf(Place),
});
export type Elsewhere = z.infer<typeof Elsewhere>;

export const Person = z.object({
  id: Id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  background: TextFact.optional(),
  notes: z.array(Note).default([]),
});
export type Person = z.infer<typeof Person>;

export const Investor = z.object({
  id: Id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(["vc", "corporate", "angel", "family-office", "public", "other"]),
  /** A person id when the investor is a person in `people`. */
  person: Id.optional(),
  description: TextFact.optional(),
});
export type Investor = z.infer<typeof Investor>;

export const EcosystemTopic = z.enum([
  "state-plan",
  "national-strategy",
  "national-funding",
  "talent",
  "government",
  "research",
  "international",
  "ranking",
  "census",
]);

/** A fact about France's AI landscape as a whole (plans, totals, talent, events). */
export const EcosystemFact = z.object({
  id: Id,
  topic: EcosystemTopic,
  title: z.string().min(1),
  /** Words people use to ask about it (any language), matched by the question engine. */
  keywords: z.array(z.string().min(1)).default([]),
  /** The year a yearly total is for: it answers only a question that names that year. */
  year: z.number().int().min(1990).max(2100).optional(),
  text: TextFact,
  figures: z
    .array(
      z.object({
        label: z.string().min(1),
        value: z.union([Money, z.object({ amount: z.number(), unit: z.string().min(1) })]),
        bound: z.enum(["exact", "at-least", "about"]).default("exact"),
        asOf: PartialDate,
        cite: z.array(Citation).min(1),
      }),
    )
    .default([]),
  disputed: z.string().optional(),
});
export type EcosystemFact = z.infer<typeof EcosystemFact>;

/**
 * An exchange rate the dataset states, used (and named) whenever an answer converts. A monthly
 * series has one entry per month (`asOf` "YYYY-MM"): an amount is converted at its own month's rate.
 */
export const FxRate = z.object({
  from: Currency,
  to: Currency,
  rate: z.number().positive(),
  asOf: PartialDate,
  /** For a monthly mean: how many daily rates it averages. */
  days: z.number().int().positive().optional(),
  cite: z.array(Citation).min(1),
  note: z.string().optional(),
});
export type FxRate = z.infer<typeof FxRate>;

export const Landscape = z.object({
  version: z.literal(2),
  /** The date of the newest fact in the data. */
  asOf: PartialDate,
  sources: z.array(Source).min(1),
  fxRates: z.array(FxRate).default([]),
  companies: z.array(Company).min(1),
  people: z.array(Person).default([]),
  investors: z.array(Investor).default([]),
  ecosystem: z.array(EcosystemFact).default([]),
  /** Companies asked about that are not French, so not in the landscape. */
  elsewhere: z.array(Elsewhere).default([]),
});
export type Landscape = z.infer<typeof Landscape>;
export type LandscapeInput = z.input<typeof Landscape>;
