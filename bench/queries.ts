// A fixed, deterministic query set for a landscape: what people type into /company or its
// autocomplete. Same mix as SEARCH-NOTES.md: 35 exact names, 40 prefixes as typed, 50 typos (1-2
// edits, transpositions included), 35 case/diacritic/spacing variants, 40 Arabic aliases. The
// seed's real companies come first, written by hand; the rest is drawn with a seeded PRNG.
import { editDistances } from "../src/search/edit-distance.js";
import { normalize } from "../src/search/normalize.js";
import type { SearchEntry } from "../src/search/types.js";
import { pick, type Random, seeded } from "./synthetic.js";

export type QueryCategory = "exact" | "prefix" | "typo" | "variant" | "arabic";

export interface BenchQuery {
  category: QueryCategory;
  text: string;
  /** `${kind}:${id}` of the entity meant. */
  expected: string;
}

export const QUERY_MIX: Readonly<Record<QueryCategory, number>> = {
  exact: 35,
  prefix: 40,
  typo: 50,
  variant: 35,
  arabic: 40,
};

const HAND_WRITTEN: Readonly<Record<QueryCategory, readonly [string, string][]>> = {
  exact: [
    ["Mistral AI", "company:mistral-ai"],
    ["Hugging Face", "company:hugging-face"],
    ["H", "company:h-company"],
    ["Photoroom", "company:photoroom"],
    ["Poolside", "company:poolside"],
    ["Dust", "company:dust"],
    ["Presti", "company:presti"],
    ["Submagic", "company:submagic"],
    ["Argil", "company:argil"],
    ["Arthur Mensch", "person:arthur-mensch"],
    ["Le Chat", "product:le-chat"],
  ],
  prefix: [
    ["mis", "company:mistral-ai"],
    ["hug", "company:hugging-face"],
    ["photo", "company:photoroom"],
    ["pools", "company:poolside"],
    ["subm", "company:submagic"],
    ["pres", "company:presti"],
    ["argi", "company:argil"],
    ["h comp", "company:h-company"],
  ],
  typo: [
    ["mistal", "company:mistral-ai"],
    ["poolsdie", "company:poolside"],
    ["phtoroom", "company:photoroom"],
    ["hugingface", "company:hugging-face"],
    ["dsut", "company:dust"],
    ["prestti", "company:presti"],
    ["submagik", "company:submagic"],
    ["huging face", "company:hugging-face"],
    ["clement delangu", "person:clement-delangue"],
  ],
  variant: [
    ["CLEMENT DELANGUE", "person:clement-delangue"],
    ["clément delangue", "person:clement-delangue"],
    ["hugging face", "company:hugging-face"],
    ["huggingface", "company:hugging-face"],
    ["poolside.ai", "company:poolside"],
    ["Mistral.AI", "company:mistral-ai"],
    ["MISTRAL AI", "company:mistral-ai"],
    ["PhotoRoom", "company:photoroom"],
    ["DUST.TT", "company:dust"],
  ],
  arabic: [
    ["ميسترال", "company:mistral-ai"],
    ["وجه العناق", "company:hugging-face"],
    ["غرفة التصوير", "company:photoroom"],
    ["وَجْهُ العِنَاق", "company:hugging-face"],
    ["ميـــسترال", "company:mistral-ai"],
    ["غرفه التصوير", "company:photoroom"],
    ["بريستى", "company:presti"],
    ["ح", "company:h-company"],
    ["مِيسْتْرَال", "company:mistral-ai"],
  ],
};

const ARABIC = /[\u0600-\u06FF]/;
const HARAKAT = ["\u064E", "\u064F", "\u0650", "\u0652"];
const ACCENTS: Record<string, string[]> = {
  a: ["à", "â"],
  e: ["é", "è", "ê"],
  i: ["î"],
  o: ["ô"],
  u: ["ù", "û"],
  c: ["ç"],
};
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

function typo(random: Random, text: string): string {
  const chars = [...text];
  // Most typos land after the first letter; a few don't.
  const at = (chars.length > 2 && random() < 0.85 ? 1 : 0) + Math.floor(random() * (chars.length - 2));
  const kind = random();
  if (kind < 0.3 && at + 1 < chars.length) {
    const a = chars[at] as string;
    chars[at] = chars[at + 1] as string;
    chars[at + 1] = a;
  } else if (kind < 0.55) chars.splice(at, 1);
  else if (kind < 0.8) chars.splice(at, 0, pick(random, [...LETTERS]));
  else chars[at] = pick(random, [...LETTERS]);
  return chars.join("");
}

function variant(random: Random, name: string): string {
  const style = random();
  if (style < 0.25) return name.toUpperCase();
  if (style < 0.45)
    return [...name].map((c) => (random() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join("");
  if (style < 0.75) {
    let out = name.toLowerCase();
    for (const [plain, marked] of Object.entries(ACCENTS)) {
      if (out.includes(plain) && random() < 0.6) out = out.replace(plain, pick(random, marked));
    }
    return out;
  }
  if (style < 0.9)
    return name.includes(" ") ? name.replace(" ", pick(random, ["", ".", "-", "  "])) : `${name}?`;
  return `${name.slice(0, 2)}\u200B${name.slice(2)}`;
}

function arabicVariant(random: Random, alias: string): string {
  const style = random();
  if (style < 0.25) return alias;
  if (style < 0.5)
    return [...alias].map((c) => (c !== " " && random() < 0.4 ? c + pick(random, HARAKAT) : c)).join("");
  if (style < 0.7) return alias.replace(/(.)(.)/u, "$1\u0640\u0640$2");
  if (style < 0.85) return alias.replace(/^ا/u, "أ").replace(/ي$/u, "ى").replace(/ه$/u, "ة");
  return `\u200F${alias}`;
}

const keyOf = (e: SearchEntry) => `${e.kind}:${e.id}`;

/** `size` queries (default 200) for these entries; every run with the same entries and seed gives the same set. */
export function benchQueries(entries: readonly SearchEntry[], seed: number): BenchQuery[] {
  const random = seeded(seed);
  const owners = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const s of [e.name, ...e.aliases]) {
      const k = normalize(s).replaceAll(" ", "");
      const set = owners.get(k) ?? new Set<string>();
      set.add(keyOf(e));
      owners.set(k, set);
    }
  }
  const companies = entries.filter((e) => e.kind === "company");
  const withArabic = companies.filter((e) => e.aliases.some((a) => ARABIC.test(a)));
  const queries: BenchQuery[] = [];

  for (const category of Object.keys(QUERY_MIX) as QueryCategory[]) {
    const wanted = QUERY_MIX[category];
    for (const [text, expected] of HAND_WRITTEN[category].slice(0, wanted))
      queries.push({ category, text, expected });
    let made = Math.min(wanted, HAND_WRITTEN[category].length);
    for (let attempt = 0; made < wanted && attempt < wanted * 100; attempt++) {
      const entity = pick(random, category === "arabic" ? withArabic : companies);
      const name = entity.name;
      let text: string | undefined;
      if (category === "exact") text = pick(random, [name, ...entity.aliases]);
      else if (category === "prefix" && name.length > 4) {
        text = name.toLowerCase().slice(0, 3 + Math.floor(random() * Math.min(4, name.length - 4)));
      } else if (category === "typo" && normalize(name).replaceAll(" ", "").length >= 5) {
        text = typo(random, name.toLowerCase());
        // Two slips in one name happen in longer names; two in five letters make another word.
        if (normalize(name).replaceAll(" ", "").length >= 8 && random() < 0.35) text = typo(random, text);
        // A "typo" that spells another indexed name exactly is that name, not a typo.
        const k = normalize(text).replaceAll(" ", "");
        if (k === normalize(name).replaceAll(" ", "") || owners.has(k)) text = undefined;
      } else if (category === "variant") text = variant(random, name);
      else if (category === "arabic") {
        const alias = entity.aliases.find((a) => ARABIC.test(a));
        if (alias) text = arabicVariant(random, alias);
      }
      if (text === undefined) continue;
      queries.push({ category, text, expected: keyOf(entity) });
      made++;
    }
  }
  return queries;
}

/**
 * How many queries no ranking can be sure to get right: prefixes more than 25 entities share
 * (beyond the autocomplete list), and typos that another entity's name is at most as many edits
 * from as the meant one.
 */
export function ambiguity(
  entries: readonly SearchEntry[],
  queries: readonly BenchQuery[],
): {
  crowdedPrefixes: number;
  tiedTypos: number;
} {
  const keys = entries.map((e) => ({
    entity: keyOf(e),
    forms: [e.name, ...e.aliases].map((s) => normalize(s)).filter((k) => k !== ""),
  }));
  let crowdedPrefixes = 0;
  let tiedTypos = 0;
  for (const q of queries) {
    const typed = normalize(q.text);
    const joined = typed.replaceAll(" ", "");
    if (q.category === "prefix") {
      const sharing = keys.filter(({ forms }) =>
        forms.some(
          (f) => f.startsWith(typed) || f.replaceAll(" ", "").startsWith(joined) || f.includes(` ${typed}`),
        ),
      ).length;
      if (sharing > 25) crowdedPrefixes++;
    } else if (q.category === "typo") {
      const distance = (forms: string[]) =>
        Math.min(...forms.map((f) => editDistances(joined, f.replaceAll(" ", ""), 4).whole));
      const meant = distance(keys.find((k) => k.entity === q.expected)?.forms ?? []);
      if (keys.some(({ entity, forms }) => entity !== q.expected && distance(forms) <= meant)) tiedTypos++;
    }
  }
  return { crowdedPrefixes, tiedTypos };
}
