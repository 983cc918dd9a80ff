// Step 3: the names in the question. First every run of words is looked up whole, longest first,
// among the names and aliases of the data ("hugging face" before "face", "runner h" before "h"), so
// several names in one question are found apart whatever joins them ("or", "و", a comma). Then the
// leftover words that are not words of the language go through the search index's fuzzy tier, for
// typos ("mistrall", "photorom"). Stop words are never names, and the company "H" is only "H" when
// written as a standalone capital (or "H Company", "H.ai"). Ecosystem facts are not names: see
// ./ecosystem.ts.
import type { AnswerContext } from "../answers/context.js";
import type { Landscape } from "../data/schema.js";
import { normalize } from "../search/normalize.js";
import type { EntityKind, SearchHit } from "../search/types.js";
import {
  isEverydayName,
  isLanguageWord,
  isNameFollowed,
  isStopWord,
  LANGUAGES,
  LEXICONS,
} from "./lexicon/index.js";
import { capitalized, isLatin, type Token } from "./prepare.js";
import type { FoundEntity, UnclearName } from "./types.js";

interface NamedThing {
  kind: EntityKind;
  id: string;
  name: string;
  companyId?: string | undefined;
}

interface NameTable {
  byKey: Map<string, NamedThing[]>;
  longest: number;
}

const MAX_NAME_WORDS = 6;
const MAX_FUZZY_LOOKUPS = 12;
const MIN_FUZZY_CHARS = 4;
/** A fuzzy or prefix hit is taken when the index scores it at least this well (one typo ~ 0.25). */
const ACCEPT_SCORE = 0.3;
/** Longer words may carry two typos. */
const ACCEPT_SCORE_LONG = 0.55;
const LONG_WORD = 9;
/** A word typed as the start of a name must be at least this share of it ("hugging" of "hugging face"). */
const MIN_PREFIX_SHARE = 0.55;
const FUZZY_KINDS: readonly EntityKind[] = ["company", "product", "person", "investor"];
const COMPANY_KINDS: readonly EntityKind[] = ["company", "product"];

const tables = new WeakMap<Landscape, NameTable>();

function nameTable(data: Landscape): NameTable {
  const known = tables.get(data);
  if (known !== undefined) return known;
  const byKey = new Map<string, NamedThing[]>();
  let longest = 1;
  const add = (key: string, thing: NamedThing) => {
    const list = byKey.get(key) ?? [];
    if (!list.some((t) => t.kind === thing.kind && t.id === thing.id)) list.push(thing);
    byKey.set(key, list);
  };
  for (const { thing, names } of namedThings(data)) {
    for (const source of names) {
      if (source === undefined) continue;
      const key = normalize(source);
      if (key === "") continue;
      add(key, thing);
      const words = key.split(" ").length;
      longest = Math.max(longest, Math.min(words, MAX_NAME_WORDS));
      const compact = key.replaceAll(" ", "");
      if (words > 1 && compact.length >= MIN_FUZZY_CHARS) add(compact, thing);
    }
  }
  const table = { byKey, longest };
  tables.set(data, table);
  return table;
}

/**
 * Everything a question can name, in the search index's order (each company followed by its
 * products, then people, then investors), with every name it goes by. Ecosystem facts are found by
 * their keywords in ./ecosystem.ts, without taking the words. Read straight off the data: the
 * search entries' prominence weights and keyword checks are not needed here, and at 10,000
 * companies they made the first question wait ~90 ms longer.
 */
function namedThings(data: Landscape): { thing: NamedThing; names: (string | undefined)[] }[] {
  const things: { thing: NamedThing; names: (string | undefined)[] }[] = [];
  for (const company of data.companies) {
    things.push({
      thing: { kind: "company", id: company.id, name: company.name, companyId: undefined },
      names: [company.name, ...company.aliases, company.domain],
    });
    for (const product of company.products)
      things.push({
        thing: { kind: "product", id: product.id, name: product.name, companyId: company.id },
        names: [product.name, ...product.aliases],
      });
  }
  for (const person of data.people)
    things.push({
      thing: { kind: "person", id: person.id, name: person.name, companyId: undefined },
      names: [person.name, ...person.aliases],
    });
  for (const investor of data.investors)
    things.push({
      thing: { kind: "investor", id: investor.id, name: investor.name, companyId: undefined },
      names: [investor.name, ...investor.aliases],
    });
  return things;
}

/** A one-letter name ("H", "ح") only counts as a standalone capital or a non-Latin letter. */
function singleLetterAllowed(token: Token): boolean {
  return (
    /^[A-Z]$/.test(token.raw) || (/^[^\p{Script=Latin}\d]$/u.test(token.norm) && !isStopWord(token.norm))
  );
}

export interface FoundNames {
  /** `everyday`: one everyday word in lower case ("dust"), a name only if the question is about a company. */
  entities: (FoundEntity & { tokens: number[]; everyday?: boolean })[];
  unclear: UnclearName[];
  unknownNames: string[];
  /**
   * Lower-case words that are no word of the languages and no name of the data ("helsing" in "is
   * helsing french?"): a name the data lacks when the question asks about a company.
   */
  unknownWords: string[];
  /** Words taken by a name: the intent is read from the others. */
  used: boolean[];
}

function exactPass(tokens: readonly Token[], table: NameTable, found: FoundNames): void {
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(table.longest, tokens.length - i); n >= 1; n--) {
      const span = tokens.slice(i, i + n);
      const first = span[0];
      if (first === undefined) continue;
      const rest = span.slice(1).map((t) => t.norm);
      let things: NamedThing[] | undefined;
      let matched = "";
      for (const form of first.forms) {
        if (n === 1 && isStopWord(form)) continue;
        if (n === 1 && form.length === 1 && !singleLetterAllowed(first)) continue;
        const key = [form, ...rest].join(" ");
        things = table.byKey.get(key) ?? (n > 1 ? table.byKey.get(key.replaceAll(" ", "")) : undefined);
        if (things !== undefined) {
          matched = key;
          break;
        }
      }
      if (things === undefined) continue;
      const indices = span.map((_, k) => i + k);
      // "dust" in lower case may be dust; "Dust" mid-sentence, or in any case "Dust AI", is the company.
      const everyday = n === 1 && isEverydayName(matched) && !(i > 0 && capitalized(first));
      for (const thing of things)
        found.entities.push({
          ...thing,
          matched,
          how: "exact",
          tokens: indices,
          ...(everyday ? { everyday } : {}),
        });
      for (const k of indices) found.used[k] = true;
      i += n - 1;
      break;
    }
  }
}

/** Words that could be a mistyped name: not taken, not a word of any language, long enough. */
/** A lower-case word this short is more likely a typo or slang than a company's name. */
const MIN_UNKNOWN_WORD = 4;

function couldBeName(token: Token): boolean {
  const form = token.forms.at(-1) ?? token.norm;
  return (
    form.length >= MIN_FUZZY_CHARS &&
    !/^\d+$/.test(form) &&
    !token.forms.some((f) => isStopWord(f) || isLanguageWord(f))
  );
}

/** Close enough to be offered in a "did you mean". */
function plausible(hit: SearchHit | undefined, text: string): hit is SearchHit {
  if (hit === undefined) return false;
  if (hit.how === "exact") return true;
  const limit = text.replaceAll(" ", "").length >= LONG_WORD ? ACCEPT_SCORE_LONG : ACCEPT_SCORE;
  return hit.score <= limit;
}

/** Close enough to be taken for the name. "general" is not General Catalyst: a prefix must cover most of it. */
function accepted(hit: SearchHit | undefined, text: string): hit is SearchHit {
  if (!plausible(hit, text)) return false;
  const typed = text.replaceAll(" ", "").length;
  return (
    hit.how !== "prefix" || typed >= MIN_PREFIX_SHARE * normalize(hit.matched).replaceAll(" ", "").length
  );
}

const ROMANIZE: ReadonlyMap<string, string> = new Map(
  LANGUAGES.flatMap((l) => Object.entries(LEXICONS[l].romanize ?? {})),
);

/** A word in Latin letters, when every letter has a romanisation; undefined otherwise. */
function romanized(word: string): string | undefined {
  if (/^[a-z0-9]*$/.test(word)) return undefined;
  let latin = "";
  for (const letter of word) {
    const r = /[a-z0-9]/.test(letter) ? letter : ROMANIZE.get(letter);
    if (r === undefined) return undefined;
    latin += r;
  }
  return latin.length >= MIN_FUZZY_CHARS ? latin : undefined;
}

/** The ways to write a span for the index: as typed, with a glued prefix off, in Latin letters. */
function spellings(span: readonly Token[]): string[] {
  const rest = span.slice(1).map((t) => t.norm);
  const first = span[0];
  if (first === undefined) return [];
  const stripped = first.forms.at(-1) ?? first.norm;
  const forms = [first.norm, stripped];
  const all = [...new Set(forms.map((f) => [f, ...rest].join(" ")))];
  const latin = [stripped, ...rest].map(romanized);
  if (latin.every((w) => w !== undefined)) all.push(latin.join(" "));
  return [...new Set(all)];
}

/** Looks a span up; true when it was taken as a name (or as an unclear one). */
function lookUp(span: readonly Token[], at: number, ctx: AnswerContext, found: FoundNames): boolean {
  const indices = span.map((_, k) => at + k);
  for (const text of spellings(span)) {
    // A romanised Arabic word ("داست" -> "dast") only stands for a company or a product.
    const kinds =
      /^[a-z0-9 ]+$/.test(text) && !span.every((t) => isLatin(t.norm)) ? COMPANY_KINDS : FUZZY_KINDS;
    const resolution = ctx.search.resolve(text, { kinds });
    const hit = resolution.best;
    if (accepted(hit, text)) {
      found.entities.push({
        kind: hit.kind,
        id: hit.id,
        name: hit.name,
        matched: text,
        how: hit.how,
        companyId: hit.companyId,
        tokens: indices,
      });
      for (const k of indices) found.used[k] = true;
      return true;
    }
    const close = resolution.alternatives.filter((h) => plausible(h, text));
    if (span.length === 1 && close.length > 1) {
      found.unclear.push({
        matched: text,
        candidates: close
          .slice(0, 4)
          .map((h) => ({ kind: h.kind, id: h.id, name: h.name, companyId: h.companyId })),
      });
      for (const k of indices) found.used[k] = true;
      return true;
    }
  }
  return false;
}

function fuzzyPass(tokens: readonly Token[], ctx: AnswerContext, found: FoundNames): void {
  let lookups = 0;
  // An everyday word ("dust", "moon") is a name only as itself (exactPass), never a typo of another.
  const free = (i: number) => {
    const token = tokens[i];
    return token !== undefined && !found.used[i] && couldBeName(token) && !isEverydayName(token.norm);
  };
  for (let i = 0; i < tokens.length && lookups < MAX_FUZZY_LOOKUPS; i++) {
    if (!free(i)) continue;
    // Two words first ("clement delange"), then one.
    const width = free(i + 1) ? 2 : 1;
    for (let n = width; n >= 1 && lookups < MAX_FUZZY_LOOKUPS; n--) {
      lookups++;
      if (lookUp(tokens.slice(i, i + n), i, ctx, found)) {
        i += n - 1;
        break;
      }
    }
  }
}

/**
 * The words a ranking asks about as names, which the data lacks: no name and no table took them,
 * and a sign says a name is meant: a capital letter mid-sentence, a word names follow ("the biggest
 * round of zzyx", "backed by zzyx", "la levée de zzyx"), or Latin letters in an Arabic question.
 * Rankings carry free words ("overall", "genai") that are not names, so a bare unknown word is not.
 */
export function namesInRanking(
  tokens: readonly Token[],
  used: readonly boolean[],
  covered: ReadonlySet<number>,
  arabic: boolean,
): string[] {
  return tokens
    .filter((token, i) => {
      if (used[i] || covered.has(i) || !couldBeName(token)) return false;
      const before = tokens[i - 1];
      return (
        (i > 0 && capitalized(token)) ||
        (before !== undefined && isNameFollowed(before.norm)) ||
        (arabic && isLatin(token.norm))
      );
    })
    .map((token) => token.norm);
}

/** Every name in the question, with the words that named it. */
export function findNames(tokens: readonly Token[], ctx: AnswerContext): FoundNames {
  const found: FoundNames = {
    entities: [],
    unclear: [],
    unknownNames: [],
    unknownWords: [],
    used: tokens.map(() => false),
  };
  exactPass(tokens, nameTable(ctx.data), found);
  fuzzyPass(tokens, ctx, found);
  tokens.forEach((token, i) => {
    if (found.used[i] || !couldBeName(token)) return;
    if (capitalized(token)) found.unknownNames.push(token.norm);
    else if (token.norm.length >= MIN_UNKNOWN_WORD) found.unknownWords.push(token.norm);
  });
  // The same entity named twice ("Mistral ... ميسترال") counts once.
  const seen = new Set<string>();
  found.entities = found.entities.filter((e) => {
    const key = `${e.kind}:${e.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return found;
}
