// The subset of Discord's markdown the replies use, parsed into styled spans: **bold**, *italic* and
// _italic_, __underline__, ~~strike~~, `code`, [masked links](url), <url> and bare URLs, "\" escapes,
// "> " and ">>> " quotes, "# " headings and "- " lists. The rules follow simple-markdown, which
// Discord's client is built on, closely enough for a picture.

export interface InlineStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  code?: boolean;
  /** The link target: the text is drawn in the link colour. */
  link?: string;
  /** A user mention: drawn as Discord's tinted pill. */
  mention?: boolean;
}

export interface Span {
  text: string;
  style: InlineStyle;
}

/** One source line of a message, description or field value. */
export interface MarkdownLine {
  spans: Span[];
  quote: boolean;
  heading?: 1 | 2 | 3;
  /** A "- " or "* " list item: drawn with a bullet and a hanging indent. */
  bullet: boolean;
}

type Rule = (rest: string, prev: string, style: InlineStyle) => { length: number; spans: Span[] } | undefined;

const inner = (text: string, style: InlineStyle): Span[] => parseInline(text, style);

const RULES: Rule[] = [
  // An escaped punctuation character is itself.
  (rest, _prev, style) => {
    const m = /^\\([^0-9A-Za-z\s])/.exec(rest);
    return m ? { length: m[0].length, spans: [{ text: m[1] ?? "", style }] } : undefined;
  },
  (rest, _prev, style) => {
    const m = /^(`+)([\s\S]*?[^`])\1(?!`)/.exec(rest);
    return m
      ? { length: m[0].length, spans: [{ text: (m[2] ?? "").trim(), style: { ...style, code: true } }] }
      : undefined;
  },
  (rest, _prev, style) => {
    const m =
      /^\[((?:\[[^\]]*\]|[^[\]]|\](?=[^[]*\]))*)\]\(\s*<?((?:\([^)]*\)|[^\s\\]|\\.)*?)>?(?:\s+['"]([\s\S]*?)['"])?\s*\)/.exec(
        rest,
      );
    if (!m || !/^https?:\/\//.test(m[2] ?? "")) return undefined;
    return { length: m[0].length, spans: inner(m[1] ?? "", { ...style, link: m[2] ?? "" }) };
  },
  (rest, _prev, style) => {
    const m = /^<(https?:\/\/[^ >]+)>/.exec(rest);
    return m
      ? { length: m[0].length, spans: [{ text: m[1] ?? "", style: { ...style, link: m[1] ?? "" } }] }
      : undefined;
  },
  (rest, _prev, style) => {
    const m = /^https?:\/\/[^\s<]+[^<.,:;"')\]\s]/.exec(rest);
    return m ? { length: m[0].length, spans: [{ text: m[0], style: { ...style, link: m[0] } }] } : undefined;
  },
  (rest, _prev, style) => {
    const m = /^\*\*((?:\\[\s\S]|[^\\])+?)\*\*(?!\*)/.exec(rest);
    return m ? { length: m[0].length, spans: inner(m[1] ?? "", { ...style, bold: true }) } : undefined;
  },
  (rest, _prev, style) => {
    const m = /^__((?:\\[\s\S]|[^\\])+?)__(?!_)/.exec(rest);
    return m ? { length: m[0].length, spans: inner(m[1] ?? "", { ...style, underline: true }) } : undefined;
  },
  (rest, prev, style) => {
    const underscore = /\w/.test(prev) ? null : /^_((?:__|\\[\s\S]|[^\\_])+?)_(?!\w)/.exec(rest);
    const m =
      underscore ??
      /^\*(?=\S)((?:\*\*|\\[\s\S]|\s+(?:\\[\s\S]|[^\s*\\]|\*\*)|[^\s*\\])+?)\*(?!\*)/.exec(rest);
    return m ? { length: m[0].length, spans: inner(m[1] ?? "", { ...style, italic: true }) } : undefined;
  },
  (rest, _prev, style) => {
    const m = /^~~([\s\S]+?)~~/.exec(rest);
    return m ? { length: m[0].length, spans: inner(m[1] ?? "", { ...style, strike: true }) } : undefined;
  },
];

/** The spans of one line of inline markdown, adjacent spans of one style merged. */
export function parseInline(text: string, style: InlineStyle = {}): Span[] {
  const spans: Span[] = [];
  const push = (span: Span) => {
    const last = spans.at(-1);
    if (last !== undefined && sameStyle(last.style, span.style)) last.text += span.text;
    else if (span.text !== "") spans.push({ ...span });
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const prev = text[i - 1] ?? "";
    let matched = false;
    for (const rule of RULES) {
      const hit = rule(rest, prev, style);
      if (hit === undefined) continue;
      for (const span of hit.spans) push(span);
      i += hit.length;
      matched = true;
      break;
    }
    if (!matched) {
      const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
      push({ text: char, style });
      i += char.length;
    }
  }
  return spans;
}

function sameStyle(a: InlineStyle, b: InlineStyle): boolean {
  const keys: (keyof InlineStyle)[] = ["bold", "italic", "underline", "strike", "code", "link", "mention"];
  return keys.every((k) => (a[k] ?? false) === (b[k] ?? false));
}

/** The lines of a markdown text (a description, a field value, a message's content). */
export function parseMarkdown(text: string, options: { headings?: boolean } = {}): MarkdownLine[] {
  const lines: MarkdownLine[] = [];
  let quoteRest = false;
  for (const raw of text.split("\n")) {
    let line = raw;
    let quote = quoteRest;
    if (!quoteRest && line.startsWith(">>> ")) {
      quoteRest = true;
      quote = true;
      line = line.slice(4);
    } else if (!quoteRest && (line.startsWith("> ") || line === ">")) {
      quote = true;
      line = line.slice(2);
    }
    let heading: 1 | 2 | 3 | undefined;
    const h = options.headings === false ? null : /^(#{1,3}) (.*)$/.exec(line);
    if (h) {
      heading = (h[1]?.length ?? 1) as 1 | 2 | 3;
      line = h[2] ?? "";
    }
    const list = /^\s*[-*] (.*)$/.exec(line);
    const bullet = list !== null && heading === undefined;
    if (list) line = list[1] ?? "";
    lines.push({
      spans: parseInline(line, heading === undefined ? {} : { bold: true }),
      quote,
      bullet,
      ...(heading === undefined ? {} : { heading }),
    });
  }
  return lines;
}
