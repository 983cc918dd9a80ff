// Arabic text with Latin names and numbers in it, made safe for the Unicode bidi algorithm: every
// Latin or numeric stretch ("Mistral AI", "2.86", "1 EUR = 1.0367 USD", "[1, 3]"'s "1, 3") is
// wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so the punctuation around it keeps its
// place; and every line with Arabic in it is wrapped in RIGHT-TO-LEFT ISOLATE … PDI, so it reads
// right to left even where the page is laid out left to right (Discord's is). Markdown is left
// working: link targets, code spans and URLs are never split, escapes ("\*") stay whole, and an
// isolate never crosses "**" or a line end. Applying it twice changes nothing.

export const FSI = "\u2068";
export const RLI = "\u2067";
export const PDI = "\u2069";

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
/** What a stretch starts with: a Latin letter, a digit, or the slash of a command ("/funding"). */
const START = /[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF]|\/(?=[a-z])/;
/** What a stretch may end with: the same, a percent sign or a closing bracket or quote. */
const END = /[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF%)\]”’»]/;
/** Characters no stretch goes through: markdown marks, angle brackets, bidi controls. */
const STOP = /[*`~|<>\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const OPENERS: Record<string, string> = { "(": ")", "[": "]", "“": "”", "«": "»" };
const CLOSERS = new Set(Object.values(OPENERS));
const ISOLATE_OPEN = /[\u2066-\u2068]/;

/** Wraps one stretch of text with no stop character in it: each Latin part in FSI … PDI. */
function isolateRun(run: string): string {
  const s = run.search(START);
  if (s < 0) return run;
  const rest = run.slice(s);
  // Never leave a bracket's partner outside: cut at an unmatched closer or an opener never closed.
  const open: { at: number; closer: string }[] = [];
  let limit = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i] ?? "";
    const closer = OPENERS[c];
    if (closer !== undefined) open.push({ at: i, closer });
    else if (CLOSERS.has(c)) {
      if (open.at(-1)?.closer === c) open.pop();
      else {
        limit = i;
        break;
      }
    }
  }
  if (open.length > 0) limit = Math.min(limit, open[0]?.at ?? limit);
  const candidate = rest.slice(0, limit);
  let e = candidate.length - 1;
  while (e > 0 && !END.test(candidate[e] ?? "")) e--;
  const body = candidate.slice(0, e + 1);
  return `${run.slice(0, s)}${FSI}${body}${PDI}${isolateRun(rest.slice(e + 1))}`;
}

/** Length of a protected token at `i` (kept as is), or 0. */
function protectedAt(line: string, i: number): number {
  const c = line[i];
  if (c !== undefined && ISOLATE_OPEN.test(c)) {
    // An isolate already there, up to its matching PDI (or the line's end).
    let depth = 0;
    for (let j = i; j < line.length; j++) {
      if (ISOLATE_OPEN.test(line[j] ?? "")) depth++;
      else if (line[j] === PDI && --depth === 0) return j - i + 1;
    }
    return line.length - i;
  }
  const rest = line.slice(i);
  const match =
    /^\]\([^)\s]*\)/.exec(rest) ?? // a markdown link's target
    /^`[^`]*`/.exec(rest) ?? // a code span
    /^<[^<>\s]+>/.exec(rest) ?? // <https://…>, <@id>
    /^https?:\/\/\S+/.exec(rest); // a bare URL
  return match?.[0].length ?? 0;
}

/** One line: its Latin stretches isolated, the whole line right to left when it has Arabic in it. */
export function isolateLine(line: string): string {
  if (!ARABIC.test(line)) return line;
  // A quote's "> " must stay at the start of the line for Discord to see it.
  const quote = /^(>>> |> )/.exec(line)?.[0] ?? "";
  const body = line.slice(quote.length);
  if (body.startsWith(RLI) && protectedAt(body, 0) === body.length) return line;
  let out = "";
  let run = "";
  for (let i = 0; i < body.length; ) {
    const kept = protectedAt(body, i);
    if (kept > 0) {
      const token = body.slice(i, i + kept);
      out += isolateRun(run) + (token.startsWith("`") ? `${FSI}${token}${PDI}` : token);
      run = "";
      i += kept;
      continue;
    }
    const c = body[i] ?? "";
    if (c === "\\" && i + 1 < body.length) {
      run += body.slice(i, i + 2);
      i += 2;
      continue;
    }
    // A colon or semicolon before a space ends a stretch: "2025: 1.7" is a date, then an amount.
    const clause = (c === ":" || c === ";") && /\s/.test(body[i + 1] ?? "");
    if (STOP.test(c) || ARABIC.test(c) || clause) {
      out += isolateRun(run) + c;
      run = "";
    } else run += c;
    i++;
  }
  out += isolateRun(run);
  return `${quote}${RLI}${out}${PDI}`;
}

/** Every line of `text` made right-to-left friendly (see the top of this file). */
export function isolateArabic(text: string): string {
  return text.split("\n").map(isolateLine).join("\n");
}

/** True when `text` has Arabic letters in it. */
export function hasArabic(text: string): boolean {
  return ARABIC.test(text);
}

/**
 * Text from the data (a name, an English sentence) inside an Arabic reply: isolated whole, so it
 * keeps its own order and punctuation among the Arabic words around it.
 */
export function isolateData(text: string): string {
  return /[A-Za-z0-9]/.test(text) ? `${FSI}${text}${PDI}` : text;
}

/** `text` without the bidi controls this file adds, for comparing what a reader sees. */
export function stripIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, "");
}
