// What a button press or menu choice does. Everything it needs is in the custom_id; paging is for
// the person who asked only, drill-downs and sources are answered to whoever pressed, ephemerally.
import type { ButtonInteraction, StringSelectMenuInteraction } from "discord.js";
import type { AppContext } from "../app.js";
import { renderSourcesEmbed } from "../render/discord/sources.js";
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
  ctx: AppContext,
  now = Date.now(),
): Promise<ComponentOutcome> {
  const state = decodeComponentId(interaction.customId);
  if (!state) {
    await interaction.reply(
      ephemeral(
        noticeReply("This button is from an older version of the bot. Please run the command again."),
      ),
    );
    return "unknown-component";
  }
  if (now - state.createdAt > COMPONENT_TTL_MS) {
    await interaction.update({ components: disabledComponents(interaction.message.components) });
    await interaction.followUp(
      ephemeral(noticeReply("These buttons have expired. Run the command again for fresh ones.")),
    );
    return "expired";
  }
  const { target } = state;
  const locale = interaction.locale;
  if (target.action === "page") {
    if (interaction.user.id !== state.ownerId) {
      await interaction.reply(
        ephemeral(noticeReply("Only the person who asked can page this list. Try `/funding` for your own.")),
      );
      return "not-owner";
    }
    const answer = rankingPage(ctx, target);
    await interaction.update({
      ...renderForDiscord(answer, locale),
      components: componentsFor(answer, ctx, state.ownerId, state.createdAt),
    });
    return "paged";
  }
  if (target.action === "sources") {
    const answer = answerForSources(ctx, target.query);
    const title =
      answer.kind === "company-profile" || answer.kind === "company-funding"
        ? answer.company.name
        : answer.kind === "comparison"
          ? answer.companies.map((c) => c.name).join(" vs ")
          : "funding ranking";
    const { allowed_mentions: _, ...message } = renderSourcesEmbed(answer, title);
    await interaction.reply(ephemeral({ ...message, allowedMentions: SAFE_MENTIONS }));
    return "sources";
  }
  const chosen = interaction.isStringSelectMenu() ? interaction.values[0] : undefined;
  const answer = drillDown(ctx, target, chosen);
  await interaction.reply(
    ephemeral(
      answer ? renderForDiscord(answer, locale) : noticeReply("Pick a company in the menu to compare."),
    ),
  );
  return "drill-down";
}
