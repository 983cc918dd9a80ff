/**
 * Request bodies as discord.js sends them: JSON, or multipart/form-data with `payload_json` plus
 * `files[n]` parts (@discordjs/rest `resolveRequest`). Multipart is parsed with the WHATWG
 * `Request#formData()` that Node 20 ships (undici), so boundaries, quoting and binary parts are handled
 * by a real parser.
 */
import type { IncomingMessage } from "node:http";

export interface UploadedFile {
  /** Form field name, e.g. `files[0]`. */
  field: string;
  /** `n` of `files[n]`, or null when the field has another name. */
  index: number | null;
  name: string;
  contentType: string;
  data: Buffer;
}

export interface ParsedBody {
  json: unknown;
  files: UploadedFile[];
  contentType: string;
  size: number;
}

export class BodyError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function readRaw(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) throw new BodyError(`body larger than ${limit} bytes`, 413);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

export async function parseBody(raw: Buffer, contentTypeHeader: string | undefined): Promise<ParsedBody> {
  const contentType = (contentTypeHeader ?? "").toLowerCase();
  if (raw.length === 0) return { json: undefined, files: [], contentType, size: 0 };
  if (contentType.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Request("http://standin.invalid/", {
        method: "POST",
        headers: { "content-type": contentTypeHeader ?? "" },
        body: raw,
      }).formData();
    } catch (error) {
      throw new BodyError(`unparseable multipart body: ${(error as Error).message}`, 400);
    }
    let json: unknown;
    const extra: Record<string, string> = {};
    const files: UploadedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === "string") {
        if (field === "payload_json") {
          try {
            json = JSON.parse(value);
          } catch {
            throw new BodyError("payload_json is not valid JSON", 400);
          }
        } else {
          extra[field] = value;
        }
        continue;
      }
      const match = /^files\[(\d+)\]$/.exec(field);
      files.push({
        field,
        index: match ? Number(match[1]) : null,
        name: value.name,
        contentType: value.type || "application/octet-stream",
        data: Buffer.from(await value.arrayBuffer()),
      });
    }
    if (json === undefined && Object.keys(extra).length > 0) json = extra;
    return { json, files, contentType, size: raw.length };
  }
  const text = raw.toString("utf8");
  if (contentType.startsWith("application/json") || /^\s*[[{]/.test(text)) {
    try {
      return { json: JSON.parse(text), files: [], contentType, size: raw.length };
    } catch {
      throw new BodyError("body is not valid JSON", 400);
    }
  }
  if (contentType.startsWith("application/x-www-form-urlencoded")) {
    return { json: Object.fromEntries(new URLSearchParams(text)), files: [], contentType, size: raw.length };
  }
  throw new BodyError(`unsupported content type ${contentTypeHeader ?? "(none)"}`, 400);
}
