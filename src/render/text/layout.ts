// Terminal layout: a title underlined, "label  value" rows with the values aligned and wrapped under
// themselves, bullet lists, numbered sources.
export const WIDTH = 100;

/** Words of `text` in lines of at most `width` characters (a longer word, e.g. a URL, stays whole). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/ +/)) {
      if (line === "") line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Text wrapped with every line after the first indented by `indent` spaces. */
export function hanging(first: string, text: string, width = WIDTH): string {
  const pad = " ".repeat(first.length);
  return wrap(text, Math.max(20, width - first.length))
    .map((line, i) => (i === 0 ? first : pad) + line)
    .join("\n");
}

export function heading(title: string): string {
  return `${title}\n${"=".repeat(Math.min(WIDTH, [...title].length))}`;
}

export function section(title: string, body: readonly string[]): string {
  const lines = body.filter((l) => l.trim() !== "");
  return lines.length === 0 ? "" : `${title}\n${"-".repeat([...title].length)}\n${lines.join("\n")}`;
}

/** Rows of "label   value", the values aligned in one column; empty values are skipped. */
export function rows(pairs: readonly (readonly [string, string])[]): string {
  const kept = pairs.filter(([, v]) => v.trim() !== "");
  const width = Math.max(0, ...kept.map(([label]) => label.length));
  return kept.map(([label, value]) => hanging(`${label.padEnd(width)}  `, value)).join("\n");
}

export function bullets(items: readonly string[]): string[] {
  return items.filter((i) => i.trim() !== "").map((item) => hanging("  - ", item));
}

/** The blocks of an answer, one blank line between them; a line still too long is wrapped under itself. */
export function blocks(parts: readonly string[]): string {
  return parts
    .filter((p) => p.trim() !== "")
    .join("\n\n")
    .split("\n")
    .map((line) => {
      if (line.length <= WIDTH) return line;
      const indent = line.match(/^ */)?.[0] ?? "";
      return hanging(indent, line.slice(indent.length));
    })
    .join("\n");
}
