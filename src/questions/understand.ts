// The reading of a question, step by step: words, language, names, cues, intent. Pure and
// deterministic: the same text and data always give the same understanding.
import type { AnswerContext } from "../answers/context.js";
import { readCues } from "./cues.js";
import { matchEcosystem } from "./ecosystem.js";
import { findNames } from "./entities.js";
import { decide } from "./intent.js";
import { detectLanguage } from "./language.js";
import { prepare } from "./prepare.js";
import type { Understanding } from "./types.js";

export function understand(
  text: string,
  ctx: AnswerContext & { locale?: string | undefined },
): Understanding {
  const prepared = prepare(text);
  const language = detectLanguage(prepared, ctx.locale);
  const names = findNames(prepared.tokens, ctx);
  const cues = readCues(prepared.tokens, names.used, language);
  const ecosystem = matchEcosystem(prepared.tokens, ctx.data, cues.topic);
  const entities = names.entities.map(({ tokens: _tokens, ...entity }) => entity);
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
    entities,
    companyIds: decision.companyIds,
    unclear: names.unclear,
    unknownNames: names.unknownNames,
    filters: { year: cues.year, stage: cues.stage, category: cues.category, topic: cues.topic },
    cues: cues.ask === undefined ? cues.seen : [`ask:${cues.ask.source}`, ...cues.seen],
    truncated: prepared.truncated,
  };
}
