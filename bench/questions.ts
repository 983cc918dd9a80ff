// Question answering, end to end (parse + answer + render to a Discord payload with its buttons), on the real
// dataset and on landscapes grown to 1,000 and 10,000 companies with synthetic ones. The baseline is
// the real dataset measured in the same run, so the ratios show what size costs.

import type { AppContext } from "../src/app.js";
import { audienceOf } from "../src/bot/audience.js";
import { componentsFor } from "../src/bot/components.js";
import { loadLandscape } from "../src/data/load.js";
import type { Company, Landscape } from "../src/data/schema.js";
import { answerUnderstood, understandQuestion } from "../src/questions/answer.js";
import { discordPayload } from "../src/render/reply.js";
import { SearchIndex } from "../src/search/index.js";
import {
  buildCost,
  formatBytes,
  formatMs,
  formatRatio,
  median,
  percentile,
  table,
  timeEach,
} from "./stats.js";
import { syntheticCompanies } from "./synthetic.js";

/** What the bot does for a mention, up to the chart: read, decide the audience, answer, render, buttons. */
function answerForDiscord(text: string, ctx: AppContext & { locale: string }) {
  const understanding = understandQuestion(text, ctx);
  const audience = audienceOf({ kind: "question", understanding, userId: "1" });
  const reply = answerUnderstood(understanding, ctx);
  return { ...discordPayload(reply, audience.m), components: componentsFor(reply, ctx, audience) };
}

/** Asked the ways people ask, in the three languages, about the real companies. */
export const QUESTIONS = [
  "who raised more, Mistral or Hugging Face?",
  "Mistral vs Poolside",
  "compare Mistral, Dust and Photoroom",
  "who founded Photoroom?",
  "who is Arthur Mensch?",
  "how much did Poolside raise?",
  "what is Hugging Face's valuation?",
  "when was Mistral founded?",
  "who invested in H?",
  "what does Dust do?",
  "what is Le Chat?",
  "which companies do image generation?",
  "which startup raised the most?",
  "largest valuation",
  "latest rounds in 2024",
  "how much is France investing in AI?",
  "how many founders went to Polytechnique?",
  "is Mistral worth more than Hugging Face?",
  "qui a levé le plus, Mistral ou Dust ?",
  "qui a fondé Poolside ?",
  "combien a levé Photoroom ?",
  "quelle est la valorisation de Mistral ?",
  "من أسس ميسترال؟",
  "كم جمعت وجه العناق؟",
  "أيهما أعلى تقييما ميسترال أم وجه العناق؟",
  "mistal vs hugingface",
  "tell me about poolsdie",
  "hello there",
  // Chat: shorthand, the other end of a ranking, roles, "is X French?".
  "hf valo",
  "who raised the least?",
  "youngest startup",
  "mistral ceo",
  "is mistral french?",
];

/**
 * Timed rounds over the questions. The p99 of 28 x 5 samples was the second-worst call, so one
 * scheduler hiccup on a shared machine decided it; 28 x 20 makes it the sixth-worst.
 */
const ROUNDS = 20;

/**
 * The machine's own jitter: a fixed, allocation-free loop of about a question's median cost, timed
 * after every question. On a shared machine the loop's p99 rises with the questions' when
 * something else takes the CPU: a MISS then says more about the machine than about the code. It
 * also spaces the questions about 1 ms apart, as a bot waiting on Discord between messages does,
 * rather than back to back (which left V8's background compiling and marking no idle core on a
 * 2-core machine: back to back, the same code measured a p99 1.5-3x higher).
 */
const JITTER = Symbol("jitter loop");
let sink = 0;
function jitterLoop(): number {
  for (let i = 0; i < 250_000; i++) sink += Math.sqrt(i);
  return sink;
}

/** The real landscape plus synthetic companies: a name, a category, one cited round each. */
export function grownLandscape(real: Landscape, companies: number): Landscape {
  if (companies <= real.companies.length) return real;
  const source = {
    id: "synthetic",
    publisher: "Benchmark",
    title: "Synthetic companies",
    date: "2025",
    kind: "dataset" as const,
  };
  const cite = [{ source: "synthetic" }];
  const synthetic: Company[] = syntheticCompanies(companies - real.companies.length, 7).map((entry, i) => ({
    id: `syn-${i}`,
    name: entry.name,
    aliases: [...entry.aliases],
    categories: [(["image", "coding", "agents", "video", "voice"] as const)[i % 5] ?? "image"],
    description: { claims: [{ value: `A synthetic company (${entry.name}).`, asOf: "2025", cite }] },
    founders: [],
    people: [],
    products: [],
    rounds:
      (entry.weight ?? 0) > 0
        ? [
            {
              id: `syn-${i}-seed`,
              date: `${2020 + (i % 6)}-0${1 + (i % 9)}`,
              stage: "seed",
              status: "completed",
              amount: {
                claims: [{ value: { amount: entry.weight ?? 1, currency: "USD" }, asOf: "2025", cite }],
              },
              investors: [],
              cite,
            },
          ]
        : [],
    metrics: [],
    notes: [],
  }));
  return { ...real, sources: [...real.sources, source], companies: [...real.companies, ...synthetic] };
}

export function runQuestionBench(options: { sizes?: number[] } = {}): void {
  const real = loadLandscape();
  const sizes = options.sizes ?? [real.companies.length, 1_000, 10_000];
  const rows: string[][] = [];
  let baseline: number[] | undefined;
  for (const size of sizes) {
    const data = grownLandscape(real, size);
    const { value: search, ms, bytes } = buildCost(() => SearchIndex.fromLandscape(data));
    const ctx = { data, search, locale: "en-US" };
    const inputs: (string | typeof JITTER)[] = QUESTIONS.flatMap((q) => [q, JITTER]);
    const timed = timeEach(
      inputs,
      (input) => (input === JITTER ? jitterLoop() : answerForDiscord(input, ctx)),
      { rounds: ROUNDS },
    );
    const samples = timed.filter((_, i) => inputs[i % inputs.length] !== JITTER);
    const noise = timed.filter((_, i) => inputs[i % inputs.length] === JITTER);
    baseline ??= samples;
    const p99 = percentile(samples, 0.99);
    rows.push([
      String(data.companies.length),
      formatMs(ms),
      formatBytes(bytes),
      formatMs(median(samples)),
      formatMs(p99),
      `${formatRatio(median(samples), median(baseline))} / ${formatRatio(p99, percentile(baseline, 0.99))}`,
      `${formatMs(median(noise))} / ${formatMs(percentile(noise, 0.99))}`,
      data.companies.length >= 10_000 ? (p99 < 5 ? "PASS (< 5 ms)" : "MISS (< 5 ms)") : "",
    ]);
  }
  console.log(
    `${QUESTIONS.length} questions (en, fr, ar; comparisons, rankings, typos, help) x ${ROUNDS} rounds; ` +
      "parse + answer + render to a Discord payload; baseline = the real dataset, same run; " +
      "machine jitter = a fixed loop timed after every question (its p99 far above its p50: a busy machine).",
  );
  console.log(
    table(
      [
        "companies",
        "index build",
        "index heap",
        "p50",
        "p99",
        "vs baseline p50 / p99",
        "machine jitter p50 / p99",
        "target",
      ],
      rows,
    ),
  );
}
