// Questions asked in English the ways people ask them, written from the seed's FACTS.md and
// SECOND-SOURCES.md, each with the fact its answer turns on.
import type { Case } from "../ask.js";

const comparisons: Case[] = [
  {
    q: "Who raised more, Mistral or Hugging Face?",
    intent: "compare",
    metric: "total-raised",
    winner: "Mistral AI raised more",
    says: ["USD 395 M (24 August 2023) for Hugging Face", "about USD 3.31 bn"],
    converted: true,
  },
  {
    q: "Which is valued higher, Mistral or Hugging Face?",
    metric: "valuation",
    winner: "Mistral AI is valued higher",
    says: ["EUR 11.7 bn", "USD 4 bn (24 August 2023) for Hugging Face"],
    sourcesDiffer: true,
    converted: true,
  },
  {
    q: "Is Hugging Face worth more than Photoroom?",
    metric: "valuation",
    winner: "Hugging Face is valued higher",
    says: ["USD 500 M (March 2024) for Photoroom"],
    sourcesDiffer: true,
  },
  {
    q: "mistral vs dust",
    intent: "compare",
    winner: "Mistral AI raised more",
    says: ["USD 21 M (June 2024) for Dust"],
  },
  {
    q: "compare Mistral, H and Poolside",
    companies: ["mistral-ai", "h-company", "poolside"],
    winner: "Mistral AI raised more",
    says: ["USD 220 M (May 2024) for H Company", "USD 626 M (October 2024) for Poolside"],
  },
  { q: "Who raised more, H or Dust?", winner: "H Company raised more", says: ["USD 220 M", "USD 21 M"] },
  {
    q: "Is H worth more than Dust?",
    metric: "valuation",
    says: ["No leader can be named on valuation", "Dust not in the data"],
    never: ["is valued higher"],
  },
  {
    q: "Which is valued higher, Dust or Photoroom?",
    says: ["No leader", "Dust not in the data", "Photoroom: USD 500 M"],
  },
  // H's valuation: the seed says undisclosed, TNW gives USD 370 M: compared on the stated figure,
  // and the disagreement said.
  {
    q: "Which is valued higher, H Company or Photoroom?",
    winner: "Photoroom is valued higher",
    says: ["USD 370 M (May 2024) for H Company"],
    sourcesDiffer: true,
  },
  {
    q: "Who raised more, Poolside or Photoroom?",
    winner: "Poolside raised more",
    says: ["USD 626 M", "USD 62.1 M"],
    sourcesDiffer: true,
  },
  {
    q: "Who raised more: Mistral, Hugging Face, Poolside, H or Dust?",
    winner: "Mistral AI raised more",
    companies: ["mistral-ai", "hugging-face", "poolside", "h-company", "dust"],
  },
  { q: "Photoroom or Presti, which raised more?", winner: "Photoroom raised more", says: ["USD 3.5 M"] },
  {
    q: "Which has more visits, Hugging Face or Photoroom?",
    metric: "visits",
    winner: "Hugging Face is ahead on visits",
    says: ["21.31 M", "13.33 M"],
  },
  {
    q: "Who has more revenue, Hugging Face or Mistral?",
    metric: "revenue",
    says: ["No leader can be named on revenue", "Hugging Face not in the data", "Mistral AI"],
  },
  {
    q: "Which had the bigger latest round, Mistral or Poolside?",
    metric: "latest-round",
    winner: "Mistral AI's latest round is larger",
    says: ["EUR 1.7 bn"],
  },
  { q: "MISTRAL VS HUGGING FACE", winner: "Mistral AI raised more" },
];

const founders: Case[] = [
  { q: "Who founded Mistral?", intent: "founders", says: ["Mistral AI was founded by Arthur Mensch"] },
  { q: "Who founded Hugging Face?", says: ["Clément Delangue, Julien Chaumond and Thomas Wolf"] },
  { q: "who founded photoroom", says: ["Photoroom was founded by Matthieu Rouif"] },
  { q: "Who are the founders of Dust?", intent: "founders", says: ["Stanislas Polu", "Gabriel Hubert"] },
  { q: "Who founded Poolside?", says: ["Jason Warner", "Eiso Kant"] },
  // People are known by their surname alone.
  { q: "What did Arnault invest in?", says: ["Bernard Arnault invested in H Company, Meero and Photoroom"] },
  { q: "Who is LeCun?", says: ["Yann LeCun founded AMI Labs"] },
  // A name is written as the data writes it, even at the start of a sentence.
  { q: "What did a16z invest in?", says: [/^Andreessen Horowitz invested in Mistral AI/] },
  { q: "Who co-founded Hugging Face?", intent: "founders", says: ["Julien Chaumond and Thomas Wolf"] },
  { q: "Hugging Face was cofounded by whom?", intent: "founders", says: ["Clément Delangue"] },
  { q: "Who started H?", companies: ["h-company"], says: ["Charles Kantor"] },
  { q: "Who runs H Company?", intent: "role", says: ["H Company's CEO: Gautier Cloix"] },
  { q: "Who founded Mistral and Dust?", says: ["Arthur Mensch", "Stanislas Polu"] },
  { q: "Who is the founder of Dust", intent: "founders", says: ["Stanislas Polu"] },
];

const people: Case[] = [
  {
    q: "Who is Arthur Mensch?",
    intent: "person",
    found: "person:arthur-mensch",
    says: ["founded Mistral AI"],
  },
  {
    q: "who is clement delangue",
    found: "person:clement-delangue",
    says: ["Clément Delangue founded Hugging Face"],
  },
  { q: "Who is Yann LeCun?", says: ["Yann LeCun founded AMI Labs"] },
  { q: "who is Charles Cantos", found: "person:charles-kantor", says: ["Charles Kantor founded H Company"] },
  { q: "Who is Jason Warner?", says: ["founded Poolside"] },
  { q: "Who is Eric Schmidt?", says: ["Eric Schmidt invested in", "H Company"] },
  {
    q: "What did Accel invest in?",
    intent: "person",
    found: "investor:accel",
    says: ["Accel invested in Algolia and H Company"],
  },
  { q: "What did Nvidia invest in?", says: ["Mistral AI", "Hugging Face"] },
  { q: "Who is Clara Chappaz?", says: ["Secretary of State for AI"] },
  { q: "Who is Alex LeBrun?", says: ["AMI Labs", "Nabla"] },
  { q: "Who is Bernard Arnault?", says: ["H Company", "Photoroom", "Aglaé Ventures"] },
];

const money: Case[] = [
  {
    q: "How much did Mistral raise?",
    intent: "figure",
    metric: "total-raised",
    says: ["EUR 2.8 bn in total, as reported after its Series C (9 September 2025)"],
  },
  {
    q: "How much has Hugging Face raised in total?",
    says: ["USD 395 M in total", "Series D (24 August 2023)"],
  },
  { q: "How much did Dust raise?", says: ["Dust has raised USD 21 M"] },
  { q: "How much did Photoroom raise?", says: ["USD 62.1 M"], sourcesDiffer: true },
  { q: "How much did Poolside raise?", says: ["USD 626 M"] },
  { q: "How much did Presti raise?", says: ["USD 3.5 M", "no total is reported"] },
  { q: "How much did H raise?", companies: ["h-company"], says: ["USD 220 M"] },
  { q: "How much did AMI Labs raise?", says: ["USD 1.03 bn"] },
  {
    q: "What was Mistral's latest round?",
    metric: "latest-round",
    says: ["Series C of EUR 1.7 bn", "led by ASML"],
  },
  {
    q: "Hugging Face latest funding round",
    says: ["Series D of USD 235 M (24 August 2023)", "led by Salesforce"],
    sourcesDiffer: true,
  },
  { q: "When did Mistral last raise?", metric: "round-date", says: ["on 9 September 2025"] },
  { q: "When did Photoroom raise?", says: ["in March 2024", "USD 43 M", "Balderton"] },
  { q: "What is Mistral's valuation?", metric: "valuation", says: ["EUR 11.7 bn", "Series C"] },
  { q: "What is Hugging Face valued at?", says: ["USD 4 bn"], sourcesDiffer: true },
  { q: "What's H worth?", metric: "valuation", says: ["valuation is undisclosed", "seed round"] },
  { q: "Poolside valuation", says: ["USD 3 bn", "Series B (October 2024)"] },
  { q: "How much is Photoroom worth?", says: ["USD 500 M"] },
  {
    q: "What was Mistral's valuation in June 2024?",
    says: ["USD 6.4 bn at its Series B (11 June 2024)"],
    never: ["11.7"],
    sourcesDiffer: true,
  },
  { q: "Who led Mistral's Series C?", intent: "investors", says: ["ASML led Mistral AI's Series C"] },
  { q: "What was H's seed round valuation?", metric: "valuation", says: ["undisclosed", "seed round"] },
  {
    q: "How much did Mistral raise in 2023?",
    says: ["EUR 490 M in 2023", "EUR 105 M", "EUR 385 M"],
  },
  { q: "How many rounds has Mistral raised?", metric: "rounds", says: ["4 completed rounds", "Series C"] },
  { q: "Photoroom Series A", says: ["Photoroom's Series A: USD 19 M (November 2022)"] },
  { q: "Photoroom Series C", says: ["no matching round for Photoroom"] },
];

const figures: Case[] = [
  { q: "When was Mistral founded?", metric: "founded", says: ["founded in April 2023"] },
  { q: "When was H founded?", says: ["H Company was founded in 2024"] },
  { q: "what year was poolside founded", says: ["Poolside was founded in May 2023"] },
  { q: "what year was gradium founded", says: ["no founding date for Gradium"] },
  { q: "Who invested in Mistral?", intent: "investors", says: ["General Catalyst", "ASML", "Nvidia"] },
  { q: "Who backed Photoroom?", says: ["Balderton", "Aglaé Ventures", "Y Combinator"] },
  { q: "Who are Hugging Face's investors?", says: ["Salesforce", "Google", "Nvidia"] },
  { q: "What is Photoroom's ARR?", metric: "arr", says: ["ARR: USD 65 M (March 2024)"], sourcesDiffer: true },
  { q: "What is Photoroom's revenue?", metric: "revenue", says: ["USD 65 M"], sourcesDiffer: true },
  { q: "Hugging Face revenue", says: ["The data has no revenue for Hugging Face"] },
  { q: "How much money does Photoroom make?", metric: "revenue", says: ["Photoroom's ARR: USD 65 M"] },
  // No figure, but notes on it: the newest note answers, every note on the topic follows.
  {
    q: "Is Hugging Face profitable?",
    metric: "profitability",
    says: ["Hugging Face, January 2026: Profitable in 2025 under a freemium model"],
  },
  {
    q: "Is Mistral profitable?",
    metric: "profitability",
    says: ["The data has nothing on Mistral AI's profitability."],
  },
  // A figure one company lacks names no leader, and says which: never an empty value.
  {
    q: "Which is older, Mistral or Gradium?",
    intent: "compare",
    says: ["No leader can be named on founding date: Gradium not in the data. Mistral AI: April 2023."],
  },
  {
    q: "Which is older, Mistral or Hugging Face?",
    intent: "compare",
    says: ["Hugging Face was founded first: 2016 vs April 2023 for Mistral AI"],
  },
  // "More than 1 M" may be ahead of "150 M": no leader, and the reason said, not "sources differ".
  {
    q: "Which has more downloads, Le Chat or Photoroom?",
    intent: "compare",
    says: ['No leader can be named on downloads: a figure is a floor ("more than")'],
  },
  // "Most recent" is a date, not "the most" money.
  { q: "What is the most recent funding round?", says: ["The latest round is Parallel's Series A"] },
  { q: "Is Kyutai a non-profit?", intent: "describe", says: ["Non-profit open-science AI research lab"] },
  { q: "Who bought shares in Mistral?", intent: "investors", says: ["Mistral AI's investors include"] },
  { q: "Where is AMI Labs based?", metric: "headquarters", says: ["AMI Labs is based in Paris."] },
  {
    q: "Where is Pleias based?",
    metric: "headquarters",
    says: ["The data doesn't say where Pleias is"],
  },
  // A year or a stage with a funding word and no company: the matching rounds, ranked.
  { q: "Which startups raised in 2025?", intent: "ranking", says: ["Mistral AI has raised the most"] },
  { q: "Who raised a Series B?", intent: "ranking", says: ["Mistral AI has raised the most: USD 640 M"] },
  // A sentence that opens on a round's name starts with a capital.
  { q: "Who are the investors in H Company's seed?", says: [/^Seed round \(May 2024\): USD 220 M\./] },
  {
    q: "Mistral revenue",
    metric: "revenue",
    says: ["Mistral AI's ARR: more than USD 400 M (18 February 2026)"],
  },
  {
    q: "What did Hugging Face acquire?",
    metric: "acquisitions",
    says: ["Acquired the Bordeaux robotics start-up Pollen Robotics"],
  },
  { q: "Who bought Pollen Robotics?", metric: "acquisitions", says: ["Acquired by Hugging Face"] },
  { q: "What is Hugging Face's business model?", metric: "business-model", says: ["freemium model"] },
  { q: "Who founded H Company?", intent: "founders", says: ["Charles Kantor", "Gautier Cloix, CEO"] },
  { q: "How many monthly users does Photoroom have?", metric: "users", says: ["9.76 M"] },
  { q: "How many visits does Hugging Face get?", metric: "visits", says: ["21.31 M (December 2024)"] },
  { q: "How many people work at Mistral?", metric: "employees", says: ["about 250"] },
  { q: "What is Dust's revenue?", says: ["more than USD 1 M (June 2024)"] },
  { q: "What's Mistral's ARR?", says: ["more than USD 400 M"] },
  { q: "What's Gradium's ARR?", says: ["The data has no ARR for Gradium"] },
  {
    q: "How many downloads does Le Chat have?",
    metric: "downloads",
    companies: ["mistral-ai"],
    says: ["1 M"],
  },
  { q: "What products does H make?", metric: "products", says: ["Runner H"] },
];

const descriptions: Case[] = [
  { q: "What does Dust do?", intent: "describe", says: ["Enterprise AI assistant platform"] },
  { q: "What does Poolside do?", says: ["AI coding tool"] },
  { q: "What is Le Chat?", found: "product:le-chat", says: ["Le Chat is made by Mistral AI"] },
  { q: "What is Runner H?", found: "product:runner-h", says: ["made by H Company"] },
  { q: "What is Mistral 7B?", found: "product:mistral-7b", says: ["open-source model"] },
  { q: "Tell me about Photoroom", intent: "profile", says: ["background removal", "USD 62.1 M"] },
  { q: "What's AMI Labs?", says: ["world models"] },
  { q: "Mistral?", intent: "profile", companies: ["mistral-ai"] },
  { q: "When was Le Chat launched?", metric: "launched", says: ["Le Chat was launched in February 2025"] },
  { q: "When did Mistral launch Le Chat?", found: "product:le-chat", says: ["in February 2025"] },
  { q: "What company makes Runner H?", says: ["made by H Company"] },
];

const categoriesAndRankings: Case[] = [
  { q: "Which startups work on image generation?", intent: "category", says: ["Photoroom", "Presti"] },
  { q: "Which companies do coding?", says: ["Poolside"] },
  {
    q: "Which French startups build foundation models?",
    intent: "category",
    says: ["Mistral AI", "H Company"],
  },
  { q: "AI agent startups", says: ["H Company", "Dust"] },
  { q: "Which startups do video?", says: ["Argil and Submagic"] },
  { q: "health AI startups", says: ["Nabla", "Owkin"] },
  { q: "Which startup raised the most?", intent: "ranking", says: ["Mistral AI has raised the most"] },
  {
    q: "Largest valuation?",
    intent: "ranking",
    metric: "valuation",
    says: ["Mistral AI has the highest valuation"],
  },
  { q: "What are the latest rounds?", metric: "round-date", says: ["Parallel", "20 March 2026"] },
  { q: "biggest round in 2024", metric: "biggest-round", says: ["Mistral AI's Series B of USD 640 M"] },
  { q: "Which image startup raised the most?", says: ["Meero has raised the most: USD 290 M"] },
  { q: "which coding startup raised the most", says: ["Poolside has raised the most: USD 626 M"] },
  { q: "Which company was founded first?", metric: "founded", says: ["was founded first"] },
  {
    q: "list all companies",
    intent: "category",
    says: [/^The data covers \d{3} companies: .*Mistral AI.* and \d+ more\.$/],
  },
  { q: "What robotics startups are there?", intent: "category", says: ["Pollen Robotics"] },
  { q: "Which startups are unicorns?", intent: "ranking", metric: "valuation", says: ["Mistral AI"] },
  {
    q: "biggest fundraise ever",
    intent: "ranking",
    metric: "biggest-round",
    says: ["Mistral AI's Series C"],
  },
  // "At the moment" is no prefix of Moments Lab.
  {
    q: "who has the highest valuation at the moment",
    intent: "ranking",
    metric: "valuation",
    says: ["Mistral AI has the highest valuation"],
  },
  // A city narrows a list or a ranking (test/questions/places.test.ts checks every company shown).
  { q: "startups in Lyon", intent: "category", says: [/^Companies based in Lyon: /] },
  { q: "biggest round in Grenoble", intent: "ranking", metric: "biggest-round", never: ["Mistral"] },
];

const ecosystem: Case[] = [
  {
    q: "How much is France investing in AI?",
    intent: "ecosystem",
    says: ["EUR 109 bn"],
    sourcesDiffer: true,
  },
  { q: "What was the 2018 AI strategy?", found: "ecosystem:ai-for-humanity-2018", says: ["EUR 1.5 bn"] },
  {
    q: "How much did French AI startups raise in H1 2024?",
    found: "ecosystem:funding-h1-2024",
    says: ["USD 2.29 bn"],
    sourcesDiffer: true,
  },
  { q: "How many founders went to Polytechnique?", found: "ecosystem:founders-polytechnique", says: ["57%"] },
  { q: "How many French AI founders worked at Google?", found: "ecosystem:founders-big-tech", says: ["11%"] },
  { q: "What is Stargate?", found: "ecosystem:stargate-and-deepseek", says: ["USD 100 bn"] },
  { q: "How many AI startups are there in France?", says: ["1,114"] },
  // A money question about a census is answered with its money figure, not its count.
  {
    q: "How much did French AI startups raise in total?",
    found: "ecosystem:france-digitale-mapping-2026",
    says: ["Raised since founding (+23%): about EUR 16 bn"],
  },
  { q: "Who is the AI minister?", intent: "ecosystem", says: ["Clara Chappaz"] },
  { q: "Is France top three in coding?", found: "ecosystem:top-three-sectors", says: ["top three"] },
];

const typosAndSpellings: Case[] = [
  { q: "who founded mistrall", companies: ["mistral-ai"], says: ["Arthur Mensch"] },
  { q: "how much did hugingface raise", companies: ["hugging-face"], says: ["USD 395 M"] },
  { q: "photorom valuation", companies: ["photoroom"], says: ["USD 500 M"] },
  { q: "who founded poolsid", companies: ["poolside"], says: ["Jason Warner"] },
  { q: "dsut revenue", companies: ["dust"], says: ["more than USD 1 M"] },
  { q: "mistral.ai valuation", companies: ["mistral-ai"], says: ["EUR 11.7 bn"] },
  { q: "what does dust.tt do", companies: ["dust"] },
  { q: "what does H do?", companies: ["h-company"], says: ["autonomous AI agents"] },
  { q: "Who founded H.ai?", companies: ["h-company"], says: ["Charles Kantor"] },
  { q: "Mis\u200btral valuation", companies: ["mistral-ai"], says: ["EUR 11.7 bn"] },
];

const cannotAnswer: Case[] = [
  // A ranking of something the data lacks says so, rather than ranking everyone.
  {
    q: "biggest round of zzyx",
    kind: "help",
    reason: "unknown-entity",
    says: [/^Zzyx isn't in my data yet \(\d+ companies/],
  },
  {
    q: "the smallest round backed by zzyx capital",
    kind: "help",
    reason: "unknown-entity",
    says: [/^Zzyx isn't in my data yet/],
  },
  { q: "Top 3 rounds of Zzyx", kind: "help", reason: "unknown-entity", says: [/^Zzyx isn't in my data yet/] },
  {
    q: "How much did OpenAI raise?",
    kind: "help",
    reason: "unknown-entity",
    // The name is said back, with how much the data holds, rather than "I couldn't find that name".
    says: [/^Openai isn't in my data yet \(\d+ companies as of \d+ \w+ \d{4}\)\.$/],
  },
  {
    q: "How much did they raise?",
    kind: "help",
    reason: "unknown-entity",
    // No name given: the help says how many companies it knows, "among them" a few, never as if all.
    says: [/I know \d+ companies, among them Mistral AI/],
  },
  { q: "What's the weather in Paris?", kind: "help" },
  { q: "help", kind: "help", reason: "asked-for-help" },
  { q: "", kind: "help", reason: "empty" },
  { q: "Who?", kind: "help", never: ["Mistral"] },
  { q: "h", kind: "help", never: ["H Company"] },
  { q: "Mist", kind: "did-you-mean", candidates: ["Mistral AI", "Mistral 7B"] },
  { q: "Is Mistral bigger than OpenAI?", companies: ["mistral-ai"] },
  { q: "Who is the best football player?", kind: "help", never: ["Mistral"] },
  { q: "hello there general kenobi", kind: "help", reason: "greeting", says: ["Hello!"] },
];

export const ENGLISH: [string, Case[]][] = [
  ["comparisons state the winner first", comparisons],
  ["founders are named", founders],
  ["people and investors are described", people],
  ["money raised and valuations are dated", money],
  ["dates, investors and business figures", figures],
  ["what a company or product does", descriptions],
  ["categories and rankings", categoriesAndRankings],
  ["France as a whole", ecosystem],
  ["typos, domains and the company H", typosAndSpellings],
  ["what it can't answer gets help, not a guess", cannotAnswer],
];
