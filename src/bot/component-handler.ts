// What a button press or menu choice does. Everything it needs is in the custom_id; paging is for
// the person who asked only, drill-downs and sources are answered to whoever pressed, ephemerally.
import { type ButtonInteraction, MessageFlags, type StringSelectMenuInteraction } from "discord.js";
import { inLanguage } from "../answers/context.js";
import type { AppContext } from "../app.js";
import { languageForLocale, messages } from "../i18n/index.js";
import { renderSourcesEmbed } from "../render/discord/sources.js";
import { withReplyChart } from "./charts.js";
import { decodeComponentId } from "./component-ids.js";
import {
  answerForSources,
  COMPONENT_TTL_MS,
  componentsFor,
  disabledComponents,
  drillDown,
  rankingPage,
} from "./components.js";
import { ephemeral, noticeReply, renderForDiscord, SAFE_MENTIONS } from "./respond.js";

export type ComponentOutcome =
  | "paged"
  | "sources"
  | "drill-down"
  | "expired"
  | "not-owner"
  | "unknown-component";

export async function handleComponent(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  app: AppContext,
  now = Date.now(),
): Promise<ComponentOutcome> {
  // Whoever presses reads the reply in their own language, unless the buttons carry the reply's
  // (Arabic, which no Discord locale is).
  const locale = interaction.locale;
  const state = decodeComponentId(interaction.customId);
  const language = state?.language ?? languageForLocale(locale);
  const ctx = inLanguage(app, language);
  const m = messages(language);
  if (!state) {
    await interaction.reply(ephemeral(noticeReply(m.bot.olderButton, language)));
    return "unknown-component";
  }
  if (now - state.createdAt > COMPONENT_TTL_MS) {
    await interaction.update({ components: disabledComponents(interaction.message.components) });
    await interaction.followUp(ephemeral(noticeReply(m.bot.expired, language)));
    return "expired";
  }
  const { target } = state;
  if (target.action === "page") {
    if (interaction.user.id !== state.ownerId) {
      await interaction.reply(ephemeral(noticeReply(m.bot.notOwner, language)));
      return "not-owner";
    }
    const answer = rankingPage(ctx, target);
    // Acknowledge, then draw the page's chart; `attachments: []` drops the previous page's chart.
    await interaction.deferUpdate();
    const message = {
      ...renderForDiscord(answer, locale, language),
      components: componentsFor(answer, ctx, state.ownerId, state.createdAt, language),
    };
    await interaction.editReply({
      ...(await withReplyChart(message, answer, ctx.data.fxRates, locale, language)),
      attachments: [],
    });
    return "paged";
  }
  if (target.action === "sources") {
    const answer = answerForSources(ctx, target.query);
    const title =
      answer.kind === "company-profile" || answer.kind === "company-funding"
        ? answer.company.name
        : answer.kind === "comparison"
          ? answer.companies.map((c) => c.name).join(m.versus)
          : m.sources.fundingRanking;
    const { allowed_mentions: _, ...message } = renderSourcesEmbed(answer, title, language);
    await interaction.reply(ephemeral({ ...message, allowedMentions: SAFE_MENTIONS }));
    return "sources";
  }
  const chosen = interaction.isStringSelectMenu() ? interaction.values[0] : undefined;
  const answer = drillDown(ctx, target, chosen);
  if (answer === undefined) {
    await interaction.reply(ephemeral(noticeReply(m.bot.pickCompany, language)));
    return "drill-down";
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await interaction.editReply(
    await withReplyChart(
      renderForDiscord(answer, locale, language),
      answer,
      ctx.data.fxRates,
      locale,
      language,
    ),
  );
  return "drill-down";
}
