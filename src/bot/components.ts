// Which buttons and menus go under which reply, and what a press does. Presses are answered from
// the state in the custom_id alone (see component-ids.ts), so they work after a restart too.
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIStringSelectComponent,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import { companyById } from "../answers/company-facts.js";
import { compareCompanies } from "../answers/compare.js";
import { fundingOf } from "../answers/funding.js";
import { peersOf } from "../answers/peers.js";
import { profileOf } from "../answers/profile.js";
import { fundingRanking } from "../answers/ranking.js";
import { notFound } from "../answers/resolve.js";
import type { Answer, Sourced } from "../answers/types.js";
import type { AppContext } from "../app.js";
import type { Company, Stage } from "../data/schema.js";
import { type Language, messages } from "../i18n/index.js";
import { isQuestionAnswer } from "../questions/types.js";
import type { Reply } from "../render/reply.js";
import {
  type ComponentAction,
  type ComponentState,
  encodeComponentId,
  type SourcesQuery,
} from "./component-ids.js";

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** Buttons stop working after this; the reply's own timer disables them a little before. */
export const COMPONENT_TTL_MS = 10 * 60_000;
export const RANKING_PAGE_SIZE = 10;

function button(
  label: string,
  state: ComponentState,
  options: { disabled?: boolean; style?: ButtonStyle; emoji?: string } = {},
): APIComponentInMessageActionRow {
  return {
    type: ComponentType.Button,
    style: (options.style ?? ButtonStyle.Secondary) as ButtonStyle.Secondary,
    label,
    custom_id: encodeComponentId(state),
    disabled: options.disabled ?? false,
    ...(options.emoji ? { emoji: { name: options.emoji } } : {}),
  };
}

const row = (...components: APIComponentInMessageActionRow[]): ActionRow => ({
  type: ComponentType.ActionRow,
  components,
});

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
      return {
        kind: "ranking",
        stage: answer.filter.stage,
        year: answer.filter.year,
        offset: answer.page.offset,
      };
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

/**
 * The answer whose buttons a reply gets: a command's answer, or the card a question's answer shows.
 * A question's ranking is filtered its own way (a category, a metric), which Previous/Next and
 * Sources could not rebuild, so it gets none.
 */
function cardOf(reply: Reply): Answer | undefined {
  if (!isQuestionAnswer(reply)) return reply;
  if (reply.kind !== "answered" || reply.answer?.kind === "funding-ranking") return undefined;
  return reply.answer;
}

/** A row of buttons fits five. */
const ROW_MAX = 5;

/** The components under a reply (a command's or a question's), labelled in the asker's language. */
export function componentsFor(
  reply: Reply,
  ctx: AppContext,
  ownerId: string,
  now = Date.now(),
  language: Language = "en",
): ActionRow[] {
  const labels = messages(language).components;
  // Arabic isn't a Discord locale: an Arabic reply's buttons carry it, so a press answers in Arabic.
  const at = (target: ComponentAction): ComponentState =>
    language === "ar" ? { ownerId, createdAt: now, target, language } : { ownerId, createdAt: now, target };
  const suggested = suggestedCompanies(reply).slice(0, ROW_MAX);
  if (suggested.length > 0)
    return [
      row(
        ...suggested.map((c) =>
          button(c.name.slice(0, 80), at({ action: "profile", companyId: c.id }), { emoji: "🔎" }),
        ),
      ),
    ];
  const answer = cardOf(reply);
  if (answer === undefined) return [];
  const sources = sourcesQueryOf(answer);
  const sourcesButton = sources
    ? [button(labels.sources, at({ action: "sources", query: sources }), { emoji: "📚" })]
    : [];
  if (answer.kind === "company-profile") {
    const menu: APIStringSelectComponent = {
      type: ComponentType.StringSelect,
      custom_id: encodeComponentId(at({ action: "compare", companyId: answer.company.id })),
      placeholder: labels.compareWith,
      options: peersOf(ctx.data, answer.company.id).map((c) => ({
        label: c.name.slice(0, 100),
        value: c.id,
      })),
    };
    return [
      row(
        button(labels.funding, at({ action: "funding", companyId: answer.company.id }), {
          style: ButtonStyle.Primary,
          emoji: "💶",
        }),
        ...sourcesButton,
      ),
      ...(menu.options.length > 0 ? [row(menu)] : []),
    ];
  }
  if (answer.kind === "funding-ranking") {
    const { offset, limit } = answer.page;
    const page = (to: number): ComponentAction => ({
      action: "page",
      stage: answer.filter.stage,
      year: answer.filter.year,
      offset: to,
    });
    return [
      row(
        button(labels.previous, at(page(Math.max(0, offset - limit))), {
          disabled: offset === 0,
          emoji: "◀️",
        }),
        button(labels.next, at(page(offset + limit)), {
          disabled: offset + limit >= answer.matched,
          emoji: "▶️",
        }),
        ...sourcesButton,
      ),
    ];
  }
  return sourcesButton.length > 0 ? [row(...sourcesButton)] : [];
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

/** The ranking page a Previous/Next press asks for. */
export function rankingPage(ctx: AppContext, target: Extract<ComponentAction, { action: "page" }>) {
  return fundingRanking(ctx, {
    by: "round",
    stage: target.stage as Stage | undefined,
    year: target.year,
    offset: target.offset,
    limit: RANKING_PAGE_SIZE,
  });
}

const nameOf = (ctx: AppContext, id: string) => companyById(ctx.data, id)?.name ?? id;

/** A company's profile or funding by id; an id the data no longer has (new DATA_PATH) is "not found". */
function byId(
  ctx: AppContext,
  id: string,
  make: (ctx: AppContext, company: Company) => Sourced & Answer,
): Sourced & Answer {
  const company = companyById(ctx.data, id);
  return company ? make(ctx, company) : notFound(ctx, id);
}

/** Rebuilds the answer whose sources a "Sources" press asks for. */
export function answerForSources(ctx: AppContext, query: SourcesQuery): Sourced & Answer {
  const name = (id: string) => nameOf(ctx, id);
  switch (query.kind) {
    case "profile":
      return byId(ctx, query.companyId, profileOf);
    case "funding": {
      const filter = { stage: query.stage as Stage | undefined, year: query.year };
      return byId(ctx, query.companyId, (c, company) => fundingOf(c, company, filter));
    }
    case "compare":
      return compareCompanies(ctx, query.companyIds.map(name));
    case "ranking":
      return rankingPage(ctx, { action: "page", stage: query.stage, year: query.year, offset: query.offset });
  }
}

/** A drill-down answer a press asks for (Funding, Compare with…). */
export function drillDown(
  ctx: AppContext,
  target: ComponentAction,
  chosen: string | undefined,
): Answer | undefined {
  if (target.action === "funding") return byId(ctx, target.companyId, fundingOf);
  if (target.action === "profile") return byId(ctx, target.companyId, profileOf);
  if (target.action === "compare" && chosen)
    return compareCompanies(ctx, [nameOf(ctx, target.companyId), nameOf(ctx, chosen)]);
  return undefined;
}
