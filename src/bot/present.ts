// One presentation: a reply and its audience become the whole Discord message (embeds, buttons and
// menus, the chart's file, allowed mentions). The router's command and mention paths, the button
// handler and the console all go through here, so what the console's `--json` prints is what
// Discord receives. The chart model is built once: it says whether the reply is slow to send (the
// router defers first) and is drawn from the same model.
import type { BaseMessageOptions } from "discord.js";
import type { Answer, NumberedSource, Sourced } from "../answers/types.js";
import type { AppContext } from "../app.js";
import { bidi } from "../i18n/index.js";
import { isQuestionAnswer, type Reply } from "../questions/types.js";
import { chartModel } from "../render/chart/chart-model.js";
import { withChart } from "../render/chart/discord.js";
import type { ChartModel } from "../render/chart/model.js";
import type { DiscordMessage } from "../render/discord/index.js";
import { renderSourcesEmbed } from "../render/discord/sources.js";
import { discordPayload } from "../render/reply.js";
import type { Audience } from "./audience.js";
import { type ChartDrawer, inProcessDrawer } from "./chart-pool.js";
import { type ActionRow, componentsFor } from "./components.js";
import { SAFE_MENTIONS } from "./respond.js";

export interface Presentation {
  /** True when the reply has a chart to draw: an interaction is acknowledged first. */
  readonly slow: boolean;
  /** The reply's buttons and menus (disabled later, when they expire). */
  readonly components: ActionRow[];
  /** The message, its chart drawn (off the event loop). */
  message(): Promise<BaseMessageOptions>;
}

/**
 * The answer a reply's chart shows: a command's. A question's short answer has none: its sources
 * are numbered afresh, the card's chart cites the card's numbers; the card a button opens has it.
 */
const chartedAnswer = (reply: Reply): Answer | undefined => (isQuestionAnswer(reply) ? undefined : reply);

/** A renderer's message as discord.js sends it: mentions off whatever it says. */
export function discordOptions(message: DiscordMessage, components: ActionRow[] = []): BaseMessageOptions {
  const { allowed_mentions: _, ...body } = message;
  return { ...body, components, allowedMentions: SAFE_MENTIONS } as BaseMessageOptions;
}

/**
 * `charts` draws the chart: the bot's worker threads, or this process (the console, the tests). When
 * it is too busy, the reply goes out without its chart and says so.
 */
export function present(
  reply: Reply,
  audience: Audience,
  app: AppContext,
  charts: ChartDrawer = inProcessDrawer,
): Presentation {
  const answer = chartedAnswer(reply);
  const model: ChartModel | undefined =
    answer === undefined
      ? undefined
      : chartModel(answer, { rates: app.data.fxRates, language: audience.language });
  const components = componentsFor(reply, app, audience);
  return {
    slow: model !== undefined,
    components,
    async message() {
      const body = discordPayload(reply, audience.m);
      const chart = model === undefined ? undefined : await charts.draw(model);
      if (chart === "busy")
        return discordOptions(
          { ...body, content: bidi(audience.m.bot.chartLeftOut, audience.language) },
          components,
        );
      return discordOptions(withChart(body, chart), components);
    },
  };
}

/** The "Sources" press's reply: `sources` in full (titles, links, quotes), about `about`. */
export function presentSources(
  answer: Pick<Sourced, "asOf">,
  sources: readonly NumberedSource[],
  about: string,
  audience: Audience,
): BaseMessageOptions {
  return discordOptions(renderSourcesEmbed({ asOf: answer.asOf, sources: [...sources] }, about, audience.m));
}
