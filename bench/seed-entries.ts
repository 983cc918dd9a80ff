// The seed article's entities as search entries, written by hand so that the search tests and the
// benchmark don't depend on the dataset file. Weights are total USD raised per the seed facts
// (M3, HF1, H1, P1, PS1, D1, PR1); Submagic and Argil have no known round.
import type { SearchEntry } from "../src/search/types.js";

export const SEED_ENTRIES: readonly SearchEntry[] = [
  {
    kind: "company",
    id: "mistral-ai",
    name: "Mistral AI",
    aliases: ["Mistral", "Mistral.AI", "ميسترال", "mistral.ai"],
    weight: 1.1e9,
  },
  {
    kind: "company",
    id: "hugging-face",
    name: "Hugging Face",
    aliases: ["HuggingFace", "وجه العناق"],
    weight: 395e6,
  },
  {
    kind: "company",
    id: "h-company",
    name: "H Company",
    aliases: ["H", "H.ai", "ح", "hcompany.ai"],
    weight: 220e6,
  },
  { kind: "company", id: "photoroom", name: "Photoroom", aliases: ["غرفة التصوير"], weight: 62.1e6 },
  { kind: "company", id: "poolside", name: "Poolside", aliases: ["Poolside.ai"], weight: 626e6 },
  { kind: "company", id: "dust", name: "Dust", aliases: ["Dust AI", "dust.tt"], weight: 21e6 },
  { kind: "company", id: "presti", name: "Presti", aliases: ["بريستي"], weight: 3.5e6 },
  { kind: "company", id: "submagic", name: "Submagic", aliases: [], weight: 0 },
  { kind: "company", id: "argil", name: "Argil", aliases: [], weight: 0 },

  { kind: "person", id: "arthur-mensch", name: "Arthur Mensch", aliases: [], weight: 1.1e9 },
  { kind: "person", id: "clement-delangue", name: "Clément Delangue", aliases: [], weight: 395e6 },
  {
    kind: "person",
    id: "charles-kantor",
    name: "Charles Kantor",
    aliases: ["Charles Cantos"],
    weight: 220e6,
  },
  { kind: "person", id: "matthieu-rouif", name: "Matthieu Rouif", aliases: [], weight: 62.1e6 },
  { kind: "person", id: "jason-warner", name: "Jason Warner", aliases: [], weight: 626e6 },
  { kind: "person", id: "stanislas-polu", name: "Stanislas Polu", aliases: [], weight: 21e6 },
  { kind: "person", id: "eric-schmidt", name: "Eric Schmidt", aliases: [], weight: 220e6 },
  { kind: "person", id: "bernard-arnault", name: "Bernard Arnault", aliases: [], weight: 220e6 },

  { kind: "investor", id: "accel", name: "Accel", aliases: [], weight: 220e6 },
  { kind: "investor", id: "eric-schmidt", name: "Eric Schmidt", aliases: [], weight: 220e6 },
  { kind: "investor", id: "aglae-ventures", name: "Aglaé Ventures", aliases: ["Aglae"], weight: 220e6 },

  { kind: "product", id: "le-chat", name: "Le Chat", aliases: [], weight: 1.1e9, companyId: "mistral-ai" },
  {
    kind: "product",
    id: "mistral-7b",
    name: "Mistral 7B",
    aliases: ["Mistral-7B"],
    weight: 1.1e9,
    companyId: "mistral-ai",
  },
  { kind: "product", id: "runner-h", name: "Runner H", aliases: [], weight: 220e6, companyId: "h-company" },

  {
    kind: "ecosystem",
    id: "ai-for-humanity",
    name: "AI for Humanity",
    aliases: ["national AI strategy", "stratégie nationale pour l'IA"],
    weight: 0,
  },
  {
    kind: "ecosystem",
    id: "state-plan-2025",
    name: "France's EUR 109 bn AI plan",
    aliases: ["109 billion"],
    weight: 0,
  },
];
