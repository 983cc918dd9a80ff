// The question engine's entry point: free text in, a structured answer out, with how the question
// was understood. No language model and no network: the same text and data always give the same
// answer, and every figure in it comes from the dataset with its numbered sources.
import { companyById } from "../answers/company-facts.js";
import { type AnswerContext, inLanguage } from "../answers/context.js";
import { companyAbroad } from "../answers/resolve.js";
import type { Company } from "../data/schema.js";
import { englishLandscape } from "../data/translations.js";
import { messages } from "../i18n/index.js";
import { fill, formatDate, formatList } from "./format.js";
import { abroadReply } from "./reply/abroad.js";
import { answered, type Draft, type ReplyContext } from "./reply/common.js";
import { companyReply } from "./reply/company.js";
import { compareReply } from "./reply/compare.js";
import { ecosystemReply } from "./reply/ecosystem.js";
import { didYouMeanReply, displayName, helpReply } from "./reply/help.js";
import { mergeReplies } from "./reply/merge.js";
import { personReply } from "./reply/people.js";
import { productReply } from "./reply/product.js";
import { categoryReply, rankingReply } from "./reply/ranking.js";
import type { QuestionAnswer, Subject, Understanding } from "./types.js";
import { understand } from "./understand.js";

export { understand } from "./understand.js";

export type QuestionContext = AnswerContext & { locale: string };

function companiesReply(rc: ReplyContext, companies: readonly Company[]): Draft {
  const { intent } = rc.understanding;
  const eachCompany = intent === "figure" && rc.understanding.metric === "nationality";
  if (companies.length === 1 || ((intent === "figure" || intent === "profile") && !eachCompany))
    return companyReply(rc, companies[0] as Company);
  if (intent === "compare") return compareReply(rc, companies);
  const replies = companies.map((c) => companyReply(rc, c));
  return mergeReplies(replies, companies.map((c) => c.name).join(", "));
}

function reply(rc: ReplyContext): Draft | undefined {
  const { ctx, understanding } = rc;
  const companies = understanding.companyIds
    .map((id) => companyById(ctx.data, id))
    .filter((c): c is Company => c !== undefined);
  if (companies.length > 0) {
    const answer = companiesReply(rc, companies);
    // "Is Mistral bigger than OpenAI?": one side of the comparison is not in the data.
    const onlyOne =
      companies.length === 1 && understanding.unknownNames.length > 0 && understanding.comparing;
    if (onlyOne && (understanding.intent === "figure" || understanding.intent === "profile"))
      answer.notes.push(
        fill(rc.words, "helpUnknownNamed", {
          names: formatList(understanding.unknownNames.map(displayName), rc.words),
          count: String(ctx.data.companies.length),
          date: formatDate(ctx.data.asOf, rc.words),
        }),
      );
    return answer;
  }
  switch (understanding.intent) {
    case "describe":
      return productReply(rc);
    case "person": {
      const entity =
        understanding.entities.find((e) => e.kind === "person") ??
        understanding.entities.find((e) => e.kind === "investor");
      return entity === undefined ? undefined : personReply(rc, entity);
    }
    case "ecosystem": {
      const id = understanding.entities.find((e) => e.kind === "ecosystem")?.id;
      const fact = ctx.data.ecosystem.find((f) => f.id === id);
      return fact === undefined ? undefined : ecosystemReply(rc, fact);
    }
    // "The biggest round of Zzyx": a ranking of something the data lacks is not the whole ranking.
    case "ranking":
      return understanding.unknownNames.length > 0 ? undefined : rankingReply(rc);
    case "category":
      return categoryReply(rc, understanding.filters.category);
    default:
      return undefined;
  }
}

function cannotAnswer(ctx: AnswerContext, understanding: Understanding): QuestionAnswer {
  const words = messages(understanding.language);
  const unclear = understanding.unclear[0];
  if (unclear !== undefined) return didYouMeanReply(ctx, understanding, words, unclear.candidates);
  if (understanding.intent === "help") return helpReply(ctx, understanding, words, "asked-for-help");
  if (understanding.social !== undefined) return helpReply(ctx, understanding, words, understanding.social);
  if (understanding.contentWords === 0 && understanding.entities.length === 0)
    return helpReply(ctx, understanding, words, "empty");
  // "How much did OpenAI raise?", "who founded <a name not in the data>?": a name was asked about.
  const asked = understanding.asked;
  const namedAsk =
    asked?.intent === "founders" || asked?.intent === "investors" || asked?.intent === "describe";
  const askedAboutSomething =
    understanding.unknownNames.length > 0 ||
    understanding.metric !== undefined ||
    asked?.metric !== undefined ||
    namedAsk;
  // "Is Helsing French?": a company the data knows is not French, said with its source.
  const abroad = companyAbroad(ctx.data, understanding.unknownNames);
  if (abroad !== undefined)
    return answered({ ctx, understanding, words }, abroadReply({ ctx, understanding, words }, abroad));
  return helpReply(ctx, understanding, words, askedAboutSomething ? "unknown-entity" : "unrelated");
}

/**
 * How a question reads, against the English data (its keywords and names): the first step, which
 * also says the question's language, so the bot knows the audience before anything is answered.
 */
export function understandQuestion(text: string, ctx: QuestionContext, previous?: Subject): Understanding {
  return understand(text, { ...ctx, data: englishLandscape(ctx.data) }, previous);
}

/** The answer to an understood question, in the question's language. */
export function answerUnderstood(understanding: Understanding, ctx: AnswerContext): QuestionAnswer {
  const local = inLanguage(ctx, understanding.language);
  const rc: ReplyContext = { ctx: local, understanding, words: messages(understanding.language) };
  const built = reply(rc);
  if (built === undefined) return cannotAnswer(local, understanding);
  // "how much did dust raise?": the everyday word taken for a name, said so the reader can tell.
  for (const { word, name } of understanding.readAsNames)
    built.notes.unshift(fill(rc.words, "readAsName", { word, company: name }));
  // "Who founded it?": say whom "it" was taken for.
  const borrowed = understanding.followUp?.companyIds
    .map((id) => companyById(local.data, id)?.name)
    .filter((name): name is string => name !== undefined);
  if (borrowed !== undefined && borrowed.length > 0)
    built.notes.unshift(fill(rc.words, "followUp", { companies: formatList(borrowed, rc.words) }));
  return answered(rc, built);
}

/**
 * Answers a question asked in plain words (English, French or Arabic); `previous` is what the
 * asker's last question was about, for "who founded it?" and "and Dust?".
 */
export function answerQuestion(text: string, ctx: QuestionContext, previous?: Subject): QuestionAnswer {
  return answerUnderstood(understandQuestion(text, ctx, previous), ctx);
}
