// A chart attached to a Discord reply: discord.js takes the file apart from the embeds
// (`files: [{ attachment, name, description }]`) and the embed shows it as attachment://<name>.
import type { DiscordMessage } from "../discord/payload.js";

export interface ChartedMessage extends DiscordMessage {
  files: { attachment: Buffer; name: string; description: string }[];
}

/** The message with the chart as its file and as the first embed's image; unchanged without a chart. */
export function withChart(
  message: DiscordMessage,
  chart: { name: string; png: Buffer; alt: string } | undefined,
): DiscordMessage | ChartedMessage {
  if (chart === undefined) return message;
  const [first, ...rest] = message.embeds;
  if (first === undefined) return message;
  return {
    ...message,
    embeds: [{ ...first, image: { url: `attachment://${chart.name}` } }, ...rest],
    files: [{ attachment: chart.png, name: chart.name, description: chart.alt }],
  };
}
