// The seed article's facts, written from ../shared/seed/FACTS.md so that a clone stands alone.
// Each id must be cited somewhere in the dataset: test/data/coverage.test.ts fails otherwise.

/** The seed article's source id: its citations read `{ source: "seed", fact: "M3", line: 32 }`. */
export const SEED_SOURCE = "seed";

export interface SeedFact {
  id: string;
  subject: string;
  /** The fact in English, as FACTS.md states it. */
  fact: string;
  /** Lines of the seed article it comes from. */
  lines: number[];
}

export const SEED_FACTS: readonly SeedFact[] = [
  {
    id: "F1",
    subject: "France",
    fact: "On 9 February 2025 President Emmanuel Macron announced France will invest EUR 109 bn (USD 113 bn) in AI over the next few years: an AI park in France, better infrastructure, investment in local AI startups.",
    lines: [1],
  },
  {
    id: "F2",
    subject: "France",
    fact: "Early 2025 the USA launched Stargate with an initial USD 100 bn; China's DeepSeek became very popular; since the start of the year France has had the strongest presence outside China and the USA.",
    lines: [3],
  },
  {
    id: "F3",
    subject: "France",
    fact: "Thanks to ~USD 100 bn of state investment France became a force in global AI competition.",
    lines: [6],
  },
  {
    id: "F4",
    subject: "France",
    fact: '2018: the government launched the national AI strategy "AI for Humanity"; first phase 5 years, EUR 1.5 bn (about USD 1.7 bn at the time). Germany also invested heavily but over a longer cycle.',
    lines: [10],
  },
  {
    id: "F5",
    subject: "France",
    fact: "H1 2024: French AI companies ranked first in Europe by funding, USD 2.29 bn; Paris became a European AI hub on a par with London.",
    lines: [12],
  },
  {
    id: "F6",
    subject: "France",
    fact: '"Old money": Bernard Arnault (LVMH chairman, then the world\'s richest man) invested more than EUR 112.3 M in five AI companies in 2024 alone, through his family office Aglaé Ventures. (The text writes "112.300 million euros".)',
    lines: [13],
  },
  {
    id: "F7",
    subject: "France",
    fact: "September 2024: France appointed the world's first minister for AI; Macron met AI experts often and repeatedly called for more support and investment.",
    lines: [14],
  },
  {
    id: "F8",
    subject: "France",
    fact: "France has had AI research teams since the 1970s-80s; education stresses maths and computing.",
    lines: [17],
  },
  {
    id: "F9",
    subject: "France",
    fact: "Yann LeCun, who won the 2018 Turing Award with Geoffrey Hinton for convolutional neural networks, is French.",
    lines: [17],
  },
  {
    id: "F10",
    subject: "France",
    fact: "French AI talent tends to study at home: 57% of French AI startup founders graduated from École Polytechnique.",
    lines: [19, 20],
  },
  {
    id: "F11",
    subject: "France",
    fact: "Of French AI founders, 11% worked at Google and 5% at DeepMind.",
    lines: [24, 25],
  },
  {
    id: "F12",
    subject: "France",
    fact: "Overall France's AI strength is below the USA and China, but its top startups are world class: a first-tier AI country.",
    lines: [27],
  },
  {
    id: "F13",
    subject: "France",
    fact: "France ranks in the global top three in product-image graphics, coding tools and open-source models.",
    lines: [69],
  },
  {
    id: "F14",
    subject: "France",
    fact: "Unlike Turkey (application layer), French startups invest in foundation models (Mistral.AI, H.ai) as well as applications (Photoroom).",
    lines: [4, 29],
  },
  {
    id: "M1",
    subject: "Mistral AI",
    fact: "Just launched Le Chat, an AI assistant that topped French download charts.",
    lines: [2, 34],
  },
  {
    id: "M2",
    subject: "Mistral AI",
    fact: "Mistral-7B was for a long time the world's best open-source model (\"strongest\" before Meta's Llama 3).",
    lines: [4, 34],
  },
  {
    id: "M3",
    subject: "Mistral AI",
    fact: "Latest round: June 2024, Series B, USD 640 M, valuation USD 6.4 bn, total raised USD 1.1 bn.",
    lines: [32],
  },
  {
    id: "M4",
    subject: "Mistral AI",
    fact: "Founder: Arthur Mensch, ex-DeepMind scientist. PhD in France; postdoc at NYU and at École Normale Supérieure (Paris); joined DeepMind in 2020; returned to France two years later to found Mistral.",
    lines: [19, 22, 33],
  },
  {
    id: "M5",
    subject: "Mistral AI",
    fact: "Founded April 2023; focuses on open-source models; Europe's leading model company.",
    lines: [30, 34],
  },
  {
    id: "M6",
    subject: "Mistral AI",
    fact: "Per The Information, only 10% of customers are willing to pay for its API; revenue far from sufficient. The CEO says cash flow is sufficient and prefers an IPO to being acquired.",
    lines: [35, 36],
  },
  {
    id: "HF1",
    subject: "Hugging Face",
    fact: "Latest round: August 2023, Series D, USD 235 M, valuation USD 4 bn, total raised USD 395 M.",
    lines: [39],
  },
  {
    id: "HF2",
    subject: "Hugging Face",
    fact: "Founder: Clément Delangue, serial entrepreneur.",
    lines: [40],
  },
  {
    id: "HF3",
    subject: "Hugging Face",
    fact: "The world's largest platform for sharing open-source models. December 2024: 21.31 M visits, in the global top 50 AI websites.",
    lines: [5, 41],
  },
  {
    id: "HF4",
    subject: "Hugging Face",
    fact: "Business model: free + value-added services (deployment, API, enterprise solutions, training, cloud partnerships). Profitable in Q3 2024 per Le Monde (September 2024).",
    lines: [42],
  },
  {
    id: "H1",
    subject: 'H (H Company, "H.ai")',
    fact: 'Seed round May 2024, USD 220 M, valuation undisclosed. (The heading garbles the amount as "12220 million"; the body says USD 220 M.)',
    lines: [43, 45],
  },
  {
    id: "H2",
    subject: "H",
    fact: 'Founded 2024 by Charles Kantor (ex-Stanford researcher; the text spells him "Cantos") and several co-founders from DeepMind.',
    lines: [46, 47],
  },
  {
    id: "H3",
    subject: "H",
    fact: "Seed investors include Accel, Eric Schmidt (ex-Google CEO), Bernard Arnault (LVMH).",
    lines: [47],
  },
  {
    id: "H4",
    subject: "H",
    fact: "Product direction: autonomous AI agents. November 2024: first agent, Runner H, for enterprise efficiency, with an in-house compact 2 B-parameter model. Only a B2B product so far.",
    lines: [48, 49],
  },
  {
    id: "P1",
    subject: "Photoroom",
    fact: "Latest round: March 2024, Series B, USD 43 M, valuation USD 500 M, total raised USD 62.1 M.",
    lines: [52],
  },
  {
    id: "P2",
    subject: "Photoroom",
    fact: "Founder: Matthieu Rouif, ex-senior product manager at GoPro.",
    lines: [53],
  },
  {
    id: "P3",
    subject: "Photoroom",
    fact: "AI product photos for small merchants: background removal and replacement, shadow generation; built its own foundation model; leading image segmentation.",
    lines: [4, 54],
  },
  {
    id: "P4",
    subject: "Photoroom",
    fact: "13.33 M monthly web visits (top 100 AI product sites); app MAU (both platforms) 9.76 M in December; revenue over the last 30 days USD 2.667 M.",
    lines: [55],
  },
  {
    id: "P5",
    subject: "Photoroom",
    fact: 'ARR USD 65 M as of March 2024. CONFLICT: the heading says "annual revenue of USD 12.65 M".',
    lines: [50, 55],
  },
  {
    id: "PR1",
    subject: "Presti",
    fact: "French AI startup generating furniture product images; seed round of USD 3.5 M in July (2024).",
    lines: [56],
  },
  {
    id: "PS1",
    subject: "Poolside (poolside.ai)",
    fact: "Latest round: October 2024, Series B, USD 500 M, valuation USD 3 bn, total raised USD 626 M; valued above Cursor (USD 2.6 bn).",
    lines: [59],
  },
  { id: "PS2", subject: "Poolside", fact: "Founder: Jason Warner, ex-CTO of GitHub.", lines: [60] },
  {
    id: "PS3",
    subject: "Poolside",
    fact: "AI coding tool: suggestions, code generation, bug detection, in existing IDEs; models customised to a company's coding style, libraries and APIs.",
    lines: [61],
  },
  {
    id: "D1",
    subject: "Dust",
    fact: "Latest round: June 2024, Series A, USD 16 M; total raised USD 21 M.",
    lines: [64],
  },
  {
    id: "D2",
    subject: "Dust",
    fact: "Founder: Stanislas Polu, ex-research engineer at OpenAI.",
    lines: [65],
  },
  {
    id: "D3",
    subject: "Dust",
    fact: "Enterprise AI assistant platform: connects data and files across tools; users build several assistants for different workflows.",
    lines: [67],
  },
  {
    id: "D4",
    subject: "Dust",
    fact: "Self-reported June (2024): annual revenue above USD 1 M; on average more than 80% of employees at customer companies use Dust.",
    lines: [68],
  },
  { id: "S1", subject: "Submagic", fact: "French AI video-editing product.", lines: [5] },
  { id: "A1", subject: "Argil", fact: 'French "talking video" AI product.', lines: [5] },
];

export const SEED_FACT_IDS: ReadonlySet<string> = new Set(SEED_FACTS.map((f) => f.id));
