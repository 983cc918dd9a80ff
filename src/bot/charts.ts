// Which replies carry a chart, and attaching it: the PNG goes as a file and the first embed shows
// it (`attachment://name`). Drawing takes tens of milliseconds, so the router asks `hasChart`
// first (cheap: the chart model only) and defers the interaction before drawing. The chart is in
// the reply's language: a command's follows the Discord locale, a question's the question's own
// language (Arabic included), as src/render/reply.ts picks it for the embeds.
import type { AttachmentPayload, BaseMessageOptions } from "discord.js";
import type { Answer } from "../answers/types.js";
import type { FxRate } from "../data/schema.js";
import type { Language } from "../i18n/index.js";
import { isQuestionAnswer } from "../questions/types.js";
import { chartModel, renderChart } from "../render/chart/index.js";
import { type Reply, replyLanguageOf } from "../render/reply.js";

/** The answer a reply's chart would show: a command's answer, or the one a question answer carries. */
function chartedAnswer(reply: Reply): Answer | undefined {
  if (!isQuestionAnswer(reply)) return reply;
  return reply.kind === "answered" ? reply.answer : undefined;
}

export function hasChart(reply: Reply, rates: readonly FxRate[]): boolean {
  const answer = chartedAnswer(reply);
  return answer !== undefined && chartModel(answer, { rates }) !== undefined;
}

/** The message with its chart attached, or unchanged when the reply has none. */
export async function withReplyChart(
  message: BaseMessageOptions,
  reply: Reply,
  rates: readonly FxRate[],
  locale?: string,
  /** The reply's language when the locale can't say it (an Arabic reply's button press). */
  replyLanguage?: Language,
): Promise<BaseMessageOptions> {
  const answer = chartedAnswer(reply);
  const language = replyLanguageOf(reply, locale, replyLanguage);
  const chart = answer === undefined ? undefined : await renderChart(answer, { rates, language });
  const [first, ...rest] = (message.embeds ?? []) as object[];
  if (chart === undefined || first === undefined) return message;
  const file: AttachmentPayload = { attachment: chart.png, name: chart.name, description: chart.alt };
  return {
    ...message,
    embeds: [
      { ...first, image: { url: `attachment://${chart.name}` } },
      ...rest,
    ] as BaseMessageOptions["embeds"],
    files: [file],
  };
}
