/**
 * Uploaded files: stored with their bytes, served back at their CDN-like URL, and referenced from
 * embeds as `attachment://name` (resolved like Discord does).
 */
import type { APIAttachment, APIEmbed } from "discord.js";
import type { UploadedFile } from "./body.js";
import type { TestFile } from "./command-options.js";
import { snowflake } from "./ids.js";
import type { StoredAttachment } from "./records.js";
import { isRecord } from "./validate.js";
import { attachmentRefs } from "./validate-embeds.js";

interface NewAttachment {
  name: string;
  contentType: string;
  data: Buffer;
  description: string | undefined;
  title: string | undefined;
  ephemeral: boolean;
}

export class AttachmentStore {
  private readonly blobs = new Map<string, StoredAttachment>();

  /** `baseUrl`: the stand-in's `http://127.0.0.1:PORT`, known once it listens. */
  constructor(private readonly baseUrl: () => string) {}

  /** The attachment served at /attachments/:channelId/:id/:name. */
  get(id: string): StoredAttachment | undefined {
    return this.blobs.get(id);
  }

  /** A file a test user uploads (message attachment, ATTACHMENT option). */
  upload(channelId: string, file: TestFile, ephemeral: boolean): StoredAttachment {
    const data = typeof file.data === "string" ? Buffer.from(file.data) : file.data;
    return this.make(channelId, {
      name: file.name,
      contentType: file.contentType ?? "application/octet-stream",
      data,
      description: undefined,
      title: undefined,
      ephemeral,
    });
  }

  /** New attachments from uploaded files, named/described by the body's `attachments` entries. */
  fromFiles(
    channelId: string,
    files: UploadedFile[],
    entries: unknown,
    ephemeral: boolean,
  ): StoredAttachment[] {
    const list = Array.isArray(entries) ? entries.filter(isRecord) : [];
    return files.map((file, i) => {
      const index = file.index ?? i;
      const entry = list.find((e) => String(e.id) === String(index));
      return this.make(channelId, {
        name: typeof entry?.filename === "string" ? entry.filename : file.name,
        contentType: file.contentType,
        data: file.data,
        description: typeof entry?.description === "string" ? entry.description : undefined,
        title: typeof entry?.title === "string" ? entry.title : undefined,
        ephemeral,
      });
    });
  }

  private make(channelId: string, f: NewAttachment): StoredAttachment {
    const id = snowflake();
    const url = `${this.baseUrl()}/attachments/${channelId}/${id}/${encodeURIComponent(f.name)}`;
    const att: StoredAttachment = {
      id,
      filename: f.name,
      size: f.data.length,
      url,
      proxy_url: url,
      content_type: f.contentType,
      ...(f.description !== undefined ? { description: f.description } : {}),
      ...(f.title !== undefined ? { title: f.title } : {}),
      ...(f.ephemeral ? { ephemeral: true } : {}),
      data: f.data,
    };
    this.blobs.set(id, att);
    return att;
  }
}

/** An attachment as the API returns it (without the stored bytes). */
export function stripData(att: StoredAttachment): APIAttachment {
  const { data: _data, ...rest } = att;
  return rest;
}

/** Embeds as Discord stores them: `type: "rich"`, `attachment://name` resolved to the attachment URL. */
export function normalizeEmbeds(
  embeds: unknown,
  attachments: StoredAttachment[],
  report: (name: string) => void,
): APIEmbed[] {
  if (!Array.isArray(embeds)) return [];
  for (const name of attachmentRefs(embeds)) {
    if (!attachments.some((a) => a.filename === name)) report(name);
  }
  const resolve = (url: unknown) => {
    if (typeof url !== "string" || !url.startsWith("attachment://")) return url;
    const att = attachments.find((a) => a.filename === url.slice("attachment://".length));
    return att ? att.url : url;
  };
  return embeds.filter(isRecord).map((raw) => {
    const e: Record<string, unknown> = structuredClone(raw);
    e.type ??= "rich";
    for (const key of ["image", "thumbnail"]) {
      const media = e[key];
      if (isRecord(media)) {
        const url = resolve(media.url);
        e[key] = { ...media, url, proxy_url: url };
      }
    }
    if (isRecord(e.author) && e.author.icon_url)
      e.author = { ...e.author, icon_url: resolve(e.author.icon_url) };
    if (isRecord(e.footer) && e.footer.icon_url)
      e.footer = { ...e.footer, icon_url: resolve(e.footer.icon_url) };
    return e as APIEmbed;
  });
}
