// What a button press or menu choice does. Everything it needs is in the custom_id, the language
// included: a press answers in the language of the message it is on. Paging is for the person who
// asked only; drill-downs and sources are answered to whoever pressed, ephemerally.
import { type ButtonInteraction, MessageFlags, type StringSelectMenuInteraction } from "discord.js";
import { inLanguage } from "../answers/context.js";
import type { AppContext } from "../app.js";
import type { Audience } from "./audience.js";
import type { ChartDrawer } from "./chart-pool.js";
import type { ComponentState } from "./component-ids.js";
import {
  answerForQuery,
  COMPONENT_TTL_MS,
  disabledComponents,
  drillDown,
  rankingPage,
  sourcesForPress,
} from "./components.js";
import { present, presentSources } from "./present.js";
import { ephemeral, noticeReply } from "./respond.js";

export type ComponentOutcome =
  | "paged"
  | "sources"
  | "drill-down"
  | "expired"
  | "not-owner"
  | "unknown-component";

/** `state` is the custom_id read (undefined when this version can't read it); `audience` the presser's. */
export async function handleComponent(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  app: AppContext,
  state: ComponentState | undefined,
  audience: Audience,
  charts?: ChartDrawer,
): Promise<ComponentOutcome> {
  const { m } = audience;
  const ctx = inLanguage(app, audience.language);
  if (!state) {
    await interaction.reply(ephemeral(noticeReply(m.bot.olderButton, audience)));
    return "unknown-component";
  }
  if (audience.now - state.createdAt > COMPONENT_TTL_MS) {
    await interaction.update({ components: disabledComponents(interaction.message.components) });
    await interaction.followUp(ephemeral(noticeReply(m.bot.expired, audience)));
    return "expired";
  }
  const { target } = state;
  if (target.action === "page") {
    if (interaction.user.id !== state.ownerId) {
      await interaction.reply(ephemeral(noticeReply(m.bot.notOwner, audience)));
      return "not-owner";
    }
    // The page keeps the reply's owner and clock: its buttons expire with the reply's.
    const owners = { ...audience, ownerId: state.ownerId, now: state.createdAt };
    const page = present(rankingPage(ctx, target), owners, ctx, charts);
    // Acknowledge, then draw the page's chart; `attachments: []` drops the previous page's chart.
    await interaction.deferUpdate();
    await interaction.editReply({ ...(await page.message()), attachments: [] });
    return "paged";
  }
  if (target.action === "sources") {
    const answer = answerForQuery(ctx, target.query);
    const about =
      answer.kind === "company-profile" || answer.kind === "company-funding"
        ? answer.company.name
        : answer.kind === "comparison"
          ? answer.companies.map((c) => c.name).join(m.versus)
          : m.sources.fundingRanking;
    const sources = sourcesForPress(answer, target.cited);
    await interaction.reply(ephemeral(presentSources(answer, sources, about, audience)));
    return "sources";
  }
  const chosen = interaction.isStringSelectMenu() ? interaction.values[0] : undefined;
  const answer = drillDown(ctx, target, chosen);
  if (answer === undefined) {
    await interaction.reply(ephemeral(noticeReply(m.bot.pickCompany, audience)));
    return "drill-down";
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await interaction.editReply(await present(answer, audience, ctx, charts).message());
  return "drill-down";
}
