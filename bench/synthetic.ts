// Deterministic synthetic landscapes and query sets for the search bench. Names are built from
// syllables, some French-looking, with "AI" / "Labs" / ".ai" suffixes, 2-4 aliases each (domains,
// short forms, an Arabic transliteration for some), and heavy-tailed amounts raised as weights.
import { normalize } from "../src/search/normalize.js";
import type { SearchEntry } from "../src/search/types.js";
import { SEED_ENTRIES } from "./seed-entries.js";

export type Random = () => number;

/** mulberry32: a tiny seeded PRNG, so every run sees the same names and queries. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

// Onset x vowel (x coda at the end of a word): a few hundred syllables, so first letters spread
// about as much as real company names do (75 fixed syllables made every 3-letter prefix shared by
// ~130 of 10,000 names).
const ONSETS = [
  "",
  "b",
  "br",
  "c",
  "ch",
  "cl",
  "d",
  "dr",
  "f",
  "fl",
  "g",
  "gr",
  "j",
  "k",
  "l",
  "m",
  "n",
  "p",
  "pl",
  "pr",
  "qu",
  "r",
  "s",
  "st",
  "t",
  "tr",
  "v",
  "z",
];
const VOWELS = ["a", "e", "i", "o", "u", "ou", "ai", "é", "y"];
const CODAS = ["", "", "", "n", "r", "l", "s", "x"];
const OPEN_SYLLABLES = ONSETS.flatMap((o) => VOWELS.map((v) => o + v));
const FRENCH_SYLLABLES = "lé ré mé cé beau geau lou che eau ette ique oise elle ard ier".split(" ");
const FRENCH_WORDS = "Atelier Lumière Nuage Étoile Cerveau Rêve Forêt Phare Voix Clef Maison Onde".split(" ");
const ARABIC_LETTERS: Record<string, string> = {
  a: "ا",
  b: "ب",
  c: "ك",
  d: "د",
  e: "ي",
  f: "ف",
  g: "غ",
  h: "ه",
  i: "ي",
  j: "ج",
  k: "ك",
  l: "ل",
  m: "م",
  n: "ن",
  o: "و",
  p: "ب",
  q: "ق",
  r: "ر",
  s: "س",
  t: "ت",
  u: "و",
  v: "ف",
  w: "و",
  x: "كس",
  y: "ي",
  z: "ز",
};

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function syllableWord(random: Random): string {
  const count = 2 + Math.floor(random() * 1.6);
  let word = "";
  for (let i = 0; i < count; i++)
    word += random() < 0.1 ? pick(random, FRENCH_SYLLABLES) : pick(random, OPEN_SYLLABLES);
  return word + pick(random, CODAS);
}

/** "vekora" -> "فيكورا": letter by letter, accents dropped, a repeated letter once. */
export function arabicTransliteration(word: string): string {
  const plain = normalize(word).replaceAll(" ", "");
  let out = "";
  let last = "";
  for (const c of plain) {
    const letter = ARABIC_LETTERS[c] ?? "";
    if (letter === last) continue;
    out += letter;
    last = letter;
  }
  return out;
}

/** Synthetic companies only; ids are "syn-<n>". Every normalised name/alias is unique across the set and the seed. */
export function syntheticCompanies(count: number, seed: number): SearchEntry[] {
  const random = seeded(seed);
  const taken = new Set<string>();
  for (const e of SEED_ENTRIES)
    for (const s of [e.name, ...e.aliases]) taken.add(normalize(s).replaceAll(" ", ""));
  const out: SearchEntry[] = [];
  while (out.length < count) {
    const base = syllableWord(random);
    const word = capitalise(base);
    const shape = random();
    const name =
      shape < 0.5
        ? word
        : shape < 0.7
          ? `${word} AI`
          : shape < 0.82
            ? `${word} Labs`
            : shape < 0.94
              ? `${word}.ai`
              : `${pick(random, FRENCH_WORDS)} ${word}`;
    const aliases = new Set<string>();
    aliases.add(`${normalize(base)}.${pick(random, ["ai", "io", "fr", "com"])}`);
    if (name !== word) aliases.add(word);
    if (random() < 0.4) aliases.add(arabicTransliteration(base));
    if (aliases.size < 2 || random() < 0.3)
      aliases.add(`${word} ${pick(random, ["Technologies", "SAS", "France"])}`);
    if (random() < 0.2) aliases.add(word.toUpperCase());
    const keys = [name, ...aliases].map((s) => normalize(s).replaceAll(" ", ""));
    if (keys.some((k) => taken.has(k))) continue;
    for (const k of keys) taken.add(k);
    // Heavy-tailed: most raised under $10M, a few above $1bn; a fifth have no known round.
    const weight = random() < 0.2 ? 0 : Math.round(10 ** (5 + 4.3 * random() ** 2.5));
    out.push({ kind: "company", id: `syn-${out.length}`, name, aliases: [...aliases], weight });
  }
  return out;
}

/** A landscape of `companies` companies: the seed's real ones (and its people, products...) plus synthetic ones. */
export function syntheticLandscape(companies: number, seed: number): SearchEntry[] {
  const real = SEED_ENTRIES.filter((e) => e.kind === "company").length;
  return [...SEED_ENTRIES, ...syntheticCompanies(Math.max(0, companies - real), seed)];
}
