// One company asked about: who founded it, who invested, what it does and makes, when it was
// founded, its business figures, or its whole card. Money questions go to ./funding.ts. Each reply
// is read off the answer /startup or /funding gives, which it embeds for the renderer.
import { fundingOf } from "../../answers/funding.js";
import { profileOf } from "../../answers/profile.js";
import type { CompanyProfileAnswer, Figure, MetricView, PersonView } from "../../answers/types.js";
import type { Company, NoteTopic, Place, Role } from "../../data/schema.js";
import type { Messages } from "../../i18n/index.js";
import { messages } from "../../i18n/index.js";
import { placeText } from "../../i18n/place.js";
import { positionText } from "../../i18n/position.js";
import { fill, firstNames, formatDate, formatList, formatQuantity, formatWhen } from "../format.js";
import { METRIC_KINDS, METRIC_TOPICS } from "../lexicon/metrics.js";
import type { Evidence, QuestionMetric } from "../types.js";
import {
  type Draft,
  disputeNote,
  figureEvidence,
  primary,
  type ReplyContext,
  roundLabel,
  sourcesOf,
} from "./common.js";
import { fundingReply, totalEvidence, totalSentence, valuationReply } from "./funding.js";
import { filteredRoundReply, ledSentence, roundsReply } from "./rounds.js";

/** What a part of a company answer says: its sentence and evidence (`Said`: and its notes). */
type Told = Pick<Draft, "headline" | "evidence">;
type Said = Pick<Draft, "headline" | "evidence" | "notes">;

export { METRIC_KINDS } from "../lexicon/metrics.js";

/** Metrics a stage or a year narrows to some rounds ("Mistral's Series C", "raised in 2023"). */
const ROUND_METRICS = new Set<QuestionMetric | undefined>([
  "total-raised",
  "latest-round",
  "round-date",
  "biggest-round",
  "valuation",
]);

const FUNDING_METRICS = new Set<QuestionMetric | undefined>([
  "total-raised",
  "latest-round",
  "round-date",
  "biggest-round",
]);

/** "CEO", "CTO until Aug 2024"; a founder with no stated position is a founder. */
function roleOf(person: PersonView, words: Messages): string | undefined {
  return positionText(person, messages(words.language));
}

function personEvidence(person: PersonView, words: Messages): Evidence {
  const role = roleOf(person, words);
  const name = role !== undefined ? `${person.name} (${role})` : person.name;
  // Without a background, the role is the figure itself: "Julien Chaumond: co-founder", said once.
  if (person.background === undefined)
    return {
      label: person.name,
      text: role ?? (person.founder ? messages(words.language).tenure.cofounder : person.name),
      sources: person.sources,
    };
  const evidence = figureEvidence(name, person.background, (t) => t, words);
  return { ...evidence, sources: [...new Set([...person.sources, ...evidence.sources])] };
}

function foundersReply(rc: ReplyContext, profile: CompanyProfileAnswer): Told {
  const { words } = rc;
  const company = profile.company.name;
  const sentences = [
    profile.founders.length === 0
      ? fill(words, "noFounders", { company })
      : fill(words, "founders", {
          company,
          people: formatList(
            profile.founders.map((f) => f.name),
            words,
          ),
        }),
  ];
  if (profile.people.length > 0) {
    const people = profile.people.map((p) => {
      const role = roleOf(p, words);
      return role !== undefined ? `${p.name}${words.list.separator}${role}` : p.name;
    });
    sentences.push(fill(words, "otherPeople", { company, people: formatList(people, words) }));
  }
  return {
    headline: sentences.join(" "),
    // Founders who left, a new CEO: what the notes say about who runs the company.
    evidence: [
      ...[...profile.founders, ...profile.people].map((p) => personEvidence(p, words)),
      ...notesEvidence(profile, ["leadership"], words),
    ],
  };
}

/** The notes on these topics, newest first, as evidence lines dated by their as-of. */
function notesEvidence(
  profile: CompanyProfileAnswer,
  topics: readonly NoteTopic[],
  words: Messages,
): Evidence[] {
  return profile.notes
    .filter((n) => n.topics.some((t) => topics.includes(t)))
    .map((n) => ({ label: formatDate(n.asOf, words), text: n.text, sources: n.sources, asOf: n.asOf }));
}

/** "Products: Le Chat and Mistral 7B", with every source that names them. */
function namesEvidence(
  label: string,
  named: readonly { name: string; sources: readonly number[] }[],
  words: Messages,
): Evidence {
  return {
    label,
    text: formatList(
      named.map((n) => n.name),
      words,
    ),
    sources: [...new Set(named.flatMap((n) => n.sources))],
  };
}

function describeReply(rc: ReplyContext, profile: CompanyProfileAnswer): Told {
  const { words } = rc;
  const description = primary(profile.description) ?? words.figures.undisclosed;
  const evidence = [figureEvidence(words.answers.labels.description, profile.description, (t) => t, words)];
  if (profile.products.length > 0)
    evidence.push(
      namesEvidence(
        words.labels.products,
        profile.products.map((p) => ({ name: p.name, sources: sourcesOf(p.description) })),
        words,
      ),
    );
  return { headline: fill(words, "describe", { company: profile.company.name, description }), evidence };
}

function productsReply(rc: ReplyContext, profile: CompanyProfileAnswer): Told {
  const { words } = rc;
  const company = profile.company.name;
  if (profile.products.length === 0)
    return { headline: fill(words, "noProducts", { company }), evidence: [] };
  return {
    headline: fill(words, "products", {
      company,
      products: formatList(
        profile.products.map((p) => p.name),
        words,
      ),
    }),
    evidence: profile.products.map((p) => figureEvidence(p.name, p.description, (t) => t, words)),
  };
}

/** The sentence saying the data lacks a figure. */
const MISSING = { founded: "noFounded", headquarters: "noHeadquarters" } as const;

/**
 * One figure of a company asked about (its founding date, its headquarters): the sentence saying
 * it (`said`), its evidence line, a note when sources differ; or the sentence saying the data lacks it.
 */
function oneFigureReply<T>(
  rc: ReplyContext,
  profile: CompanyProfileAnswer,
  kind: keyof typeof MISSING,
  figure: Figure<T> | undefined,
  format: (value: T) => string,
  said: (value: T) => string,
): Said {
  const { words } = rc;
  const label = words.labels[kind];
  const value = primary(figure);
  if (figure === undefined || value === undefined)
    return {
      headline: fill(words, MISSING[kind], { company: profile.company.name }),
      evidence: [{ label, text: words.figures.notInData, sources: [] }],
      notes: [],
    };
  return {
    headline: said(value),
    evidence: [figureEvidence(label, figure, format, words)],
    notes: disputeNote(rc, words.answers.metricNames[kind], figure, format),
  };
}

function foundedReply(rc: ReplyContext, profile: CompanyProfileAnswer): Said {
  const { words } = rc;
  const company = profile.company.name;
  const said = (d: string) => fill(words, "founded", { company, when: formatWhen(d, words) });
  return oneFigureReply(rc, profile, "founded", profile.founded, (d) => formatDate(d, words), said);
}

/** Where a company is based; asked "is it French?", whether that is France. */
function placeReply(rc: ReplyContext, profile: CompanyProfileAnswer, frenchAsked: boolean): Said {
  const { words } = rc;
  const company = profile.company.name;
  const text = (p: Place) => placeText(p, messages(words.language));
  const said = (p: Place) =>
    frenchAsked
      ? fill(words, p.country === "FR" ? "frenchBased" : "basedAbroad", { company, where: p.city })
      : fill(words, "headquarters", { company, where: text(p) });
  const reply = oneFigureReply(rc, profile, "headquarters", profile.hq, text, said);
  // "Is Hugging Face French?": based in New York, and in this landscape for its French founders,
  // which a cited note says.
  const roots = notesEvidence(profile, ["nationality"], words);
  const [first] = roots;
  if (!frenchAsked || first === undefined || primary(profile.hq)?.country === "FR") return reply;
  return { ...reply, headline: `${reply.headline} ${first.text}`, evidence: [...reply.evidence, ...roots] };
}

/** The positions a question about one role accepts: a chair may be called president, and back. */
const ROLE_FAMILY: Readonly<Partial<Record<Role, readonly Role[]>>> = {
  chair: ["chair", "executive-chair", "president"],
  president: ["president", "chair", "executive-chair"],
  "chief-scientist": ["chief-scientist", "research-director"],
};

/** "Mistral AI's CEO: Arthur Mensch." Whoever holds the position now, then who held it before. */
function roleReply(rc: ReplyContext, profile: CompanyProfileAnswer): Said {
  const { words, understanding } = rc;
  const asked = understanding.role ?? "ceo";
  const accepted = ROLE_FAMILY[asked] ?? [asked];
  const company = profile.company.name;
  const role = words.roles[asked];
  const holding = [...profile.founders, ...profile.people].filter((p) =>
    p.roles.some((r) => accepted.includes(r)),
  );
  const now = holding.filter((p) => p.until === undefined);
  const before = holding.filter((p) => p.until !== undefined);
  if (holding.length === 0)
    return {
      headline: fill(words, "noRole", { company, role }),
      // Who the data does name, so the answer still helps.
      evidence: [...profile.founders, ...profile.people].map((p) => personEvidence(p, words)),
      notes: [],
    };
  const sentences = [
    now.length > 0
      ? fill(words, "roleHolder", {
          company,
          role,
          people: formatList(
            now.map((p) => p.name),
            words,
          ),
        })
      : fill(words, "noRole", { company, role }),
    ...(before.length > 0
      ? [
          fill(words, "rolePast", {
            people: formatList(
              before.map((p) => p.name),
              words,
            ),
          }),
        ]
      : []),
  ];
  return { headline: sentences.join(" "), evidence: holding.map((p) => personEvidence(p, words)), notes: [] };
}

export function metricViews(profile: CompanyProfileAnswer, metric: QuestionMetric): MetricView[] {
  const kinds = METRIC_KINDS[metric] ?? [];
  for (const kind of kinds) {
    const views = profile.metrics.filter((m) => m.kind === kind);
    if (views.length > 0) return views;
  }
  return [];
}

export const metricValue = (view: MetricView, words: Messages) => (v: number) =>
  formatQuantity(v, view.unit, view.bound, words);

function metricReply(rc: ReplyContext, profile: CompanyProfileAnswer, metric: QuestionMetric): Said {
  const { words } = rc;
  const company = profile.company.name;
  const views = metricViews(profile, metric);
  const view = views[0];
  const claim = view?.figure.claims[0];
  // What the notes say on it, newest first: the answer when there is no figure, context when there is.
  const topics = METRIC_TOPICS[metric] ?? [];
  const newest = profile.notes.find((n) => n.topics.some((t) => topics.includes(t)));
  const saidEvidence = notesEvidence(profile, topics, words);
  if (view === undefined || claim === undefined) {
    if (newest !== undefined)
      return {
        headline: fill(words, "metricNote", {
          company,
          date: formatDate(newest.asOf, words),
          text: newest.text,
        }),
        evidence: saidEvidence,
        notes: [],
      };
    // Asked of notes only (profitability, acquisitions): nothing is said, rather than "no figure".
    if (METRIC_KINDS[metric] === undefined && topics.length > 0)
      return {
        headline: fill(words, "noNotes", { company, metric: words.answers.metricNames[metric] }),
        evidence: [{ label: words.answers.metricNames[metric], text: words.figures.notInData, sources: [] }],
        notes: [],
      };
    return {
      headline: fill(words, "noMetric", { company, metric: words.answers.metricNames[metric] }),
      evidence: [{ label: words.answers.metricNames[metric], text: words.figures.notInData, sources: [] }],
      notes: [],
    };
  }
  const name = view.kind === "arr" ? words.answers.metricNames.arr : words.answers.metricNames[metric];
  return {
    headline: fill(words, "metric", {
      company,
      metric: name,
      value: metricValue(view, words)(claim.value),
      date: formatDate(claim.asOf, words),
    }),
    evidence: [
      ...views.map((v) => figureEvidence(v.label, v.figure, metricValue(v, words), words)),
      ...saidEvidence,
    ],
    notes: disputeNote(rc, name, view.figure, metricValue(view, words)),
  };
}

function profileReply(rc: ReplyContext, profile: CompanyProfileAnswer): Told {
  const { words } = rc;
  const described = describeReply(rc, profile);
  const evidence = [...described.evidence];
  if (profile.founded !== undefined)
    evidence.push(figureEvidence(words.labels.founded, profile.founded, (d) => formatDate(d, words), words));
  if (profile.founders.length > 0)
    evidence.push(namesEvidence(words.labels.founders, profile.founders, words));
  evidence.push(...totalEvidence(profile.totalRaised, words).slice(0, 1));
  if (profile.latestRound !== undefined)
    evidence.push(
      figureEvidence(
        roundLabel(profile.latestRound, words),
        profile.latestRound.amount,
        (m) =>
          m === "undisclosed"
            ? words.figures.undisclosed
            : formatQuantity(m.amount, m.currency, "exact", words),
        words,
      ),
    );
  const total =
    profile.totalRaised.basis === "none"
      ? []
      : [totalSentence(profile.company.name, profile.totalRaised, words)];
  return { headline: [described.headline, ...total].join(" "), evidence };
}

/** Everything one company can be asked, by intent and metric. */
export function companyReply(rc: ReplyContext, company: Company): Draft {
  const { intent, metric, filters } = rc.understanding;
  const { ctx } = rc;
  const narrowed = filters.stage !== undefined || filters.year !== undefined || filters.earliest === true;
  if (intent === "figure" && metric === "rounds") return roundsReply(rc, fundingOf(ctx, company));
  if (narrowed && (intent === "investors" || (intent === "figure" && ROUND_METRICS.has(metric))))
    return filteredRoundReply(rc, fundingOf(ctx, company));
  if (intent === "investors" || (intent === "figure" && FUNDING_METRICS.has(metric))) {
    const funding = fundingOf(ctx, company);
    if (intent === "investors")
      return {
        ...investorsReply(rc, funding),
        title: company.name,
        sources: funding.sources,
        asOf: funding.asOf,
        answer: funding,
      };
    return fundingReply(rc, funding);
  }
  const profile = profileOf(ctx, company);
  if (intent === "figure" && metric === "valuation") return valuationReply(rc, profile);
  const base = {
    title: company.name,
    sources: profile.sources,
    asOf: profile.asOf,
    answer: profile,
    notes: [] as string[],
  };
  if (intent === "founders") return { ...base, ...foundersReply(rc, profile) };
  if (intent === "role") return { ...base, ...roleReply(rc, profile) };
  if (intent === "figure" && metric === "nationality") return { ...base, ...placeReply(rc, profile, true) };
  if (intent === "describe") return { ...base, ...describeReply(rc, profile) };
  if (intent === "figure" && metric === "products") return { ...base, ...productsReply(rc, profile) };
  if (intent === "figure" && metric === "founded") return { ...base, ...foundedReply(rc, profile) };
  if (intent === "figure" && metric === "headquarters") return { ...base, ...placeReply(rc, profile, false) };
  if (intent === "figure" && metric !== undefined) return { ...base, ...metricReply(rc, profile, metric) };
  return { ...base, ...profileReply(rc, profile) };
}

/** A headline names this many investors, then says how many more the evidence lists. */
const MAX_INVESTORS_NAMED = 8;

function investorsReply(rc: ReplyContext, funding: ReturnType<typeof fundingOf>): Said {
  const { words } = rc;
  const company = funding.company.name;
  const leads: string[] = [];
  const others: string[] = [];
  const evidence: Evidence[] = [];
  // The newest rounds' lead investors first: who backs the company now, then everyone else.
  for (const round of [...funding.rounds].reverse()) {
    for (const i of round.leads) if (!leads.includes(i.name)) leads.push(i.name);
    for (const i of round.others) if (!others.includes(i.name)) others.push(i.name);
  }
  const names = [...leads, ...others.filter((n) => !leads.includes(n))];
  for (const round of funding.rounds) {
    const investors = [...round.leads, ...round.others];
    if (investors.length === 0) continue;
    const reported = round.status === "reported" ? ` (${words.answers.templates.reported})` : "";
    evidence.push({
      label: `${roundLabel(round, words)}${reported}`,
      text: formatList(
        investors.map((i) => (i.lead ? `${i.name} (${words.answers.labels.lead})` : i.name)),
        words,
      ),
      sources: [...new Set(investors.flatMap((i) => i.sources))],
    });
  }
  if (names.length === 0) return { headline: fill(words, "noInvestors", { company }), evidence, notes: [] };
  // "Who led Mistral's rounds?": the newest completed round the data names a lead for.
  const completed = funding.rounds.filter((r) => r.status === "completed");
  const led = completed.findLast((r) => r.leads.length > 0) ?? completed.at(-1);
  if (rc.understanding.filters.lead === true && led !== undefined)
    return { headline: ledSentence(led, company, words), evidence, notes: [] };
  const shown = firstNames(names, MAX_INVESTORS_NAMED, words);
  return {
    headline: fill(words, "investors", { company, investors: formatList(shown, words) }),
    evidence,
    notes: [],
  };
}
