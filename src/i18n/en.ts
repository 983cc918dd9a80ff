// Every word the renderers and the bot's notices write, in English: the source of truth. fr.ts and
// ar.ts have the same keys (`satisfies Messages`, and test/i18n checks it at run time too). Values
// passed in ({names}, {date}, ...) arrive already written: escaped, formatted, in this language.
// Data text (descriptions, notes, what a dispute says, source titles) is not here: it stays as the
// dataset writes it, in English.
import type { LandscapeCounts } from "../data/counts.js";
import type { Category, Currency, Role, Stage, ValuationBasis } from "../data/schema.js";
import { inSentence, type NumberWords } from "./format.js";
import type { Language } from "./language.js";

const numbers: NumberWords = {
  million: "M",
  billion: "bn",
  decimal: ".",
  group: ",",
  currencyFirst: true,
  currency: { USD: "USD", EUR: "EUR" },
  percent: "%",
  months: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  /** As the Guardian style guide writes them ("Sept", not "Sep"). */
  shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"],
  firstDay: "1",
  atLeast: "more than",
  about: "about",
};

const stages: Record<Stage, string> = {
  "pre-seed": "Pre-seed",
  seed: "Seed",
  "series-a": "Series A",
  "series-b": "Series B",
  "series-c": "Series C",
  "series-d": "Series D",
  "series-e": "Series E",
  "series-f": "Series F",
  ipo: "IPO",
  debt: "Debt",
  grant: "Grant",
  other: "Round",
};

const categories: Record<Category, string> = {
  "foundation-models": "Foundation models",
  "open-source-platform": "Open-source platform",
  agents: "AI agents",
  image: "Image",
  coding: "Coding",
  "enterprise-assistant": "Enterprise assistant",
  video: "Video",
  voice: "Voice",
  robotics: "Robotics",
  health: "Health",
  research: "Research",
  "world-models": "World models",
  "developer-tools": "Developer tools",
  "data-infrastructure": "Data infrastructure",
  search: "Search",
  "autonomous-vehicles": "Autonomous vehicles",
  "drug-discovery": "Drug discovery",
  security: "Security",
  defence: "Defence",
  compute: "Compute and chips",
  legal: "Legal",
  finance: "Finance",
  insurance: "Insurance",
  "customer-service": "Customer service",
  marketing: "Marketing",
  retail: "Retail",
  industry: "Industry",
  "climate-energy": "Climate and energy",
  sports: "Sports",
  hr: "HR and recruiting",
  agriculture: "Agriculture",
  media: "Media",
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en = {
  language: "en" as Language,
  numbers,
  /** "A, B and C". */
  list: { separator: ", ", last: " and ", more: "{count} more" },
  /** Between a label and its value. */
  colon: ": ",
  /** Between the parts of one line. */
  comma: ", ",
  /** Between the clauses of one line: "Series B: USD 640 M; valuation USD 6 bn". */
  semicolon: "; ",
  /** Between compared companies: "Mistral AI vs Dust". */
  versus: " vs ",
  /** Around a name the user typed: “Mistrel”. */
  quote: (text: string) => `“${text}”`,
  stages,
  categories,

  /** A figure and its parts (src/render/phrases.ts). */

  /** Positions at a company (schema Role), and when they were held. */
  roles: {
    ceo: "CEO",
    cto: "CTO",
    coo: "COO",
    cfo: "CFO",
    "chief-scientist": "Chief Scientist",
    "chief-product-officer": "Chief Product Officer",
    chair: "Chair",
    "executive-chair": "Executive Chair",
    president: "President",
    "managing-director": "Managing Director",
    "research-director": "Research Director",
  } satisfies Record<Role, string>,
  tenure: {
    since: (roles: string, date: string) => `${roles} since ${date}`,
    until: (roles: string, date: string) => `${roles} until ${date}`,
    /** A founder with no position who left. */
    left: (date: string) => `left in ${date}`,
    /** A founder with no stated position. */
    cofounder: "co-founder",
  },
  /** What became of a company (schema CompanyStatus). */
  status: {
    independent: "independent",
    acquired: (by: string, date: string) => `acquired by ${by} (${date})`,
    price: (price: string) => `for ${price}`,
    priceUndisclosed: "price undisclosed",
    listed: (market: string, date: string) => `listed on ${market} (${date})`,
    ticker: (ticker: string) => `ticker ${ticker}`,
    merged: (other: string, date: string) => `merged with ${other} (${date})`,
    closed: (date: string) => `closed (${date})`,
  },
  /** A valuation's basis, after its amount. */
  valuationBasis: { "pre-money": "pre-money", "post-money": "post-money" } satisfies Record<
    ValuationBasis,
    string
  >,
  figures: {
    undisclosed: "undisclosed",
    notInData: "not in the data",
    sourcesDiffer: "sources differ",
    /** A round of no stage that was reported, not completed. */
    reportedRaise: "Reported raise",
    /** "Series B, June 2024". */
    roundName: (stage: string, date: string) => `${stage}, ${date}`,
    ledBy: (names: string) => `led by ${names}`,
    withOthers: (names: string) => `with ${names}`,
    investors: (names: string) => `investors: ${names}`,
    valuation: (value: string) => `valuation ${value}`,
    totalAfter: (value: string) => `total raised after: ${value}`,
    reportedNotCompleted: "(reported, not completed)",
    /** A reported total: "USD 1.1 bn (after the Series B, June 2024)". */
    totalAfterRound: (amount: string, round: string) => `${amount} (after the ${round})`,
    /** A reported total and the rounds since: the rounds arrive joined by `semicolon`. */
    totalSince: (amount: string, round: string, since: string) =>
      `${amount} after the ${round}; since then ${since}`,
    inAll: (amount: string) => `in all ${amount}`,
    sumOfRounds: (amount: string, count: number) =>
      `${amount} (the sum of the ${plural(count, "round", "rounds")} on record; no total reported)`,
    rateAsOf: (rate: string, date: string) => `${rate}, as of ${date}`,
    convertedAt: (rate: string) => `converted at ${rate}`,
    converted: (text: string) => `converted: ${text}`,
    seedArticle: "Seed article",
    /** A source page that gives no date. */
    undated: "undated",
    dataAsOf: (date: string) => `Data as of ${date}`,
    newestShown: (date: string) => `newest figure shown: ${date}`,
  },

  /** What a dispute is about, for the names src/answers gives ("valuation", "X's background"). */
  disputes: {
    amount: "amount",
    valuation: "valuation",
    totalAfterRound: "total raised after the round",
    totalRaised: "total raised",
    description: "description",
    founded: "founded",
    headquarters: "headquarters",
    background: (name: string) => `${name}'s background`,
    productDescription: (product: string) => `${product}: description`,
  },

  /** Field and section names. */
  labels: {
    founded: "Founded",
    headquarters: "Headquarters",
    status: "Status",
    valuation: "Valuation",
    totalRaised: "Total raised",
    latestRound: "Latest round",
    reportedSince: "Reported since (not completed)",
    founder: "Founder",
    founders: "Founders",
    people: "People",
    products: "Products",
    metrics: "Metrics",
    notes: "Notes",
    categories: "Categories",
    category: "Category",
    rounds: "Rounds",
    amount: "Amount",
    investors: "Investors",
    totalAfter: "Total raised after",
    totalAfterShort: "Total after",
    note: "Note",
    sources: "Sources",
    sourcesDiffer: "Sources differ",
    exchangeRate: "Exchange rate used",
    nationalTotals: "National totals",
    reportedNotRanked: "Reported, not completed (not ranked)",
    unranked: "Not ranked (amount undisclosed)",
    /** A field continued in the next one: "Sources (cont.)". */
    continued: "(cont.)",
  },

  profile: {
    noCompletedRound: "no completed round in the data",
    noRound: "none in the data",
    roundsOnRecord: (count: number) =>
      `${plural(count, "completed round", "completed rounds")} on record: see /funding`,
    roundsCount: (count: number) => `${count} completed on record`,
    launched: (date: string) => `launched ${date}`,
    valuationTalks: (value: string, date: string) => `${value} in talks reported ${date}`,
    notCompleted: "(not completed)",
  },

  funding: {
    title: (company: string) => `${company}: funding rounds`,
    noRounds: "No funding round is in the data.",
    reported: "reported, not completed",
    /** `/funding company: stage: year:`: what the list keeps. `stage` is a stage's name. */
    only: (stage: string | undefined, year: number | undefined, shown: number, all: number) =>
      `Only ${stage ?? "the"} rounds${year !== undefined ? ` of ${year}` : ""}: ${shown} of the ${all} on record.`,
  },

  ranking: {
    /** "Largest Series B rounds in 2024", "Largest rounds on record". */
    largestRounds: (stage: string | undefined, year: number | undefined) =>
      `Largest${stage !== undefined ? ` ${stage}` : ""} rounds${year !== undefined ? ` in ${year}` : " on record"}`,
    byTotal: "Companies by total raised",
    byAmount: (stage: string | undefined, year: number | undefined) =>
      `Companies by amount raised${stage !== undefined ? ` in ${stage} rounds` : ""}${year !== undefined ? ` in ${year}` : ""}`,
    noMatch: "No completed round in the data matches.",
    /** "1–10 of 46". */
    page: (from: number, to: number, total: number) => `${from}–${to} of ${total}`,
    more: (count: number) => `...and ${count} more`,
    comparedIn: (currency: string) => `Amounts compared in ${currency}; only completed rounds are ranked.`,
  },

  compare: {
    description: (currency: string) =>
      `Figure by figure, amounts compared in ${currency}. "Undisclosed" is never counted as zero.`,
    /** The terminal's shorter line. */
    intro: (currency: string) => `Amounts compared in ${currency}. "Undisclosed" is never counted as zero.`,
    /** Row names by the row's key; a metric's row keeps the dataset's label. */
    rows: {
      "total-raised": "Total raised",
      "latest-round": "Latest round",
      valuation: "Valuation",
      founded: "Founded",
      founders: "Founders",
      category: "Category",
    },
    /** After the names: "Mistral AI leads", "Mistral AI and Dust tie", "H founded first". */
    leader: {
      leads: "leads",
      tie: "tie",
      foundedFirst: "founded first",
      foundedTogether: "founded in the same period",
    },
    noLeader: (why: string) => `no leader named: ${why}`,
    notComparable: "not comparable",
    afterConverting: "after converting currencies",
    figureDisputed: "a figure is disputed",
    /** Why no leader, or a caveat on it (the notes src/answers/compare.ts gives). */
    notes: {
      undisclosedFor: (names: string) => `undisclosed for ${names}`,
      valuationBasis:
        "no leader: a pre-money valuation (before the round's money) is not compared with post-money ones",
      dependsOnSource: "the leader depends on which source you take: sources differ on a figure",
      noFoundingDate: "a founding date is not in the data",
      samePeriod: "founded in the same period",
      trailingFloor: 'a trailing figure is a floor ("more than"): no leader can be named',
      approximate: "some figures are approximate",
    },
  },

  notices: {
    /** A company the data knows is foreign: not in the landscape. */
    notFrench: (company: string, where: string) =>
      `${company} isn't a French company: it is based in ${where}, so it isn't in this landscape.`,
    noMatchTitle: "Not in my data yet",
    /** A name the data doesn't hold, with how much the data holds: "“Pigment” isn't in my data yet (150 companies as of Mar 2026)." */
    noMatch: (query: string, companies: number, date: string) =>
      `${query} isn't in my data yet (${plural(companies, "company", "companies")} as of ${date}).`,
    /** No name at all was given. */
    emptyName: "No company name was given.",
    closest: (names: string) => `Closest names: ${names}.`,
    tryAbout: (command: string) => `Try ${command} for the companies the bot knows.`,
    ambiguousTitle: "Did you mean…",
    ambiguous: (query: string, names: string, several: boolean) =>
      `${query} could be ${names}. Did you mean ${several ? "one of these" : "this one"}? Ask again with the full name.`,
    invalidTitle: "Can't compare that",
    sameCompany: (name: string, min: number, max: number) =>
      `You named ${name} twice: a comparison needs ${min} to ${max} different companies.`,
    theSameCompany: "the same company",
    tooFew: (min: number) => `A comparison needs at least ${min} companies.`,
    tooMany: (max: number) => `A comparison takes at most ${max} companies.`,
  },

  about: {
    title: "About this bot",
    intro:
      "Answers about France's AI startup landscape. Every figure is cited and dated; where sources differ, both values are shown.",
    knowsLabel: "What it knows",
    knowsShort: "Knows",
    knows: (c: LandscapeCounts) =>
      `${plural(c.companies, "company", "companies")}, ${plural(c.rounds, "funding round", "funding rounds")}, ${plural(c.people, "person", "people")}, ${plural(c.investors, "investor", "investors")}, ${plural(c.ecosystem, "national fact", "national facts")}, from ${plural(c.sources, "source", "sources")}`,
    freshLabel: "How fresh",
    fresh: (data: string, oldest: string, newest: string) =>
      `Data as of ${data}; sources from ${oldest} to ${newest}`,
    dataAsOf: "Data as of",
    sourcesFrom: "Sources from",
    range: (from: string, to: string) => `${from} to ${to}`,
    mostCited: "Most cited",
    companies: "Companies",
    /** The best-known companies, then how many more the data holds. */
    moreCompanies: (count: number) => `and ${count} more: ask /startup by name`,
    categoriesLabel: "By category",
    commandsLabel: "Commands",
    commands:
      "`/startup` a company's card · `/funding` rounds and rankings · `/compare` two to four companies · `/about`",
    project: "Project",
    hosted: (url: string | undefined) =>
      url === undefined
        ? "Self-hosted by this server's owner, from a copy of the landscape-bot project"
        : `Self-hosted by this server's owner, from ${url}`,
    none: "none",
  },

  /** The "Sources" button's reply. */
  sources: {
    title: (about: string) => `Sources: ${about}`,
    none: "This answer cites no source.",
    intro: "Every figure in the answer carries the numbers of the sources below.",
    fundingRanking: "funding ranking",
    /** A long source list folded behind the Sources button (the card's marks still number them). */
    folded: (count: number) =>
      `${count} sources, numbered as marked above: press 📚 Sources to read each one's title, link and quote.`,
  },

  /** A question's reply: the renderer's own labels (the sentences come from the question engine). */
  question: {
    evidence: "Figures",
    examples: "Try asking",
    commands: "Commands",
    didYouMean: "Did you mean",
    /** Under a short answer's figures when the full answer has more. */
    more: (count: number) => `+ ${count} more in the full answer`,
    /** The same, when no button opens a fuller answer (a question's own ranking). */
    moreFigures: (count: number) => `+ ${count} more ${count === 1 ? "figure" : "figures"}`,
  },

  /**
   * The question engine's words: the sentences stating an answer (`{name}`s filled in), the
   * names of stages, categories and figures inside a sentence, the labels of its figures, and
   * the help reply's examples and command list.
   */
  answers: {
    /** The word before a date: "on 9 June 2024", "in June 2024", "in 2024". */
    datePrepositions: { day: "on", month: "in", year: "in" },
    /** In a sentence ("its Series B", "a seed round"): the card's names, the generic ones in lower case. */
    stageNames: {
      ...stages,
      "pre-seed": "pre-seed round",
      seed: "seed round",
      debt: "debt round",
      grant: "grant",
      other: "round",
    } satisfies Record<Stage, string>,
    /** In a sentence ("Companies in image: …"): the card's names in lower case, some plural. */
    categoryNames: {
      ...inSentence(categories),
      "open-source-platform": "open-source platforms",
      "enterprise-assistant": "enterprise assistants",
    },
    metricNames: {
      headquarters: "headquarters",
      launched: "launch date",
      rounds: "rounds",
      "total-raised": "total raised",
      "latest-round": "latest round",
      "biggest-round": "largest round",
      valuation: "valuation",
      founded: "founding date",
      "round-date": "latest round date",
      revenue: "revenue",
      arr: "ARR",
      users: "users",
      visits: "visits",
      downloads: "downloads",
      employees: "staff",
      products: "products",
      profitability: "profitability",
      acquisitions: "acquisitions",
      "business-model": "business model",
      nationality: "country",
    },
    templates: {
      headquarters: "{company} is based in {where}.",
      noHeadquarters: "The data doesn't say where {company} is based.",
      founders: "{company} was founded by {people}.",
      otherPeople: "Also at {company}: {people}.",
      noFounders: "The data doesn't name the founders of {company}.",
      personFounded: "{person} founded {companies}.",
      personWorksAt: "{person} is at {company}: {role}.",
      personInvested: "{person} invested in {companies}.",
      personKnown: "{person}: {background}",
      investorPortfolio: "{investor} invested in {companies}.",
      totalReported: "{company} has raised {amount} in total, as reported after its {round} ({date}).",
      totalPlus:
        "{company} has raised {total} in total: {reported} reported after its {round} ({date}), plus {since} since.",
      totalSum: "{company} has raised {amount} over the rounds on record (no total is reported).",
      noFunding: "The data has no funding round for {company}: undisclosed.",
      latestRound: "{company}'s latest round is a {round} of {amount} ({date}).",
      ledBy: "It was led by {investors}.",
      talks: "Reported since, not completed: {amount} ({date}).",
      roundDate: "{company} last raised {when}: a {round} of {amount}.",
      valuation: "{company} was valued at {amount} at its {round} ({date}).",
      valuationUndisclosed: "{company}'s valuation is undisclosed (its {round}, {date}).",
      noValuation: "The data has no valuation for {company}.",
      valuationTalks: "Reported talks since: a valuation of {amount} ({date}).",
      founded: "{company} was founded {when}.",
      noFounded: "The data has no founding date for {company}.",
      metric: "{company}'s {metric}: {value} ({date}).",
      noMetric: "The data has no {metric} for {company}.",
      metricNote: "{company}, {date}: {text}",
      noNotes: "The data has nothing on {company}'s {metric}.",
      investors: "{company}'s investors include {investors}.",
      noInvestors: "The data names no investors for {company}.",
      roundLed: "{leads} led {company}'s {round} ({date}, {amount}).",
      roundNoLead: "The data names no lead investor for {company}'s {round} ({date}, {amount}).",
      otherInvestors: "Other investors: {investors}.",
      describe: "{company}: {description}",
      product: "{product} is made by {company}: {description}",
      products: "{company}'s products: {products}.",
      noProducts: "The data lists no products for {company}.",
      category: "Companies in {category}: {companies}.",
      noCategory: "The data has no company in {category}.",
      inCity: "Companies based in {city}: {companies}.",
      noneInCity: "The data has no company based in {city}.",
      categoryInCity: "Companies in {category} based in {city}: {companies}.",
      noCategoryInCity: "The data has no company in {category} based in {city}.",
      rankingTotal: "{company} has raised the most: {amount}.",
      rankingRound: "The largest round is {company}'s {round} of {amount} ({date}).",
      investorRound: "The largest round with {investor} is {company}'s {round} of {amount} ({date}).",
      investorRoundLed: "The largest round {investor} led is {company}'s {round} of {amount} ({date}).",
      investorRoundLeast: "The smallest round with {investor} is {company}'s {round} of {amount} ({date}).",
      investorRoundLedLeast: "The smallest round {investor} led is {company}'s {round} of {amount} ({date}).",
      rankingValuation: "{company} has the highest valuation: {amount} ({date}).",
      rankingRecent: "The latest round is {company}'s {round} of {amount} ({date}).",
      rankingEarliest: "The earliest round on record is {company}'s {round} of {amount} ({date}).",
      rankingEmpty: "No company in the data matches that.",
      compareTotal: "{winner} raised more: {lead} vs {others}.",
      compareRound: "{winner}'s latest round is larger: {lead} vs {others}.",
      compareValuation: "{winner} is valued higher: {lead} vs {others}.",
      compareFounded: "{winner} was founded first: {lead} vs {others}.",
      compareMetric: "{winner} is ahead on {metric}: {lead} vs {others}.",
      compareTie: "{companies} are level on {metric}: {lead}.",
      compareFloor:
        'No leader can be named on {metric}: a figure is a floor ("more than"), which may be ahead. {known}',
      compareNoLeader: "No leader can be named on {metric}: {missing}. {known}",
      missingUndisclosed: "{companies} undisclosed",
      missingNoData: "{companies} not in the data",
      missingPartly: "a round undisclosed for {companies}",
      compareDepends: "Which is ahead depends on the source: sources differ.",
      forCompany: "{value} for {company}",
      sourcesDiffer: "Sources differ on {what}: {claims}.",
      converted: "EUR amounts are converted at the dataset's rate of their month: {rates}.",
      ecosystem: "{title}: {value}.",
      didYouMean: "Did you mean {candidates}?",
      helpEmpty: "Ask me about France's AI startups: who founded them, what they raised, what they're worth.",
      helpUnrelated: "I can only answer questions about France's AI startups and ecosystem, with sources.",
      helpUnknown:
        "I couldn't find a company of my data in that question. I know {count} companies, among them {companies}.",
      helpUnknownNamed: "{names} isn't in my data yet ({count} companies as of {date}).",
      readAsName: "“{word}” is read as the company {company}.",
      helpAsked: "I answer questions about France's AI startups, every figure with its source and date.",
      reported: "reported",
      rankingFounded: "Of the companies with a founding date on record, {company} was founded first, {when}.",
      compareLimit: "I compare at most four companies at a time: {dropped} left out.",
      roundsList: "{company} has {count} completed rounds on record: {rounds}.",
      noMatchingRound: "The data has no matching round for {company} ({filter}).",
      raisedInYear: "{company} raised {amount} in {year}: {rounds}.",
      roundOf: "{company}'s {round}: {amount} ({date}).",
      allCompanies: "The data covers {count} companies: {companies}.",
      productLaunched: "{product} was launched {when}.",
      roleHolder: "{company}'s {role}: {people}.",
      rolePast: "Before: {people}.",
      noRole: "The data doesn't name {company}'s {role}.",
      frenchBased: "Yes: {company} is based in {where}, France.",
      basedAbroad: "{company} is based in {where}, outside France.",
      followUp: "About {companies}, as in your last question.",
      greeting:
        "Hello! Ask me about France's AI startups: who founded them, what they raised, what they're worth.",
      thanks: "You're welcome! Every figure I give comes with its source.",
      rankingLeast: "Of the companies ranked, {company} has raised the least: {amount}.",
      rankingRoundLeast: "The smallest round on record is {company}'s {round} of {amount} ({date}).",
      rankingValuationLeast: "{company} has the lowest valuation on record: {amount} ({date}).",
      rankingYoungest:
        "Of the companies with a founding date on record, {company} was founded most recently, {when}.",
    },
    labels: {
      description: "What it does",
      background: "Background",
      companies: "Companies",
      rate: "Exchange rate",
      vs: "vs",
      or: "or",
      ranking: "Ranking",
      lead: "lead",
      firstRound: "first round",
      summary: "Summary",
    },
    /** An example of what was asked, about a company the data has, for a help reply. */
    askedExamples: {
      valuation: "What is {company} worth?",
      "total-raised": "How much did {company} raise?",
      "latest-round": "What was {company}'s latest round?",
      founded: "When was {company} founded?",
      headquarters: "Where is {company} based?",
      employees: "How many people work at {company}?",
      founders: "Who founded {company}?",
      investors: "Who invested in {company}?",
      role: "Who is {company}'s CEO?",
    },
    examples: [
      "Who raised more, Mistral or Hugging Face?",
      "Who founded Photoroom?",
      "Which French AI startups work on coding?",
    ],
    commands: {
      startup: "a company's card",
      funding: "a company's funding rounds",
      compare: "two to four companies side by side",
      ask: "a question in plain words",
      about: "what the bot knows and its sources",
    },
  },

  /** Buttons and menus under a reply. */
  components: {
    funding: "Funding",
    sources: "Sources",
    previous: "Previous",
    next: "Next",
    compareWith: "Compare with…",
    profile: "Profile",
    fullComparison: "Full comparison",
  },

  /**
   * The PNG charts (src/render/chart): titles, notes, labels and the alt text. Amounts and dates
   * arrive written by the shared formatter; `currency` is a name from `chart.currencies`.
   */
  chart: {
    /** The alt text's first words: "Bar chart. Mistral AI: funding by round. …". */
    barChart: "Bar chart",
    /** A currency in a sentence: "bars in USD". */
    currencies: { USD: "USD", EUR: "EUR" } as Record<Currency, string>,
    /** A converted, hence approximate, amount: "~ USD 1.76 bn" (the shipped fonts have no "≈"). */
    approximate: (amount: string) => `~ ${amount}`,
    /** Under an amount that adds up converted parts. */
    includesConverted: (amounts: string) => `incl. ${amounts} converted`,
    fundingTitle: (company: string) => `${company}: funding by round`,
    fundingSubtitle: (currency: string, total: string) =>
      `Rounds in date order, bars in ${currency} from zero · ${total}`,
    totalRaised: (amount: string) => `total raised ${amount}`,
    totalUndisclosed: "total raised undisclosed",
    earlierRounds: (count: number) => `${count} earlier round${count === 1 ? "" : "s"} not drawn`,
    compareSubtitle: (currency: string) => `Bars in ${currency} from zero, each figure to its own scale`,
    /** "Hugging Face, valuation" (the figure's name arrives in lower case). */
    companyFigure: (company: string, figure: string) => `${company}, ${figure}`,
    /** A total's date: "as of 9 Sept 2025". */
    asOf: (date: string) => `as of ${date}`,
    rankingSubtitle: (what: string, currency: string) => `${what}, bars in ${currency} from zero`,
    completedRounds: "Completed rounds only",
    matchingRounds: "Matching completed rounds added up",
    totalsAndRounds: "Reported totals and completed rounds",
    totalRaisedDetail: "total raised",
    totalAsOf: (date: string) => `total as of ${date}`,
    /** "Seed and Series A added up". */
    addedUp: (stages: string) => `${stages} added up`,
    notRanked: "not ranked",
    moreNotDrawn: (count: number) => `${count} more not drawn`,
    reportedNotRanked: (count: number) =>
      `${count} reported (not completed) round${count === 1 ? "" : "s"} not ranked`,
    /** "Series B, June 2024: sources differ: USD 640 M [1] / EUR 600 M [2]". */
    disputed: (what: string, claims: string) => `${what}: sources differ: ${claims}`,
    disputedSeeEmbed: (what: string) => `${what}: sources differ (see the embed)`,
    seeEmbed: (what: string) => `${what}: see the embed`,
    seeEmbedShort: "see the embed",
    /** "EUR converted at 1 EUR = 1.0367 USD (dataset rate of 9 Feb 2025 [6])". */
    /** Several monthly rates: the range, each amount at its own month's rate. */
    convertedMonthly: (currency: string, low: string, high: string, marks: string) =>
      `${currency} converted at each amount's monthly rate, from ${low} to ${high} ${marks}`.trim(),
    converted: (currency: string, rate: string, asOf: string) =>
      `${currency} converted at ${rate} (dataset rate of ${asOf})`,
    reportedNote: "Outlined bar: reported (talks or a leak), not a completed round; never counted in a total",
    undisclosedNote: "No bar where an amount is undisclosed or not in the data: unknown, not zero",
    noRateNote: (currency: string) =>
      `No bar where the dataset has no exchange rate to ${currency}: the amount is given as stated`,
    footer: (date: string) => `Sources: see the embed · data as of ${date}`,
    /** Where a bar would be, for an amount no rate puts on the scale. */
    noRate: "no rate: not drawn",
    /** The alt text's flags on a bar. */
    alt: {
      noBar: "no bar",
      noRate: "not drawn: no exchange rate",
      reported: "reported, not completed",
    },
  },

  /** Short notes to the person asking. */
  bot: {
    /** Under a reply whose chart was left out because the chart queue was full. */
    chartLeftOut:
      "Many people are asking at once: the chart is left out this time. Ask again in a moment to get it.",
    olderButton: "This button is from an older version of the bot. Please run the command again.",
    expired: "These buttons have expired. Run the command again for fresh ones.",
    notOwner: "Only the person who asked can page this list. Try `/funding` for your own.",
    pickCompany: "Pick a company in the menu to compare.",
    restarting: "The bot is restarting. Please try again in a few seconds.",
    restartingAsk: "The bot is restarting. Please ask again in a few seconds.",
    unknownCommand: "I don't know that command any more. Try `/about`.",
    rateLimited: (seconds: number) => `You're asking quickly! Please wait ${seconds} s and try again.`,
    rateLimitedAsk: (seconds: number) => `You're asking quickly! Please wait ${seconds} s and ask again.`,
    error: (id: string) =>
      `Sorry, something went wrong while answering. (error id \`${id}\`; the bot's owner can find it in the log)`,
  },
};

export type Messages = typeof en;
