// The reading of a question, step by step: words, language, names, cues, intent. Pure and
// deterministic: the same text and data always give the same understanding.
import type { AnswerContext } from "../answers/context.js";
import { type Cues, readCues } from "./cues.js";
import { matchEcosystem } from "./ecosystem.js";
import { findNames, namesInRanking } from "./entities.js";
import { asksIfFrench, type Decision, decide, MONEY_METRICS } from "./intent.js";
import { detectLanguage } from "./language.js";
import { isStopWord } from "./lexicon/index.js";
import { listAgain } from "./list-follow.js";
import { findPlace } from "./places.js";
import { isLatin, prepare } from "./prepare.js";
import type { Subject, Understanding } from "./types.js";

/** Asks that need a company and can borrow the last question's ("who founded it?", "and its CEO?"). */
const BORROWS: ReadonlySet<string> = new Set(["founders", "investors", "describe", "role", "compare"]);

/**
 * Whether a question with no name of its own is about the last question's subject: it points back
 * ("it", "them", "ها"), or asks something only a company can answer ("who invested?", "valuation?").
 * A ranking ("who raised the most?") is about everyone, unless it points back.
 */
function borrowsSubject(cues: Cues, decision: Decision): boolean {
  if (cues.signals.has("pointer")) return true;
  const ranking =
    cues.superlative || cues.recent || cues.signals.has("least") || cues.signals.has("youngest");
  if (ranking || decision.intent === "ranking" || decision.intent === "ecosystem") return false;
  const ask = cues.ask;
  if (ask !== undefined && !ask.weak && (ask.metric !== undefined || BORROWS.has(ask.intent ?? "")))
    return true;
  return cues.compare && cues.signals.has("followOn");
}

/** A ranking of one investor's rounds: its id, and whether only the rounds it led ("led by"). */
function rankedInvestor(
  intent: Understanding["intent"],
  entities: readonly { kind: string; id: string }[],
  cues: Cues,
): Pick<Understanding["filters"], "investor" | "investorLed"> {
  const investors = entities.filter((e) => e.kind === "investor");
  const [only] = investors;
  if (intent !== "ranking" || investors.length !== 1 || only === undefined) return {};
  return { investor: only.id, ...(cues.signals.has("lead") ? { investorLed: true } : {}) };
}

export function understand(
  text: string,
  ctx: AnswerContext & { locale?: string | undefined },
  previous?: Subject,
): Understanding {
  const prepared = prepare(text);
  const names = findNames(prepared.tokens, ctx);
  const language = detectLanguage(prepared, ctx.locale, names.used);
  const cues = readCues(prepared.tokens, names.used, language);
  // An everyday word that is also a name ("dust", "doctrine") is the company only in a question
  // about a company (a figure, founders, a comparison…) or when the name is all there is.
  // "Tell me about pigment", "c'est quoi dust ?": the frame itself asks about something named.
  const frame = cues.ask?.intent === "profile" || cues.ask?.intent === "describe";
  const aboutCompanies =
    (cues.ask !== undefined && (!cues.ask.weak || frame)) || cues.compare || cues.superlative || cues.recent;
  const contentTokens = prepared.tokens.filter((t) => !t.forms.some(isStopWord)).length;
  names.entities = names.entities.filter(
    (e) => e.everyday !== true || aboutCompanies || contentTokens <= e.tokens.length,
  );
  const ecosystem = matchEcosystem(prepared.tokens, ctx.data, cues.topic, cues.categoryWords);
  const entities = names.entities.map(({ tokens: _tokens, ...entity }) => entity);
  // "dsut revenue": Dust or the investor DST? A company figure is asked, so the one company.
  const companyAsk =
    cues.ask?.metric !== undefined || ["founders", "investors", "describe"].includes(cues.ask?.intent ?? "");
  const unclear = names.unclear.filter((name) => {
    const companies = name.candidates.filter((c) => c.kind === "company" || c.kind === "product");
    const [only] = companies;
    if (!companyAsk || companies.length !== 1 || only === undefined) return true;
    entities.push({ ...only, matched: name.matched, how: "fuzzy" });
    return false;
  });
  let decision = decide(entities, cues, ecosystem);
  let followUp: Understanding["followUp"];
  // "Who led Mistral's first round?" then "and Hugging Face?": the new company, narrowed the same way.
  let narrowing: Subject["narrowed"];
  const named = entities.some((e) => e.kind !== "ecosystem");
  if (previous !== undefined && previous.companyIds.length > 0) {
    if (!named && borrowsSubject(cues, decision)) {
      // "Who founded it?": the last question's companies, asked what this one asks; "compare
      // them" after one company, then another, compares both.
      const ids =
        cues.compare && previous.companyIds.length < 2
          ? [...previous.companyIds, ...(previous.earlier ?? [])].slice(0, 4)
          : previous.companyIds;
      const borrowed = ids.map((id) => ({
        kind: "company" as const,
        id,
        name: id,
        matched: "",
        how: "exact" as const,
      }));
      decision = decide(borrowed, cues, []);
      if (decision.intent === "profile" && cues.ask === undefined)
        decision = { ...decision, intent: previous.intent, metric: previous.metric, role: previous.role };
      // "Compare them" after two valuations compares valuations.
      else if (
        decision.intent === "compare" &&
        decision.metric === undefined &&
        previous.metric !== undefined
      )
        decision = { ...decision, metric: previous.metric };
      followUp = { companyIds: ids };
    } else if (
      named &&
      decision.companyIds.length > 0 &&
      cues.signals.has("followOn") &&
      (cues.ask === undefined || cues.ask.weak)
    ) {
      // "And Hugging Face?": the new companies, asked what the last question asked.
      const carried =
        previous.intent === "compare" || previous.intent === "ranking" ? "figure" : previous.intent;
      if (carried !== "profile" && carried !== "unknown" && carried !== "help") {
        decision = { ...decision, intent: carried, metric: previous.metric, role: previous.role };
        narrowing = previous.narrowed;
      }
    }
  }
  // "Startups in Lyon", "the biggest round in Grenoble": a city narrows a list or a ranking.
  const place =
    named || decision.companyIds.length > 0
      ? undefined
      : findPlace(prepared.tokens, names.used, ctx.data, language);
  if (place !== undefined && decision.intent === "unknown") {
    // "How much did startups in Lyon raise?" ranks them; "startups in Lyon" lists them; "the
    // weather in Paris" is still not a question for this bot.
    const metric = cues.ask?.metric;
    if (metric !== undefined && MONEY_METRICS.has(metric))
      decision = { intent: "ranking", metric, companyIds: [] };
    else if (cues.signals.has("companyWord") || cues.ask?.intent === "category")
      decision = { intent: "category", companyIds: [] };
  }
  // "And in 2023?", "and the smallest?" after a ranking or a list: that one again, narrowed.
  const again =
    named || followUp !== undefined ? undefined : listAgain(previous?.listed, cues, decision, place);
  if (again !== undefined) decision = again.decision;
  const carried = again?.carried;
  const placeWords = new Set(place?.tokens.map((i) => prepared.tokens[i]?.norm ?? "") ?? []);
  const covered = new Set([...cues.covered, ...(place?.tokens ?? [])]);
  // "is helsing french?", "who founded zzyx?": a word that is no word asked about as a company.
  // "who raised more, mistral or openai?": the other side named too.
  // An Arabic word the tables lack is more likely an inflection than a name, except in "is X
  // French?", where the one word left is the name. A ranking has its own reading (namesInRanking).
  const asksAboutUnknown =
    (!named &&
      followUp === undefined &&
      (cues.ask !== undefined ||
        asksIfFrench(cues) ||
        (previous !== undefined && cues.signals.has("followOn")))) ||
    (cues.compare && decision.companyIds.length === 1);
  const unknownNames =
    decision.intent === "ranking"
      ? namesInRanking(prepared.tokens, names.used, covered, language === "ar")
      : (asksAboutUnknown
          ? [
              ...names.unknownNames,
              ...names.unknownWords.filter((w) => isLatin(w) || (asksIfFrench(cues) && !cues.ask)),
            ]
          : names.unknownNames
        ).filter((word) => !placeWords.has(word));
  const listing = decision.intent === "ranking" || decision.intent === "category";
  const fact = ecosystem.find((e) => decision.factId === e.id);
  if (decision.intent === "ecosystem" && fact !== undefined)
    entities.push({
      kind: "ecosystem",
      id: fact.id,
      name: fact.title,
      matched: fact.matched.join(", "),
      how: "exact",
    });
  return {
    language,
    intent: decision.intent,
    metric: decision.metric,
    role: decision.role,
    followUp,
    social:
      named || cues.ask !== undefined
        ? undefined
        : cues.signals.has("thanks")
          ? "thanks"
          : cues.signals.has("greeting")
            ? "greeting"
            : undefined,
    asked: cues.ask === undefined ? undefined : { intent: cues.ask.intent, metric: cues.ask.metric },
    entities,
    companyIds: decision.companyIds,
    unclear,
    unknownNames,
    readAsNames: names.entities
      .filter((e) => e.everyday === true)
      .map((e) => ({ word: e.matched, name: e.name })),
    comparing: cues.compare,
    filters: {
      year: cues.year ?? (cues.stage === undefined ? narrowing?.year : undefined) ?? carried?.year,
      stage: cues.stage ?? (cues.year === undefined ? narrowing?.stage : undefined) ?? carried?.stage,
      category: cues.category ?? carried?.category,
      city: listing ? (place?.city ?? carried?.city) : undefined,
      topic: cues.topic,
      ascending:
        cues.signals.has("least") ||
        cues.signals.has("youngest") ||
        (decision.intent === "ranking" && decision.metric === "round-date" && cues.signals.has("earliest")) ||
        carried?.ascending ||
        undefined,
      top: decision.intent === "ranking" ? (cues.top ?? carried?.top) : undefined,
      lead:
        (decision.intent === "investors" && (cues.signals.has("lead") || narrowing?.lead === true)) ||
        undefined,
      earliest: cues.signals.has("earliest") || narrowing?.earliest || undefined,
      ...(decision.intent === "ranking" && carried?.investor !== undefined
        ? { investor: carried.investor, investorLed: carried.investorLed }
        : {}),
      ...rankedInvestor(decision.intent, entities, cues),
    },
    cues: cues.ask === undefined ? cues.seen : [`ask:${cues.ask.source}`, ...cues.seen],
    truncated: prepared.truncated,
    contentWords: prepared.tokens.filter((t) => !t.forms.some(isStopWord)).length,
  };
}
