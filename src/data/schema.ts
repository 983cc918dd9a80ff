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
  /** What this source says, where it adds context to the value (e.g. "€600M ($643.7M)"). */
  says: z.string().optional(),
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
const factOf = <T extends z.ZodType>(value: T) =>
  z
    .object({
      claims: z.array(claimOf(value)).min(1),
      disputed: z.string().optional(),
    })
    .refine((f) => f.claims.length === 1 || f.disputed !== undefined, {
      message: "a fact with several claims must say how the sources differ in `disputed`",
      path: ["disputed"],
    });

export const MoneyFact = factOf(Money);
export const ValuationFact = factOf(z.union([Money, z.literal("undisclosed")]));
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
  amount: MoneyFact,
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

export const Founder = z.object({
  person: Id,
  role: z.string().optional(),
  cite: z.array(Citation).min(1),
});

export const Product = z.object({
  id: Id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: TextFact,
  launched: DateFact.optional(),
});
export type Product = z.infer<typeof Product>;

/** What a note is about, so a question on it finds it ("is Hugging Face profitable?"). */
export const NoteTopic = z.enum(["profitability", "revenue", "acquisition", "business-model", "leadership"]);
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
]);
export type Category = z.infer<typeof Category>;

export const Company = z.object({
  id: Id,
  name: z.string().min(1).max(100),
  /** Every other way people write it: English, French, Arabic spellings, domains. */
  aliases: z.array(z.string().min(1)).default([]),
  domain: z.string().optional(),
  categories: z.array(Category).min(1),
  description: TextFact,
  founded: DateFact.optional(),
  hq: TextFact.optional(),
  founders: z.array(Founder).default([]),
  /** People in other roles (a later CEO, a co-founder who left). */
  people: z.array(Founder).default([]),
  products: z.array(Product).default([]),
  rounds: z.array(Round).default([]),
  metrics: z.array(Metric).default([]),
  notes: z.array(Note).default([]),
});
export type Company = z.infer<typeof Company>;

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
  kind: z.enum(["vc", "corporate", "person", "family-office", "public", "other"]),
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

/** An exchange rate the dataset states, used (and named) whenever an answer converts. */
export const FxRate = z.object({
  from: Currency,
  to: Currency,
  rate: z.number().positive(),
  asOf: PartialDate,
  cite: z.array(Citation).min(1),
  note: z.string().optional(),
});
export type FxRate = z.infer<typeof FxRate>;

export const Landscape = z.object({
  version: z.literal(1),
  /** The date of the newest fact in the data. */
  asOf: PartialDate,
  sources: z.array(Source).min(1),
  fxRates: z.array(FxRate).default([]),
  companies: z.array(Company).min(1),
  people: z.array(Person).default([]),
  investors: z.array(Investor).default([]),
  ecosystem: z.array(EcosystemFact).default([]),
});
export type Landscape = z.infer<typeof Landscape>;
export type LandscapeInput = z.input<typeof Landscape>;
