// A Discord message drawn as the client shows it in the dark theme, from the same JSON the bot
// sends: the avatar, name, APP tag and time; the slash command or the message it answers, above;
// the content; each embed with its colour bar, title, description, fields (inline ones side by
// side, three to a row), image and footer; then the buttons and menus. For the README only.
import { createCanvas, type Image, loadImage } from "@napi-rs/canvas";
import type { APIEmbed, APIEmbedField } from "discord.js";
import { drawEmoji } from "./emoji.js";
import { cssFont, registerDocsFonts } from "./fonts.js";
import { type MarkdownLine, parseInline, parseMarkdown, type Span } from "./markdown.js";
import { palettePng } from "./png.js";
import { type Box, type Ctx, markdownBox, plainBox, stack, type TextStyle, textBox } from "./text.js";
import { LAYOUT, THEME } from "./theme.js";

export interface Person {
  name: string;
  /** The name's colour (a role colour), and the avatar's. */
  colour: string;
  avatar: string;
  bot?: boolean;
}

/** A component as the Discord API has it (a button or a string select). */
export interface ComponentJson {
  type: number;
  style?: number;
  label?: string;
  emoji?: { name?: string | null };
  disabled?: boolean;
  placeholder?: string;
}

export interface MessageJson {
  content?: string;
  embeds?: APIEmbed[];
  files?: { attachment: Buffer; name: string }[];
  components?: { components: ComponentJson[] }[];
}

export interface PaintedMessage {
  author: Person;
  time: string;
  /** What Discord shows above the message: the slash command used, or the message replied to. */
  above?:
    | { kind: "command"; user: Person; command: string; options: [string, string][] }
    | {
        kind: "reply";
        user: Person;
        text: string;
      };
  message: MessageJson;
}

const EMBED = { bar: 4, padLeft: 12, padRight: 16, padY: 16, gap: 8, fieldGap: 8, columnGap: 8 } as const;
const EMBED_TEXT_MAX = LAYOUT.embedMaxWidth - EMBED.bar - EMBED.padLeft - EMBED.padRight;

const BODY: TextStyle = { size: 14, lineHeight: 18, colour: THEME.text, linkColour: THEME.link };
const CONTENT: TextStyle = { size: 16, lineHeight: 22, colour: THEME.text, linkColour: THEME.link };

/** Mentions "<@name>" in a message's content as Discord's pill. */
function withMentions(lines: MarkdownLine[]): MarkdownLine[] {
  return lines.map((line) => ({
    ...line,
    spans: line.spans.flatMap((span): Span[] =>
      span.text.split(/(<@!?[^>]+>)/).map((part) => {
        const m = /^<@!?([^>]+)>$/.exec(part);
        return m
          ? { text: `@${m[1]}`, style: { ...span.style, mention: true } }
          : { text: part, style: span.style };
      }),
    ),
  }));
}

function fieldBox(ctx: Ctx, field: APIEmbedField, width: number): Box {
  const name = textBox(ctx, parseInline(field.name), width, { ...BODY, colour: THEME.header, weight: 600 });
  const value = markdownBox(ctx, parseMarkdown(field.value, { headings: false }), width, BODY);
  return stack([name, value], 2);
}

/** The fields in rows: a field alone, or up to three inline fields side by side. */
function fieldRows(fields: readonly APIEmbedField[]): APIEmbedField[][] {
  const rows: APIEmbedField[][] = [];
  for (const field of fields) {
    const last = rows.at(-1);
    if (
      field.inline === true &&
      last !== undefined &&
      last.length < 3 &&
      last.every((f) => f.inline === true)
    )
      last.push(field);
    else rows.push([field]);
  }
  return rows;
}

function fieldsBox(ctx: Ctx, fields: readonly APIEmbedField[], width: number): Box {
  const rows = fieldRows(fields).map((row) => {
    const columns = row.length;
    const columnWidth = (width - EMBED.columnGap * (columns - 1)) / columns;
    const boxes = row.map((f) => fieldBox(ctx, f, columns === 1 ? width : columnWidth));
    const natural =
      columns === 1
        ? (boxes[0]?.width ?? 0)
        : boxes.reduce((sum, b) => sum + Math.max(b.width, 0), 0) + EMBED.columnGap * (columns - 1);
    return {
      width: natural,
      height: Math.max(...boxes.map((b) => b.height)),
      draw(c: Ctx, x: number, y: number) {
        boxes.forEach((b, i) => {
          b.draw(c, x + i * (columnWidth + EMBED.columnGap), y);
        });
      },
      inline: columns > 1,
    };
  });
  const box = stack(rows, EMBED.fieldGap);
  return { ...box, width: Math.max(0, ...rows.map((r) => (r.inline ? width : r.width))) };
}

function imageBox(image: Image): Box {
  const { maxWidth, maxHeight } = LAYOUT.embedImage;
  const ratio = Math.min(1, maxWidth / image.width, maxHeight / image.height);
  const width = Math.round(image.width * ratio);
  const height = Math.round(image.height * ratio);
  return {
    width,
    height,
    draw(ctx, x, y) {
      ctx.save();
      ctx.beginPath();
      ctx.roundRect(x, y, width, height, 4);
      ctx.clip();
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = "high";
      ctx.drawImage(image, x, y, width, height);
      ctx.restore();
    },
  };
}

/** An embed's inner parts at a text width, each with the gap above it. */
function embedParts(ctx: Ctx, embed: APIEmbed, width: number, image: Image | undefined): [Box, number][] {
  const parts: [Box, number][] = [];
  if (embed.author?.name)
    parts.push([plainBox(ctx, embed.author.name, width, { ...BODY, colour: THEME.header, weight: 600 }), 0]);
  if (embed.title) {
    const colour = embed.url ? THEME.link : THEME.header;
    parts.push([
      textBox(ctx, parseInline(embed.title), width, {
        size: 16,
        lineHeight: 22,
        colour,
        weight: 600,
        linkColour: colour,
      }),
      EMBED.gap,
    ]);
  }
  if (embed.description)
    parts.push([markdownBox(ctx, parseMarkdown(embed.description), width, BODY), EMBED.gap]);
  if (embed.fields && embed.fields.length > 0) parts.push([fieldsBox(ctx, embed.fields, width), EMBED.gap]);
  if (image) parts.push([imageBox(image), 16]);
  if (embed.footer?.text)
    parts.push([
      plainBox(ctx, embed.footer.text, width, {
        size: 12,
        lineHeight: 16,
        colour: THEME.secondary,
        weight: 500,
      }),
      EMBED.gap,
    ]);
  if (parts[0]) parts[0][1] = 0;
  return parts;
}

function embedBox(ctx: Ctx, embed: APIEmbed, images: ReadonlyMap<string, Image>): Box {
  const url = embed.image?.url ?? "";
  const image = url.startsWith("attachment://") ? images.get(url.slice("attachment://".length)) : undefined;
  if (url !== "" && image === undefined) console.warn(`docs painter: no file for the embed image ${url}`);
  // Discord's embeds shrink to their content, up to 520 px: lay out at full width, then at the
  // width the content needed.
  const natural = Math.max(...embedParts(ctx, embed, EMBED_TEXT_MAX, image).map(([b]) => b.width));
  const width = Math.min(EMBED_TEXT_MAX, Math.ceil(natural));
  const parts = embedParts(ctx, embed, width, image);
  const inner = parts.reduce((sum, [b, gap]) => sum + b.height + gap, 0);
  const outerWidth = width + EMBED.bar + EMBED.padLeft + EMBED.padRight;
  const height = inner + EMBED.padY * 2;
  return {
    width: outerWidth,
    height,
    draw(c, x, y) {
      c.fillStyle = THEME.embed;
      c.beginPath();
      c.roundRect(x, y, outerWidth, height, 4);
      c.fill();
      c.fillStyle =
        embed.color === undefined ? THEME.embedBorder : `#${embed.color.toString(16).padStart(6, "0")}`;
      c.beginPath();
      c.roundRect(x, y, EMBED.bar, height, [4, 0, 0, 4]);
      c.fill();
      let top = y + EMBED.padY;
      for (const [box, gap] of parts) {
        top += gap;
        box.draw(c, x + EMBED.bar + EMBED.padLeft, top);
        top += box.height;
      }
    },
  };
}

const BUTTON_COLOURS: Record<number, string> = {
  1: THEME.button.primary,
  2: THEME.button.secondary,
  3: THEME.button.success,
  4: THEME.button.danger,
  5: THEME.button.secondary,
};

function buttonBox(ctx: Ctx, component: ComponentJson): Box {
  const emoji = component.emoji?.name ?? undefined;
  const label = component.label ?? "";
  const style: TextStyle = { size: 14, lineHeight: 16, colour: THEME.button.text, weight: 500 };
  const text = label === "" ? undefined : plainBox(ctx, label, 400, style);
  const emojiSize = 19;
  const inner = (emoji ? emojiSize : 0) + (emoji && text ? 4 : 0) + (text?.width ?? 0);
  const width = Math.max(60, inner + 32);
  const height = 32;
  return {
    width,
    height,
    draw(c, x, y) {
      c.save();
      if (component.disabled) c.globalAlpha = 0.5;
      c.fillStyle = BUTTON_COLOURS[component.style ?? 2] ?? THEME.button.secondary;
      c.beginPath();
      c.roundRect(x, y, width, height, 8);
      c.fill();
      let left = x + (width - inner) / 2;
      if (emoji) {
        drawEmoji(c, emoji, left, y + (height - emojiSize) / 2, emojiSize);
        left += emojiSize + 4;
      }
      text?.draw(c, left, y + (height - style.lineHeight) / 2);
      c.restore();
    },
  };
}

function selectBox(ctx: Ctx, component: ComponentJson): Box {
  const width = LAYOUT.selectMaxWidth;
  const height = 40;
  const placeholder = plainBox(ctx, component.placeholder ?? "Make a selection", width - 56, {
    size: 14,
    lineHeight: 18,
    colour: THEME.select.placeholder,
    weight: 500,
  });
  return {
    width,
    height,
    draw(c, x, y) {
      c.save();
      if (component.disabled) c.globalAlpha = 0.5;
      c.fillStyle = THEME.select.background;
      c.strokeStyle = THEME.select.border;
      c.lineWidth = 1;
      c.beginPath();
      c.roundRect(x + 0.5, y + 0.5, width - 1, height - 1, 8);
      c.fill();
      c.stroke();
      placeholder.draw(c, x + 12, y + (height - 18) / 2);
      // The chevron.
      c.strokeStyle = THEME.select.chevron;
      c.lineWidth = 2;
      c.lineCap = "round";
      c.lineJoin = "round";
      const cx = x + width - 22;
      const cy = y + height / 2;
      c.beginPath();
      c.moveTo(cx - 5, cy - 2.5);
      c.lineTo(cx, cy + 2.5);
      c.lineTo(cx + 5, cy - 2.5);
      c.stroke();
      c.restore();
    },
  };
}

function componentsBox(ctx: Ctx, rows: readonly { components: ComponentJson[] }[]): Box {
  const rowBoxes = rows.map((row): Box => {
    const boxes = row.components.map((component) =>
      component.type === 2 ? buttonBox(ctx, component) : selectBox(ctx, component),
    );
    return {
      width: boxes.reduce((sum, b) => sum + b.width, 0) + 8 * Math.max(0, boxes.length - 1),
      height: Math.max(0, ...boxes.map((b) => b.height)),
      draw(c, x, y) {
        let left = x;
        for (const box of boxes) {
          box.draw(c, left, y);
          left += box.width + 8;
        }
      },
    };
  });
  return stack(rowBoxes, 8);
}

function drawAvatar(ctx: Ctx, person: Person, x: number, y: number, size: number): void {
  ctx.save();
  ctx.fillStyle = person.avatar;
  ctx.beginPath();
  ctx.arc(x + size / 2, y + size / 2, size / 2, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = "#ffffff";
  if (person.bot) {
    // The bot's picture: three rising bars, a funding chart in miniature.
    const unit = size / 40;
    for (const [i, h] of [10, 16, 22].entries()) {
      ctx.beginPath();
      ctx.roundRect(x + (11 + i * 7) * unit, y + (30 - h) * unit, 5 * unit, h * unit, 1.5 * unit);
      ctx.fill();
    }
  } else {
    ctx.font = cssFont({ size: size * 0.45, weight: 600 });
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillText(person.name.slice(0, 1).toUpperCase(), x + size / 2, y + size / 2 + size * 0.02);
    ctx.textAlign = "left";
    ctx.textBaseline = "alphabetic";
  }
  ctx.restore();
}

/** The one line above a reply: the spine from the avatar, a small avatar, who and what. */
function aboveBox(ctx: Ctx, above: NonNullable<PaintedMessage["above"]>, maxWidth: number): Box {
  const small: TextStyle = { size: 14, lineHeight: 18, colour: THEME.secondary, weight: 400 };
  const spans: Span[] = [];
  const name = plainBox(ctx, above.user.name, 200, { ...small, colour: above.user.colour, weight: 500 });
  if (above.kind === "command") {
    spans.push({ text: " used ", style: {} });
    spans.push({ text: `/${above.command}`, style: { link: "command" } });
    for (const [option, value] of above.options)
      spans.push({ text: ` ${option}: ${value}`, style: { link: "command" } });
  } else spans.push({ text: ` ${above.text}`, style: {} });
  const rest = textBox(ctx, spans, 10_000, { ...small, linkColour: THEME.link });
  const restWidth = Math.min(rest.width, maxWidth - 20 - name.width);
  return {
    width: 20 + name.width + restWidth,
    height: 22,
    draw(c, x, y) {
      // The spine: from above the avatar's centre up and right to the small avatar.
      const spineX = LAYOUT.avatarLeft + LAYOUT.avatar / 2;
      c.strokeStyle = THEME.spine;
      c.lineWidth = 2;
      c.beginPath();
      c.moveTo(spineX, y + 22);
      c.lineTo(spineX, y + 9 + 6);
      c.arcTo(spineX, y + 9, spineX + 6, y + 9, 6);
      c.lineTo(x - 4, y + 9);
      c.stroke();
      drawAvatar(c, above.user, x, y + 1, 16);
      name.draw(c, x + 20, y);
      c.save();
      c.beginPath();
      c.rect(x + 20 + name.width, y - 4, restWidth, 26);
      c.clip();
      rest.draw(c, x + 20 + name.width, y);
      c.restore();
    },
  };
}

async function messageBox(ctx: Ctx, painted: PaintedMessage): Promise<Box> {
  const { message, author } = painted;
  const images = new Map<string, Image>();
  for (const file of message.files ?? []) images.set(file.name, await loadImage(file.attachment));
  const width = LAYOUT.width - LAYOUT.gutter - 16;
  const above = painted.above ? aboveBox(ctx, painted.above, width) : undefined;
  const name = plainBox(ctx, author.name, 300, {
    size: 16,
    lineHeight: 22,
    colour: author.colour,
    weight: 500,
  });
  const time = plainBox(ctx, painted.time, 200, { size: 12, lineHeight: 22, colour: THEME.muted });
  const body: Box[] = [];
  if (message.content)
    body.push(markdownBox(ctx, withMentions(parseMarkdown(message.content)), width, CONTENT));
  const embeds = (message.embeds ?? []).map((e) => embedBox(ctx, e, images));
  if (embeds.length > 0) body.push(stack(embeds, 4));
  if (message.components && message.components.length > 0) body.push(componentsBox(ctx, message.components));
  const content = stack(body, 8);
  const headerHeight = 22;
  const aboveHeight = above ? above.height + 2 : 0;
  return {
    width: LAYOUT.width,
    height: aboveHeight + Math.max(LAYOUT.avatar, headerHeight + 4 + content.height),
    draw(c, _x, y) {
      above?.draw(c, LAYOUT.gutter, y);
      const top = y + aboveHeight;
      drawAvatar(c, author, LAYOUT.avatarLeft, top, LAYOUT.avatar);
      name.draw(c, LAYOUT.gutter, top);
      let left = LAYOUT.gutter + name.width + 4;
      if (author.bot) {
        const tag = plainBox(c, "APP", 40, { size: 10, lineHeight: 15, colour: "#ffffff", weight: 600 });
        c.fillStyle = THEME.appTag;
        c.beginPath();
        c.roundRect(left, top + 4, tag.width + 9, 15, 4);
        c.fill();
        tag.draw(c, left + 4.5, top + 4);
        left += tag.width + 9 + 6;
      }
      time.draw(c, left, top + 1);
      content.draw(c, LAYOUT.gutter, top + headerHeight + 4);
    },
  };
}

/** Messages one under the other on the chat's background. */
async function messagesBox(ctx: Ctx, messages: readonly PaintedMessage[]): Promise<Box> {
  const boxes: Box[] = [];
  for (const m of messages) boxes.push(await messageBox(ctx, m));
  const all = stack(boxes, 17);
  return {
    width: LAYOUT.width,
    height: all.height + LAYOUT.padTop + LAYOUT.padBottom,
    draw(c, x, y) {
      c.fillStyle = THEME.background;
      c.fillRect(x, y, LAYOUT.width, all.height + LAYOUT.padTop + LAYOUT.padBottom);
      all.draw(c, x, y + LAYOUT.padTop);
    },
  };
}

/** Messages one under the other on the chat's background, as a PNG at twice the pixels. */
export async function paintMessages(messages: readonly PaintedMessage[]): Promise<Buffer> {
  registerDocsFonts();
  const measuring = createCanvas(1, 1).getContext("2d");
  const box = await messagesBox(measuring, messages);
  const canvas = createCanvas(Math.ceil(box.width * LAYOUT.scale), Math.ceil(box.height * LAYOUT.scale));
  const ctx = canvas.getContext("2d");
  ctx.scale(LAYOUT.scale, LAYOUT.scale);
  box.draw(ctx, 0, 0);
  return palettePng(ctx.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
}
