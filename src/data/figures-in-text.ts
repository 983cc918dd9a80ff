// Reads the figures a quoted sentence states, so a citation can be checked against the value it
// supports: "1,7 milliard d'euros", "€1.7bn" and "1 700 M€" all state 1,700,000,000.

const fold = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    // Arabic-Indic and Persian digits read as 0-9; narrow and no-break spaces as spaces.
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/[\u00a0\u202f\u2009\u2007]/g, " ");

/** Scale words after a number, in the languages the sources are written in. */
const SCALES: readonly [RegExp, number][] = [
  [
    /^(milliards?|mds?|mrds?|billions?|bn|b|bln|md|bilh(?:oes|ao)|mil millones|miliardi|mrd|مليارات|مليار)(?![a-z])/u,
    1e9,
  ],
  [/^(millions?|mio|mln|mn|m|milh(?:oes|ao)|millones|millon|milioni|ملايين|مليون)(?![a-z])/u, 1e6],
  [/^(mille|thousand|k)(?![a-z])/u, 1e3],
  [/^亿/u, 1e8],
  [/^万/u, 1e4],
];

/** Numbers written in words, as French and English pages do ("cinq millions", "une soixantaine"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1,
  une: 1,
  le: 1,
  a: 1,
  one: 1,
  deux: 2,
  two: 2,
  trois: 3,
  three: 3,
  quatre: 4,
  four: 4,
  cinq: 5,
  five: 5,
  six: 6,
  sept: 7,
  seven: 7,
  huit: 8,
  eight: 8,
  neuf: 9,
  nine: 9,
  dix: 10,
  ten: 10,
  onze: 11,
  eleven: 11,
  douze: 12,
  twelve: 12,
  quinze: 15,
  fifteen: 15,
  vingt: 20,
  twenty: 20,
  trente: 30,
  thirty: 30,
  quarante: 40,
  forty: 40,
  cinquante: 50,
  fifty: 50,
  soixante: 60,
  sixty: 60,
  cent: 100,
  hundred: 100,
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
};
const WORD = new RegExp(`(?<![\\p{L}])(${Object.keys(NUMBER_WORDS).join("|")})(?![\\p{L}])`, "gu");

/** The text with its number words in digits; "un", "le" and "a" only before a scale ("le million"). */
function wordsToDigits(text: string): string {
  return text.replace(WORD, (word, _w, offset: number, all: string) => {
    const value = NUMBER_WORDS[word] ?? 0;
    if (
      value === 1 &&
      !/^\s+(?:de\s+)?(?:millions?|milliards?|billions?|millions?)\b/u.test(all.slice(offset + word.length))
    )
      return word;
    return String(value);
  });
}

/** Every reading of a number as written: "1,7" is 1.7; "1,700" and "1 700" are 1700; "1.700" both. */
function readings(raw: string): number[] {
  const plain = raw.replace(/ /g, "");
  const out = new Set<number>();
  const groups = /^\d{1,3}([.,]\d{3})+$/;
  if (groups.test(plain)) out.add(Number(plain.replace(/[.,]/g, "")));
  const separators = plain.match(/[.,]/g) ?? [];
  if (separators.length <= 1) out.add(Number(plain.replace(",", ".")));
  // "1,234.5" and "1.234,5"
  const en = /^\d{1,3}(,\d{3})+\.\d+$/;
  const fr = /^\d{1,3}(\.\d{3})+,\d+$/;
  if (en.test(plain)) out.add(Number(plain.replace(/,/g, "")));
  if (fr.test(plain)) out.add(Number(plain.replace(/\./g, "").replace(",", ".")));
  return [...out].filter(Number.isFinite);
}

/** The figures a text states, each as written and times the scale word that follows it. */
export function figuresIn(text: string): number[] {
  const t = wordsToDigits(fold(text));
  const out: number[] = [];
  const number = /\d+(?:[.,]\d+)*(?: \d{3}(?!\d))*/g;
  for (let m = number.exec(t); m !== null; m = number.exec(t)) {
    const after = t
      .slice(m.index + m[0].length)
      .replace(/^\s*(?:\+|-|€|\$|£|us\$|usd|eur)?\s*(?:de |d')?/u, "");
    const scale = SCALES.find(([word]) => word.test(after))?.[1] ?? 1;
    for (const value of readings(m[0])) {
      out.push(value * scale);
      if (scale !== 1) out.push(value);
    }
  }
  return out;
}

/** True when the text states `value` (to the rounding a source writes it with). */
export function statesFigure(text: string, value: number): boolean {
  const tolerance = Math.abs(value) * 0.006;
  return figuresIn(text).some((n) => Math.abs(n - value) <= tolerance);
}

const CURRENCY_WORDS: Readonly<Record<string, RegExp>> = {
  EUR: /€|\beur\b|euro|يورو|欧元/iu,
  USD: /\$|\busd\b|dollar|دولار|美元/iu,
};

/** True when the text names the currency (€, euros, EUR…). */
export function namesCurrency(text: string, currency: string): boolean {
  return CURRENCY_WORDS[currency]?.test(text) ?? true;
}

/** True when the text contains one of the names, letter case and accents aside. */
export function namesAny(text: string, names: readonly string[]): boolean {
  const folded = fold(text).replace(/[’']/g, "'");
  return names.some((name) => {
    const n = fold(name).replace(/[’']/g, "'").trim();
    return n.length > 0 && folded.includes(n);
  });
}

// How pages in the data's languages say a stage: "Series A", "série A", "Series-A", "A轮";
// "seed", "amorçage"; "pre-seed", "pré-amorçage".
const STAGE_WORDS: Readonly<Record<string, RegExp>> = {
  "pre-seed": /pre-?seed|pre-?amorcage/,
  seed: /seed|amorcage/,
};
const seriesWords = (letter: string) =>
  new RegExp(`series?[\\s-]*${letter}\\b|\\b${letter}轮|\\b${letter} round\\b|tour de table ${letter}\\b`);

/** True when the text names the round's stage, or the stage is one no page has to name ("other"…). */
export function namesStage(text: string, stage: string): boolean {
  const folded = fold(text);
  const series = /^series-([a-f])$/.exec(stage);
  if (series?.[1] !== undefined) return seriesWords(series[1]).test(folded);
  return STAGE_WORDS[stage]?.test(folded) ?? true;
}

// "led by", "co-led", "lead investor"; "mené par", "conduite par", "pilotée par", "emmené par",
// "chef de file", "à la tête"; Spanish and Portuguese "liderada"; Chinese 领投.
const LEAD_WORDS =
  /\bled\b|co-?led|\blead|\bmene(e|s|es)?\b|\bconduit|\bemmene|\bpilote|chef de file|a la tete|\bheaded\b|lidera|领投/;

/** True when the text says an investor led the round. */
export function saysLed(text: string): boolean {
  return LEAD_WORDS.test(fold(text));
}

// French press names a company's city by its demonym as often as by its name: "la start-up
// grenobloise", "la medtech bordelaise" (stems, so every gender and number matches); and some cities
// by a short name ("NYC-based").
const DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  Bordeaux: ["bordelais"],
  Brest: ["brestois"],
  Grenoble: ["grenoblois"],
  Lille: ["lillois"],
  Lyon: ["lyonnais"],
  Marseille: ["marseillais"],
  Montpellier: ["montpellierain"],
  Nancy: ["nanceien"],
  Nantes: ["nantais"],
  "New York": ["nyc"],
  Nice: ["nicois"],
  Paris: ["parisien"],
  Rennes: ["rennais"],
  Strasbourg: ["strasbourgeois"],
  Toulon: ["toulonnais"],
  Toulouse: ["toulousain"],
};

/** True when the text names the city, or calls something by the city's demonym ("grenobloise"). */
export function namesCity(text: string, city: string): boolean {
  return namesAny(text, [city, ...(DEMONYMS[city] ?? [])]);
}
