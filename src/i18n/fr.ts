// Every word the renderers and the bot's notices write, in French (keys: see en.ts). Figures follow
// French usage: "2,86 Md $", "36 000" (narrow no-break space), "9 sept. 2025", "1er juin".
import type { Messages } from "./en.js";
import type { NumberWords } from "./format.js";
import type { Language } from "./language.js";

const numbers: NumberWords = {
  million: "M",
  billion: "Md",
  decimal: ",",
  group: "\u202f",
  currencyFirst: false,
  currency: { USD: "$", EUR: "€" },
  percent: "\u202f%",
  months: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  shortMonths: [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
  ],
  firstDay: "1er",
  atLeast: "plus de",
  about: "environ",
};

const plural = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

/** "de Mistral AI", "d'Arthur Mensch": "de" elided before a vowel. */
const of = (name: string) => (/^[aeiouyàâäéèêëîïôöûüœ]/i.test(name) ? `d'${name}` : `de ${name}`);

/** A date after "as of": "au 9 sept. 2025" for a day, "en juin 2024" for a month or a year. */
const at = (date: string) => (/^\d+(er)?\s+\D/.test(date) ? `au ${date}` : `en ${date}`);

export const fr = {
  language: "fr" as Language,
  numbers,
  list: { separator: ", ", last: " et " },
  colon: " : ",
  comma: ", ",
  semicolon: " ; ",
  versus: " contre ",
  quote: (text: string) => `«\u00a0${text}\u00a0»`,
  stages: {
    "pre-seed": "Pré-amorçage",
    seed: "Amorçage",
    "series-a": "Série A",
    "series-b": "Série B",
    "series-c": "Série C",
    "series-d": "Série D",
    "series-e": "Série E",
    "series-f": "Série F",
    ipo: "Introduction en bourse",
    debt: "Dette",
    grant: "Subvention",
    other: "Tour",
  },
  categories: {
    "foundation-models": "Modèles de fondation",
    "open-source-platform": "Plateforme open source",
    agents: "Agents IA",
    image: "Image",
    coding: "Code",
    "enterprise-assistant": "Assistant d'entreprise",
    video: "Vidéo",
    voice: "Voix",
    robotics: "Robotique",
    health: "Santé",
    research: "Recherche",
    "world-models": "Modèles du monde",
    "developer-tools": "Outils pour développeurs",
    "data-infrastructure": "Infrastructure de données",
    search: "Recherche d'information",
    "autonomous-vehicles": "Véhicules autonomes",
    "drug-discovery": "Découverte de médicaments",
    security: "Sécurité",
    defence: "Défense",
    compute: "Calcul et puces",
    legal: "Droit",
    finance: "Finance",
    insurance: "Assurance",
    "customer-service": "Service client",
    marketing: "Marketing",
    retail: "Commerce",
    industry: "Industrie",
    "climate-energy": "Climat et énergie",
    sports: "Sport",
    hr: "RH et recrutement",
    agriculture: "Agriculture",
    media: "Médias",
  },

  roles: {
    ceo: "CEO",
    cto: "CTO",
    coo: "COO",
    cfo: "directeur financier",
    "chief-scientist": "directeur scientifique",
    "chief-product-officer": "directeur produit",
    chair: "président du conseil",
    "executive-chair": "président exécutif",
    president: "président",
    "managing-director": "directeur général",
    "research-director": "directeur de recherche",
  },
  tenure: {
    since: (roles: string, date: string) => `${roles} depuis ${date}`,
    until: (roles: string, date: string) => `${roles} jusqu'${at(date)}`,
    left: (date: string) => `parti en ${date}`,
    cofounder: "cofondateur",
  },
  status: {
    independent: "indépendante",
    acquired: (by: string, date: string) => `rachetée par ${by} (${date})`,
    price: (price: string) => `pour ${price}`,
    priceUndisclosed: "prix non communiqué",
    listed: (market: string, date: string) => `cotée sur ${market} (${date})`,
    ticker: (ticker: string) => `code ${ticker}`,
    merged: (other: string, date: string) => `fusionnée avec ${other} (${date})`,
    closed: (date: string) => `fermée (${date})`,
  },
  valuationBasis: { "pre-money": "pré-money", "post-money": "post-money" },
  figures: {
    undisclosed: "non communiqué",
    notInData: "absent des données",
    sourcesDiffer: "les sources divergent",
    reportedRaise: "Levée signalée",
    roundName: (stage: string, date: string) => `${stage}, ${date}`,
    ledBy: (names: string) => `menée par ${names}`,
    withOthers: (names: string) => `avec ${names}`,
    investors: (names: string) => `investisseurs : ${names}`,
    valuation: (value: string) => `valorisation : ${value}`,
    totalAfter: (value: string) => `total levé après : ${value}`,
    reportedNotCompleted: "(signalée, non finalisée)",
    totalAfterRound: (amount: string, round: string) => `${amount} (après la levée ${round})`,
    totalSince: (amount: string, round: string, since: string) =>
      `${amount} après la levée ${round} ; depuis : ${since}`,
    inAll: (amount: string) => `au total ${amount}`,
    sumOfRounds: (amount: string, count: number) =>
      `${amount} (${count <= 1 ? "le seul tour connu" : `somme des ${count} tours connus`} ; aucun total publié)`,
    rateAsOf: (rate: string, date: string) => `${rate}, au ${date}`,
    convertedAt: (rate: string) => `converti au taux ${rate}`,
    converted: (text: string) => `converti : ${text}`,
    seedArticle: "Article de référence",
    undated: "sans date",
    dataAsOf: (date: string) => `Données au ${date}`,
    newestShown: (date: string) => `chiffre le plus récent : ${date}`,
  },

  disputes: {
    amount: "montant",
    valuation: "valorisation",
    totalAfterRound: "total levé après le tour",
    totalRaised: "total levé",
    description: "description",
    founded: "création",
    headquarters: "siège",
    background: (name: string) => `parcours ${of(name)}`,
    productDescription: (product: string) => `${product} : description`,
  },

  labels: {
    founded: "Création",
    headquarters: "Siège",
    status: "Statut",
    valuation: "Valorisation",
    totalRaised: "Total levé",
    latestRound: "Dernière levée",
    reportedSince: "Signalées depuis (non finalisées)",
    founder: "Fondateur",
    founders: "Fondateurs",
    people: "Personnes",
    products: "Produits",
    metrics: "Indicateurs",
    notes: "Notes",
    categories: "Catégories",
    category: "Catégorie",
    rounds: "Levées",
    amount: "Montant",
    investors: "Investisseurs",
    totalAfter: "Total levé après",
    totalAfterShort: "Total après",
    note: "Note",
    sources: "Sources",
    sourcesDiffer: "Les sources divergent",
    exchangeRate: "Taux de change utilisé",
    nationalTotals: "Totaux nationaux",
    reportedNotRanked: "Signalées, non finalisées (non classées)",
    unranked: "Non classées (montant non communiqué)",
    continued: "(suite)",
  },

  profile: {
    noCompletedRound: "aucune levée finalisée dans les données",
    noRound: "aucune dans les données",
    roundsOnRecord: (count: number) =>
      `${plural(count, "levée finalisée connue", "levées finalisées connues")} : voir /funding`,
    roundsCount: (count: number) => plural(count, "finalisée connue", "finalisées connues"),
    launched: (date: string) => `lancement : ${date}`,
    valuationTalks: (value: string, date: string) => `${value} en discussion (signalé : ${date})`,
    notCompleted: "(non finalisé)",
  },

  funding: {
    title: (company: string) => `${company} : levées de fonds`,
    noRounds: "Aucune levée de fonds dans les données.",
    reported: "signalée, non finalisée",
    only: (stage: string | undefined, year: number | undefined, shown: number, all: number) =>
      `Seulement les levées${stage !== undefined ? ` ${stage}` : ""}${year !== undefined ? ` de ${year}` : ""}\u00a0: ${shown} sur ${all} connues.`,
  },

  ranking: {
    largestRounds: (stage: string | undefined, year: number | undefined) =>
      `Plus grosses levées${stage !== undefined ? ` (${stage})` : ""}${year !== undefined ? ` en ${year}` : " connues"}`,
    byTotal: "Entreprises par total levé",
    byAmount: (stage: string | undefined, year: number | undefined) =>
      `Entreprises par montant levé${stage !== undefined ? ` (${stage})` : ""}${year !== undefined ? ` en ${year}` : ""}`,
    noMatch: "Aucune levée finalisée des données ne correspond.",
    page: (from: number, to: number, total: number) => `${from}–${to} sur ${total}`,
    more: (count: number) => `... et ${count} de plus`,
    comparedIn: (currency: string) =>
      `Montants comparés en ${currency} ; seules les levées finalisées sont classées.`,
  },

  compare: {
    description: (currency: string) =>
      `Chiffre par chiffre, montants comparés en ${currency}. « Non communiqué » ne compte jamais pour zéro.`,
    intro: (currency: string) =>
      `Montants comparés en ${currency}. « Non communiqué » ne compte jamais pour zéro.`,
    rows: {
      "total-raised": "Total levé",
      "latest-round": "Dernière levée",
      valuation: "Valorisation",
      founded: "Création",
      founders: "Fondateurs",
      category: "Catégorie",
    },
    leader: (names: string, several: boolean, rule: "highest" | "earliest") =>
      rule === "earliest"
        ? `${names} ${several ? "ont été fondées à la même période" : "a été fondée en premier"}`
        : `${names} ${several ? "sont à égalité" : "est en tête"}`,
    noLeader: (why: string) => `aucun gagnant désigné : ${why}`,
    notComparable: "pas comparable",
    afterConverting: "après conversion des devises",
    figureDisputed: "un chiffre est contesté",
    notes: {
      undisclosedFor: (names: string) => `non communiqué pour ${names}`,
      valuationBasis:
        "pas de premier : une valorisation pré-money (avant l'argent du tour) ne se compare pas à une post-money",
      dependsOnSource: "le gagnant dépend de la source retenue : les sources divergent sur un chiffre",
      noFoundingDate: "une date de création manque dans les données",
      samePeriod: "fondées à la même période",
      trailingFloor:
        "un chiffre en retrait est un plancher (« plus de ») : aucun gagnant ne peut être désigné",
      approximate: "certains chiffres sont approximatifs",
    },
  },

  notices: {
    noMatchTitle: "Pas encore dans mes données",
    noMatch: (query: string, companies: number, date: string) =>
      `${query} n'est pas encore dans mes données (${plural(companies, "entreprise", "entreprises")} ${at(date)}).`,
    emptyName: "Aucun nom d'entreprise n'a été donné.",
    closest: (names: string) => `Noms les plus proches : ${names}.`,
    tryAbout: (command: string) => `Essayez ${command} pour voir les entreprises que le bot connaît.`,
    ambiguousTitle: "Vouliez-vous dire…",
    ambiguous: (query: string, names: string, several: boolean) =>
      `${query} peut désigner ${names}. Vouliez-vous dire ${several ? "l'une d'elles" : "celle-ci"} ? Reposez la question avec le nom complet.`,
    invalidTitle: "Comparaison impossible",
    sameCompany: (name: string, min: number, max: number) =>
      `Vous avez cité ${name} deux fois : une comparaison demande de ${min} à ${max} entreprises différentes.`,
    theSameCompany: "la même entreprise",
    tooFew: (min: number) => `Une comparaison demande au moins ${min} entreprises.`,
    tooMany: (max: number) => `Une comparaison accepte au plus ${max} entreprises.`,
  },

  about: {
    title: "À propos de ce bot",
    intro:
      "Des réponses sur le paysage des startups françaises de l'IA. Chaque chiffre est sourcé et daté ; quand les sources divergent, les deux valeurs sont données.",
    knowsLabel: "Ce qu'il sait",
    knowsShort: "Contenu",
    knows: (c: {
      companies: number;
      rounds: number;
      people: number;
      investors: number;
      ecosystem: number;
      sources: number;
    }) =>
      `${plural(c.companies, "entreprise", "entreprises")}, ${plural(c.rounds, "levée de fonds", "levées de fonds")}, ${plural(c.people, "personne", "personnes")}, ${plural(c.investors, "investisseur", "investisseurs")}, ${plural(c.ecosystem, "fait national", "faits nationaux")}, tirés de ${plural(c.sources, "source", "sources")}`,
    freshLabel: "Fraîcheur",
    fresh: (data: string, oldest: string, newest: string) =>
      `Données au ${data} ; sources : ${oldest} – ${newest}`,
    dataAsOf: "Données au",
    sourcesFrom: "Sources",
    range: (from: string, to: string) => `${from} – ${to}`,
    mostCited: "Les plus citées",
    companies: "Entreprises",
    moreCompanies: (count: number) => `et ${count} autres : demandez /startup par son nom`,
    categoriesLabel: "Par catégorie",
    commandsLabel: "Commandes",
    commands:
      "`/startup` la fiche d'une entreprise · `/funding` levées et classements · `/compare` deux à quatre entreprises · `/about`",
    project: "Projet",
    hosted: (url: string | undefined) =>
      url === undefined
        ? "Hébergé par le propriétaire de ce serveur, à partir d'une copie du projet landscape-bot"
        : `Hébergé par le propriétaire de ce serveur, à partir de ${url}`,
    none: "aucune",
  },

  sources: {
    title: (about: string) => `Sources : ${about}`,
    none: "Cette réponse ne cite aucune source.",
    intro: "Chaque chiffre de la réponse porte les numéros des sources ci-dessous.",
    fundingRanking: "classement des levées",
    folded: (count: number) =>
      `${count} sources, numérotées comme dans la fiche : appuyez sur 📚 Sources pour le titre, le lien et la citation de chacune.`,
  },

  question: {
    evidence: "Chiffres",
    examples: "Exemples de questions",
    commands: "Commandes",
    didYouMean: "Vouliez-vous dire",
    more: (count: number) => `+ ${count} autres dans la réponse complète`,
    moreFigures: (count: number) => `+ ${count} autres chiffres`,
  },

  components: {
    funding: "Levées",
    sources: "Sources",
    previous: "Précédent",
    next: "Suivant",
    compareWith: "Comparer avec…",
    profile: "Fiche",
    fullComparison: "Comparaison complète",
  },

  chart: {
    barChart: "Graphique en barres",
    currencies: { USD: "dollars", EUR: "euros" },
    approximate: (amount: string) => `~ ${amount}`,
    includesConverted: (amounts: string) => `dont ${amounts} après conversion`,
    fundingTitle: (company: string) => `${company}\u00a0: levées de fonds par tour`,
    fundingSubtitle: (currency: string, total: string) =>
      `Tours par date, barres en ${currency} à partir de zéro · ${total}`,
    totalRaised: (amount: string) => `total levé\u00a0: ${amount}`,
    totalUndisclosed: "total levé non communiqué",
    earlierRounds: (count: number) =>
      plural(count, "tour plus ancien non représenté", "tours plus anciens non représentés"),
    compareSubtitle: (currency: string) =>
      `Barres en ${currency} à partir de zéro, chaque chiffre à sa propre échelle`,
    companyFigure: (company: string, figure: string) => `${company}, ${figure}`,
    asOf: (date: string) => at(date),
    rankingSubtitle: (what: string, currency: string) => `${what}, barres en ${currency} à partir de zéro`,
    completedRounds: "Levées finalisées uniquement",
    matchingRounds: "Levées finalisées correspondantes, additionnées",
    totalsAndRounds: "Totaux publiés et levées finalisées",
    totalRaisedDetail: "total levé",
    totalAsOf: (date: string) => `total ${at(date)}`,
    addedUp: (stages: string) => `somme\u00a0: ${stages}`,
    notRanked: "non classée",
    moreNotDrawn: (count: number) => `${count} de plus, non ${count <= 1 ? "représentée" : "représentées"}`,
    reportedNotRanked: (count: number) =>
      plural(
        count,
        "levée signalée (non finalisée) non classée",
        "levées signalées (non finalisées) non classées",
      ),
    disputed: (what: string, claims: string) => `${what}\u00a0: les sources divergent\u00a0: ${claims}`,
    disputedSeeEmbed: (what: string) => `${what}\u00a0: les sources divergent (voir le message)`,
    seeEmbed: (what: string) => `${what}\u00a0: voir le message`,
    seeEmbedShort: "voir le message",
    convertedMonthly: (currency: string, low: string, high: string, marks: string) =>
      `Montants en ${currency} convertis au taux du mois de chacun, de ${low} à ${high} ${marks}`.trim(),
    converted: (currency: string, rate: string, asOf: string) =>
      `Montants en ${currency} convertis au taux ${rate} (taux des données ${at(asOf)})`,
    reportedNote:
      "Barre en pointillés\u00a0: levée signalée (discussions ou fuite), non finalisée\u00a0; jamais comptée dans un total",
    undisclosedNote:
      "Pas de barre quand un montant n'est pas communiqué ou pas dans les données\u00a0: inconnu, pas zéro",
    noRateNote: (currency: string) =>
      `Pas de barre quand les données n'ont pas de taux de change vers les ${currency}\u00a0: montant donné tel quel`,
    footer: (date: string) => `Sources\u00a0: voir le message · données ${at(date)}`,
    noRate: "pas de taux\u00a0: non représenté",
    alt: {
      noBar: "pas de barre",
      noRate: "non représenté\u00a0: pas de taux de change",
      reported: "signalée, non finalisée",
    },
  },

  bot: {
    olderButton: "Ce bouton vient d'une ancienne version du bot. Relancez la commande.",
    expired: "Ces boutons ont expiré. Relancez la commande pour en avoir de nouveaux.",
    notOwner:
      "Seule la personne qui a posé la question peut parcourir cette liste. Essayez `/funding` pour la vôtre.",
    pickCompany: "Choisissez une entreprise dans le menu pour comparer.",
    restarting: "Le bot redémarre. Réessayez dans quelques secondes.",
    restartingAsk: "Le bot redémarre. Reposez votre question dans quelques secondes.",
    unknownCommand: "Je ne connais plus cette commande. Essayez `/about`.",
    rateLimited: (seconds: number) => `Vous allez vite ! Attendez ${seconds} s et réessayez.`,
    rateLimitedAsk: (seconds: number) =>
      `Vous allez vite ! Attendez ${seconds} s avant de reposer votre question.`,
    error: (id: string) =>
      `Désolé, une erreur est survenue pendant la réponse. (identifiant d'erreur \`${id}\` ; le propriétaire du bot peut le retrouver dans le journal)`,
  },
} satisfies Messages;
