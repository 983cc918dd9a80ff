// Which buttons and menus go under which reply, and what a press shows. Presses are answered from
// the state in the custom_id alone (see component-ids.ts): company ids, never names, so a press
// never searches again, and it works after a restart too.
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIStringSelectComponent,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import { companyById } from "../answers/company-facts.js";
import { compareFound } from "../answers/compare.js";
import { fundingOf } from "../answers/funding.js";
import { peersOf } from "../answers/peers.js";
import { profileOf } from "../answers/profile.js";
import { fundingRanking } from "../answers/ranking.js";
import { notFound } from "../answers/resolve.js";
import type { Answer, FundingRankingAnswer, NumberedSource, Sourced } from "../answers/types.js";
import type { AppContext } from "../app.js";
import type { Company, Stage } from "../data/schema.js";
import { citedAnswer, fullAnswerOf, renumberedSources } from "../questions/cited.js";
import { type AnsweredQuestion, isQuestionAnswer, type Reply } from "../questions/types.js";
import type { Audience } from "./audience.js";
import {
  type ComponentAction,
  type ComponentState,
  type RankingSlice,
  type SourcesQuery,
  tryEncodeComponentId,
} from "./component-ids.js";

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** Buttons stop working after this; the reply's own timer disables them a little before. */
export const COMPONENT_TTL_MS = 10 * 60_000;
export const RANKING_PAGE_SIZE = 10;
/** A row of buttons fits five. */
const ROW_MAX = 5;

type Button = APIComponentInMessageActionRow;

/** The state every component of a reply to `audience` carries: its language, owner and time. */
const stateFor =
  (audience: Audience) =>
  (target: ComponentAction): ComponentState => ({
    ownerId: audience.ownerId,
    createdAt: audience.now,
    target,
    language: audience.language,
  });

/** A button, or none when its state can't fit a custom_id (four long company ids). */
function button(
  label: string,
  state: ComponentState,
  options: { disabled?: boolean; style?: ButtonStyle; emoji?: string } = {},
): Button[] {
  const customId = tryEncodeComponentId(state);
  if (customId === undefined) return [];
  return [
    {
      type: ComponentType.Button,
      style: (options.style ?? ButtonStyle.Secondary) as ButtonStyle.Secondary,
      label,
      custom_id: customId,
      disabled: options.disabled ?? false,
      ...(options.emoji ? { emoji: { name: options.emoji } } : {}),
    },
  ];
}

const row = (...components: Button[]): ActionRow[] =>
  components.length === 0 ? [] : [{ type: ComponentType.ActionRow, components }];

function sourcesQueryOf(answer: Answer): SourcesQuery | undefined {
  switch (answer.kind) {
    case "company-profile":
      return { kind: "profile", companyId: answer.company.id };
    case "company-funding":
      return answer.filter === undefined
        ? { kind: "funding", companyId: answer.company.id }
        : {
            kind: "funding",
            companyId: answer.company.id,
            stage: answer.filter.stage,
            year: answer.filter.year,
          };
    case "comparison":
      return { kind: "compare", companyIds: answer.companies.map((c) => c.id) };
    case "funding-ranking":
      return { kind: "ranking", ...sliceOf(answer, answer.page.offset) };
    default:
      return undefined;
  }
}

/** Names offered instead of an answer ("no such company", "did you mean …?"): companies only. */
function suggestedCompanies(reply: Reply): { id: string; name: string }[] {
  if (reply.kind === "not-found") return reply.suggestions;
  if (reply.kind === "ambiguous") return reply.candidates;
  if (reply.kind === "did-you-mean") return reply.candidates.filter((c) => c.kind === "company");
  return [];
}

/** "Compare with…": the companies most like this one. */
function compareMenu(ctx: AppContext, companyId: string, audience: Audience): ActionRow[] {
  const customId = tryEncodeComponentId(stateFor(audience)({ action: "compare", companyId }));
  const options = peersOf(ctx.data, companyId).map((c) => ({ label: c.name.slice(0, 100), value: c.id }));
  if (customId === undefined || options.length === 0) return [];
  const menu: APIStringSelectComponent = {
    type: ComponentType.StringSelect,
    custom_id: customId,
    placeholder: audience.m.components.compareWith,
    options,
  };
  return [{ type: ComponentType.ActionRow, components: [menu] }];
}

/**
 * "Sources" under a question's short answer: the sources it cites, numbered as it numbers them.
 * The list is cut from its end when the custom_id can't hold it all (the first ones are the ones shown).
 */
function citedSourcesButton(qa: AnsweredQuestion, query: SourcesQuery, audience: Audience): Button[] {
  const { origin } = citedAnswer(qa, Number.POSITIVE_INFINITY);
  const at = stateFor(audience);
  for (let count = origin.length; count > 0; count--) {
    const target: ComponentAction = { action: "sources", query, cited: origin.slice(0, count) };
    const found = button(audience.m.components.sources, at(target), { emoji: "📚" });
    if (found.length > 0) return found;
  }
  return [];
}

/** Under a question's short answer: buttons to the card it was answered from, and its sources. */
function questionComponents(qa: AnsweredQuestion, ctx: AppContext, audience: Audience): ActionRow[] {
  const card = fullAnswerOf(qa);
  if (card === undefined) return [];
  const query = sourcesQueryOf(card);
  if (query === undefined) return [];
  const { m } = audience;
  const at = stateFor(audience);
  const sources = citedSourcesButton(qa, query, audience);
  if (card.kind === "comparison")
    return row(
      ...button(m.components.fullComparison, at({ action: "card", query }), {
        style: ButtonStyle.Primary,
        emoji: "📊",
      }),
      ...sources,
    );
  const companyId = card.company.id;
  return [
    ...row(
      ...button(m.components.profile, at({ action: "profile", companyId }), {
        style: ButtonStyle.Primary,
        emoji: "🪪",
      }),
      ...button(m.components.funding, at({ action: "funding", companyId }), { emoji: "💶" }),
      ...sources,
    ),
    ...compareMenu(ctx, companyId, audience),
  ];
}

/** Under a command's answer: Funding and Compare with… on a card, paging on a ranking, Sources. */
function answerComponents(answer: Answer, ctx: AppContext, audience: Audience): ActionRow[] {
  const { m } = audience;
  const at = stateFor(audience);
  const query = sourcesQueryOf(answer);
  const sources = query
    ? button(m.components.sources, at({ action: "sources", query }), { emoji: "📚" })
    : [];
  if (answer.kind === "company-profile")
    return [
      ...row(
        ...button(m.components.funding, at({ action: "funding", companyId: answer.company.id }), {
          style: ButtonStyle.Primary,
          emoji: "💶",
        }),
        ...sources,
      ),
      ...compareMenu(ctx, answer.company.id, audience),
    ];
  if (answer.kind === "funding-ranking") {
    const { offset, limit } = answer.page;
    const page = (to: number): ComponentAction => ({ action: "page", ...sliceOf(answer, to) });
    return row(
      ...button(m.components.previous, at(page(Math.max(0, offset - limit))), {
        disabled: offset === 0,
        emoji: "◀️",
      }),
      ...button(m.components.next, at(page(offset + limit)), {
        disabled: offset + limit >= answer.matched,
        emoji: "▶️",
      }),
      ...sources,
    );
  }
  return row(...sources);
}

/** The components under a reply (a command's or a question's), in its audience's language. */
export function componentsFor(reply: Reply, ctx: AppContext, audience: Audience): ActionRow[] {
  const suggested = suggestedCompanies(reply).slice(0, ROW_MAX);
  if (suggested.length > 0) {
    const at = stateFor(audience);
    return row(
      ...suggested.flatMap((c) =>
        button(c.name.slice(0, 80), at({ action: "profile", companyId: c.id }), { emoji: "🔎" }),
      ),
    );
  }
  if (!isQuestionAnswer(reply)) return answerComponents(reply, ctx, audience);
  return reply.kind === "answered" ? questionComponents(reply, ctx, audience) : [];
}

/** The same rows, every component disabled: what an expired reply shows. */
export function disabledComponents(
  rows: readonly { toJSON(): unknown }[] | readonly ActionRow[],
): ActionRow[] {
  return rows.map((r) => {
    const json = ("toJSON" in r ? r.toJSON() : r) as ActionRow;
    return { ...json, components: json.components.map((c) => ({ ...c, disabled: true })) };
  });
}

/** A ranking answer's filter, at `offset`, as its buttons carry it. */
function sliceOf(answer: FundingRankingAnswer, offset: number): RankingSlice {
  const { stage, year, investor } = answer.filter;
  return {
    stage,
    year,
    offset,
    ...(investor === undefined
      ? {}
      : { investor: investor.id, ...(investor.led ? { investorLed: true } : {}) }),
  };
}

/** The ranking page a Previous/Next press (or a ranking's Sources) asks for. */
export function rankingPage(ctx: AppContext, slice: RankingSlice) {
  return fundingRanking(ctx, {
    by: "round",
    stage: slice.stage as Stage | undefined,
    year: slice.year,
    offset: slice.offset,
    investor: slice.investor,
    investorLed: slice.investorLed,
    limit: RANKING_PAGE_SIZE,
  });
}

/** A company's answer by id; an id the data no longer has (a new DATA_PATH) is "not found". */
function byId(
  ctx: AppContext,
  id: string,
  make: (ctx: AppContext, company: Company) => Sourced & Answer,
): Sourced & Answer {
  const company = companyById(ctx.data, id);
  return company ? make(ctx, company) : notFound(ctx, id);
}

/** Companies by id, compared; the first id the data no longer has is "not found". */
function compareIds(ctx: AppContext, ids: readonly string[]): Sourced & Answer {
  const companies = ids.map((id) => companyById(ctx.data, id));
  const missing = ids.find((_, i) => companies[i] === undefined);
  return missing === undefined ? compareFound(ctx, companies as Company[]) : notFound(ctx, missing);
}

/** Rebuilds the answer a "Sources" or "Full comparison" press is about. */
export function answerForQuery(ctx: AppContext, query: SourcesQuery): Sourced & Answer {
  switch (query.kind) {
    case "profile":
      return byId(ctx, query.companyId, profileOf);
    case "funding": {
      const filter = { stage: query.stage as Stage | undefined, year: query.year };
      return byId(ctx, query.companyId, (c, company) => fundingOf(c, company, filter));
    }
    case "compare":
      return compareIds(ctx, query.companyIds);
    case "ranking":
      return rankingPage(ctx, query);
  }
}

/** The sources a "Sources" press lists: the answer's own, or those a short answer cited, as it numbered them. */
export function sourcesForPress(
  answer: Sourced,
  cited: readonly number[] | undefined,
): readonly NumberedSource[] {
  return cited === undefined ? answer.sources : renumberedSources(answer.sources, cited);
}

/** A drill-down answer a press asks for (Funding, Profile, Compare with…, Full comparison). */
export function drillDown(
  ctx: AppContext,
  target: ComponentAction,
  chosen: string | undefined,
): Answer | undefined {
  if (target.action === "funding") return byId(ctx, target.companyId, fundingOf);
  if (target.action === "profile") return byId(ctx, target.companyId, profileOf);
  if (target.action === "card") return answerForQuery(ctx, target.query);
  if (target.action === "compare" && chosen) return compareIds(ctx, [target.companyId, chosen]);
  return undefined;
}
