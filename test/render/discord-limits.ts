// Checks a Discord message payload against every documented limit; returns what is wrong (empty = fine).
// https://discord.com/developers/docs/resources/message#embed-object-embed-limits
import type { DiscordMessage } from "../../src/render/discord/payload.js";

export function checkDiscordLimits(payload: DiscordMessage): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what} is ${length} characters (max ${max})`);
  };
  if (payload.content !== undefined) over("content", payload.content.length, 2000);
  if (payload.embeds.length > 10) problems.push(`${payload.embeds.length} embeds (max 10)`);
  if (JSON.stringify(payload.allowed_mentions) !== JSON.stringify({ parse: [] }))
    problems.push(`allowed_mentions is ${JSON.stringify(payload.allowed_mentions)}, not { parse: [] }`);
  if ((payload.content ?? "") === "" && payload.embeds.length === 0) problems.push("the message is empty");
  let total = 0;
  payload.embeds.forEach((embed, e) => {
    const at = `embeds[${e}]`;
    if (embed.title !== undefined) over(`${at}.title`, embed.title.length, 256);
    if (embed.description !== undefined) over(`${at}.description`, embed.description.length, 4096);
    if (embed.footer !== undefined) over(`${at}.footer.text`, embed.footer.text.length, 2048);
    if (embed.author !== undefined) over(`${at}.author.name`, embed.author.name.length, 256);
    const fields = embed.fields ?? [];
    if (fields.length > 25) problems.push(`${at} has ${fields.length} fields (max 25)`);
    fields.forEach((f, i) => {
      over(`${at}.fields[${i}].name`, f.name.length, 256);
      over(`${at}.fields[${i}].value`, f.value.length, 1024);
      if (f.name.trim() === "") problems.push(`${at}.fields[${i}].name is empty`);
      if (f.value.trim() === "") problems.push(`${at}.fields[${i}].value is empty`);
    });
    if (embed.title === undefined && embed.description === undefined && fields.length === 0)
      problems.push(`${at} is empty`);
    total +=
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.author?.name.length ?? 0) +
      fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  });
  over("all embeds together", total, 6000);
  return problems;
}

/** Every text a user sees in a payload, joined, for "it says ..." assertions. */
export function payloadText(payload: DiscordMessage): string {
  return [
    payload.content ?? "",
    ...payload.embeds.flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? "",
    ]),
  ].join("\n");
}
