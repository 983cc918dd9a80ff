// The reading of a question, step by step: words, language, names, cues, intent. Pure and
// deterministic: the same text and data always give the same understanding.
import type { AnswerContext } from "../answers/context.js";
import { readCues } from "./cues.js";
import { matchEcosystem } from "./ecosystem.js";
import { findNames } from "./entities.js";
import { decide } from "./intent.js";
import { detectLanguage } from "./language.js";
import { isStopWord } from "./lexicon/index.js";
import { prepare } from "./prepare.js";
import type { Understanding } from "./types.js";

export function understand(
  text: string,
  ctx: AnswerContext & { locale?: string | undefined },
): Understanding {
  const prepared = prepare(text);
  const names = findNames(prepared.tokens, ctx);
  const language = detectLanguage(prepared, ctx.locale, names.used);
  const cues = readCues(prepared.tokens, names.used, language);
  // An everyday word that is also a name ("dust", "doctrine") is the company only in a question
  // about a company (a figure, founders, a comparison…) or when the name is all there is.
  const aboutCompanies =
    (cues.ask !== undefined && !cues.ask.weak) || cues.compare || cues.superlative || cues.recent;
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
  const decision = decide(entities, cues, ecosystem);
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
    asked: cues.ask === undefined ? undefined : { intent: cues.ask.intent, metric: cues.ask.metric },
    entities,
    companyIds: decision.companyIds,
    unclear,
    unknownNames: names.unknownNames,
    readAsNames: names.entities
      .filter((e) => e.everyday === true)
      .map((e) => ({ word: e.matched, name: e.name })),
    comparing: cues.compare,
    filters: { year: cues.year, stage: cues.stage, category: cues.category, topic: cues.topic },
    cues: cues.ask === undefined ? cues.seen : [`ask:${cues.ask.source}`, ...cues.seen],
    truncated: prepared.truncated,
    contentWords: prepared.tokens.filter((t) => !t.forms.some(isStopWord)).length,
  };
}
