// Every word the renderers and the bot's notices write, in Arabic (keys: see en.ts). Figures as the
// question engine writes them: "2.86 مليار دولار", "9 سبتمبر 2025". Latin names and numbers are
// isolated for right-to-left reading when the reply is rendered (src/i18n/bidi.ts), not here.
import type { Messages } from "./en.js";
import type { NumberWords } from "./format.js";
import type { Language } from "./language.js";

const MONTHS = [
  "يناير",
  "فبراير",
  "مارس",
  "أبريل",
  "مايو",
  "يونيو",
  "يوليو",
  "أغسطس",
  "سبتمبر",
  "أكتوبر",
  "نوفمبر",
  "ديسمبر",
];

const numbers: NumberWords = {
  million: "مليون",
  billion: "مليار",
  decimal: ".",
  group: ",",
  currencyFirst: false,
  currency: { USD: "دولار", EUR: "يورو" },
  percent: "%",
  months: MONTHS,
  shortMonths: MONTHS,
  firstDay: "1",
  atLeast: "أكثر من",
  about: "نحو",
};

/** A counted noun: one, two (the dual), three to ten (the plural), eleven and more (the singular). */
function count(n: number, forms: { one: string; two: string; few: string; many: string }): string {
  if (n === 1) return forms.one;
  if (n === 2) return forms.two;
  return `${n} ${n >= 3 && n <= 10 ? forms.few : forms.many}`;
}

const COMPLETED_ROUNDS = {
  one: "جولة مكتملة واحدة",
  two: "جولتان مكتملتان",
  few: "جولات مكتملة",
  many: "جولة مكتملة",
};

export const ar = {
  language: "ar" as Language,
  numbers,
  list: { separator: "، ", last: " و" },
  colon: ": ",
  comma: "، ",
  semicolon: "؛ ",
  versus: " مقابل ",
  quote: (text: string) => `«${text}»`,
  stages: {
    "pre-seed": "جولة ما قبل البذرة",
    seed: "الجولة البذرية",
    "series-a": "جولة الفئة A",
    "series-b": "جولة الفئة B",
    "series-c": "جولة الفئة C",
    "series-d": "جولة الفئة D",
    "series-e": "جولة الفئة E",
    "series-f": "جولة الفئة F",
    ipo: "الطرح العام الأولي",
    debt: "تمويل بالدين",
    grant: "منحة",
    other: "جولة",
  },
  categories: {
    "foundation-models": "النماذج الأساسية",
    "open-source-platform": "منصة مفتوحة المصدر",
    agents: "وكلاء الذكاء الاصطناعي",
    image: "الصور",
    coding: "البرمجة",
    "enterprise-assistant": "مساعد المؤسسات",
    video: "الفيديو",
    voice: "الصوت",
    robotics: "الروبوتات",
    health: "الصحة",
    research: "البحث",
    "world-models": "نماذج العالم",
    "developer-tools": "أدوات المطورين",
    "data-infrastructure": "البنية التحتية للبيانات",
    search: "البحث عن المعلومات",
    "autonomous-vehicles": "المركبات ذاتية القيادة",
    "drug-discovery": "اكتشاف الأدوية",
    security: "الأمن",
    defence: "الدفاع",
    compute: "الحوسبة والرقائق",
    legal: "القانون",
    finance: "المالية",
    insurance: "التأمين",
    "customer-service": "خدمة العملاء",
    marketing: "التسويق",
    retail: "التجارة",
    industry: "الصناعة",
    "climate-energy": "المناخ والطاقة",
    sports: "الرياضة",
    hr: "الموارد البشرية والتوظيف",
    agriculture: "الزراعة",
    media: "الإعلام",
  },

  roles: {
    ceo: "الرئيس التنفيذي",
    cto: "المدير التقني",
    coo: "مدير العمليات",
    cfo: "المدير المالي",
    "chief-scientist": "كبير العلماء",
    "chief-product-officer": "مدير المنتجات",
    chair: "رئيس مجلس الإدارة",
    "executive-chair": "الرئيس التنفيذي لمجلس الإدارة",
    president: "الرئيس",
    "managing-director": "المدير العام",
    "research-director": "مدير البحث",
  },
  tenure: {
    since: (roles: string, date: string) => `${roles} منذ ${date}`,
    until: (roles: string, date: string) => `${roles} حتى ${date}`,
    left: (date: string) => `غادر في ${date}`,
    cofounder: "مؤسس مشارك",
  },
  status: {
    independent: "مستقلة",
    acquired: (by: string, date: string) => `استحوذت عليها ${by} (${date})`,
    price: (price: string) => `مقابل ${price}`,
    priceUndisclosed: "السعر غير معلن",
    listed: (market: string, date: string) => `مدرجة في ${market} (${date})`,
    ticker: (ticker: string) => `الرمز ${ticker}`,
    merged: (other: string, date: string) => `اندمجت مع ${other} (${date})`,
    closed: (date: string) => `أُغلقت (${date})`,
  },
  valuationBasis: { "pre-money": "قبل التمويل", "post-money": "بعد التمويل" },
  figures: {
    undisclosed: "غير معلن",
    notInData: "غير موجود في البيانات",
    sourcesDiffer: "المصادر تختلف",
    reportedRaise: "تمويل مُفاد عنه",
    roundName: (stage: string, date: string) => `${stage}، ${date}`,
    ledBy: (names: string) => `بقيادة ${names}`,
    withOthers: (names: string) => `بمشاركة ${names}`,
    investors: (names: string) => `المستثمرون: ${names}`,
    valuation: (value: string) => `التقييم ${value}`,
    totalAfter: (value: string) => `الإجمالي بعدها: ${value}`,
    reportedNotCompleted: "(مُفاد عنها، غير مكتملة)",
    totalAfterRound: (amount: string, round: string) => `${amount} (بعد ${round})`,
    totalSince: (amount: string, round: string, since: string) =>
      `${amount} بعد ${round}؛ ومنذ ذلك الحين ${since}`,
    inAll: (amount: string) => `المجموع ${amount}`,
    sumOfRounds: (amount: string, n: number) =>
      `${amount} (مجموع ${count(n, { one: "الجولة الوحيدة المسجلة", two: "الجولتين المسجلتين", few: "جولات مسجلة", many: "جولة مسجلة" })}؛ لا يوجد إجمالي معلن)`,
    rateAsOf: (rate: string, date: string) => `${rate}، حتى ${date}`,
    convertedAt: (rate: string) => `حُوّل بسعر ${rate}`,
    converted: (text: string) => `بعد التحويل: ${text}`,
    seedArticle: "المقال المرجعي",
    undated: "بلا تاريخ",
    dataAsOf: (date: string) => `البيانات حتى ${date}`,
    newestShown: (date: string) => `أحدث رقم معروض: ${date}`,
  },

  disputes: {
    amount: "المبلغ",
    valuation: "التقييم",
    totalAfterRound: "الإجمالي بعد الجولة",
    totalRaised: "إجمالي التمويل",
    description: "الوصف",
    founded: "التأسيس",
    headquarters: "المقر",
    background: (name: string) => `سيرة ${name}`,
    productDescription: (product: string) => `${product}: الوصف`,
  },

  labels: {
    founded: "التأسيس",
    headquarters: "المقر",
    status: "الحالة",
    valuation: "التقييم",
    totalRaised: "إجمالي التمويل",
    latestRound: "أحدث جولة",
    reportedSince: "مُفاد عنها منذ ذلك الحين (غير مكتملة)",
    founder: "المؤسس",
    founders: "المؤسسون",
    people: "أشخاص",
    products: "المنتجات",
    metrics: "المؤشرات",
    notes: "ملاحظات",
    categories: "المجالات",
    category: "المجال",
    rounds: "الجولات",
    amount: "المبلغ",
    investors: "المستثمرون",
    totalAfter: "الإجمالي بعد الجولة",
    totalAfterShort: "الإجمالي بعدها",
    note: "ملاحظة",
    sources: "المصادر",
    sourcesDiffer: "المصادر تختلف",
    exchangeRate: "سعر الصرف المستخدم",
    nationalTotals: "الإجماليات الوطنية",
    reportedNotRanked: "مُفاد عنها، غير مكتملة (غير مرتبة)",
    unranked: "غير مرتبة (المبلغ غير معلن)",
    continued: "(تابع)",
  },

  profile: {
    noCompletedRound: "لا توجد جولة مكتملة في البيانات",
    noRound: "لا شيء في البيانات",
    roundsOnRecord: (n: number) => `${count(n, COMPLETED_ROUNDS)} في البيانات: انظر /funding`,
    roundsCount: (n: number) => `${count(n, COMPLETED_ROUNDS)} في البيانات`,
    launched: (date: string) => `الإطلاق: ${date}`,
    valuationTalks: (value: string, date: string) => `${value} في محادثات (أُفيد عنها: ${date})`,
    notCompleted: "(غير مكتملة)",
  },

  funding: {
    title: (company: string) => `${company}: جولات التمويل`,
    noRounds: "لا توجد جولة تمويل في البيانات.",
    reported: "مُفاد عنها، غير مكتملة",
    only: (stage: string | undefined, year: number | undefined, shown: number, all: number) =>
      `${stage ?? "الجولات"}${year !== undefined ? ` في ${year}` : ""} فقط: ${shown} من أصل ${all} مسجلة.`,
  },

  ranking: {
    largestRounds: (stage: string | undefined, year: number | undefined) =>
      `أكبر الجولات${stage !== undefined ? ` (${stage})` : ""}${year !== undefined ? ` في ${year}` : " المسجلة"}`,
    byTotal: "الشركات حسب إجمالي التمويل",
    byAmount: (stage: string | undefined, year: number | undefined) =>
      `الشركات حسب المبلغ المجموع${stage !== undefined ? ` (${stage})` : ""}${year !== undefined ? ` في ${year}` : ""}`,
    noMatch: "لا توجد جولة مكتملة في البيانات تطابق ذلك.",
    page: (from: number, to: number, total: number) => `${from}–${to} من ${total}`,
    more: (n: number) => `... و${n} أخرى`,
    comparedIn: (currency: string) => `المبالغ مقارنة بعملة ${currency}؛ تُرتَّب الجولات المكتملة فقط.`,
  },

  compare: {
    description: (currency: string) =>
      `رقمًا برقم، والمبالغ مقارنة بعملة ${currency}. «غير معلن» لا يُحتسب صفرًا أبدًا.`,
    intro: (currency: string) => `المبالغ مقارنة بعملة ${currency}. «غير معلن» لا يُحتسب صفرًا أبدًا.`,
    rows: {
      "total-raised": "إجمالي التمويل",
      "latest-round": "أحدث جولة",
      valuation: "التقييم",
      founded: "التأسيس",
      founders: "المؤسسون",
      category: "المجال",
    },
    leader: (names: string, several: boolean, rule: "highest" | "earliest") =>
      rule === "earliest"
        ? `${names} ${several ? "تأسست في الفترة نفسها" : "تأسست أولًا"}`
        : `${names} ${several ? "متساوية" : "في المقدمة"}`,
    noLeader: (why: string) => `لا يمكن تحديد الأعلى: ${why}`,
    notComparable: "غير قابل للمقارنة",
    afterConverting: "بعد تحويل العملات",
    figureDisputed: "أحد الأرقام مختلف عليه",
    notes: {
      undisclosedFor: (names: string) => `غير معلن لـ${names}`,
      valuationBasis: "لا متصدر: التقييم قبل التمويل لا يُقارن بالتقييم بعد التمويل",
      dependsOnSource: "الأعلى يتوقف على المصدر: المصادر تختلف حول أحد الأرقام",
      noFoundingDate: "تاريخ تأسيس غير موجود في البيانات",
      samePeriod: "تأسست في الفترة نفسها",
      trailingFloor: "أحد الأرقام المتأخرة حدّ أدنى («أكثر من»): لا يمكن تحديد الأعلى",
      approximate: "بعض الأرقام تقريبية",
    },
  },

  notices: {
    noMatchTitle: "ليست في بياناتي بعد",
    noMatch: (query: string, companies: number, date: string) =>
      `${query} ليست في بياناتي بعد (${companies} شركة حتى ${date}).`,
    emptyName: "لم يُذكر اسم شركة.",
    closest: (names: string) => `أقرب الأسماء: ${names}.`,
    tryAbout: (command: string) => `جرّب ${command} لمعرفة الشركات التي يعرفها البوت.`,
    ambiguousTitle: "هل تقصد…",
    ambiguous: (query: string, names: string, several: boolean) =>
      `${query} قد يعني ${names}. هل تقصد ${several ? "إحداها" : "هذه"}؟ أعد السؤال بالاسم الكامل.`,
    invalidTitle: "لا يمكن إجراء هذه المقارنة",
    sameCompany: (name: string, min: number, max: number) =>
      `ذكرت ${name} مرتين: تتطلب المقارنة من ${min} إلى ${max} شركات مختلفة.`,
    theSameCompany: "الشركة نفسها",
    tooFew: (min: number) => `تتطلب المقارنة ${min} شركات على الأقل.`,
    tooMany: (max: number) => `تقبل المقارنة ${max} شركات على الأكثر.`,
  },

  about: {
    title: "عن هذا البوت",
    intro:
      "إجابات عن منظومة الشركات الناشئة الفرنسية في الذكاء الاصطناعي. كل رقم موثق بمصدره وتاريخه؛ وحين تختلف المصادر تُعرض القيمتان.",
    knowsLabel: "ما يعرفه",
    knowsShort: "يعرف",
    knows: (c: {
      companies: number;
      rounds: number;
      people: number;
      investors: number;
      ecosystem: number;
      sources: number;
    }) =>
      [
        count(c.companies, { one: "شركة واحدة", two: "شركتان", few: "شركات", many: "شركة" }),
        count(c.rounds, {
          one: "جولة تمويل واحدة",
          two: "جولتا تمويل",
          few: "جولات تمويل",
          many: "جولة تمويل",
        }),
        count(c.people, { one: "شخص واحد", two: "شخصان", few: "أشخاص", many: "شخصًا" }),
        count(c.investors, { one: "مستثمر واحد", two: "مستثمران", few: "مستثمرين", many: "مستثمرًا" }),
        count(c.ecosystem, {
          one: "حقيقة وطنية واحدة",
          two: "حقيقتان وطنيتان",
          few: "حقائق وطنية",
          many: "حقيقة وطنية",
        }),
        `من ${count(c.sources, { one: "مصدر واحد", two: "مصدرين", few: "مصادر", many: "مصدرًا" })}`,
      ].join("، "),
    freshLabel: "حداثة البيانات",
    fresh: (data: string, oldest: string, newest: string) =>
      `البيانات حتى ${data}؛ المصادر من ${oldest} إلى ${newest}`,
    dataAsOf: "البيانات حتى",
    sourcesFrom: "المصادر من",
    range: (from: string, to: string) => `${from} إلى ${to}`,
    mostCited: "الأكثر استشهادًا",
    companies: "الشركات",
    moreCompanies: (count: number) => `و${count} شركة أخرى: اسأل /startup بالاسم`,
    categoriesLabel: "حسب الفئة",
    commandsLabel: "الأوامر",
    commands:
      "`/startup` بطاقة شركة · `/funding` الجولات والترتيب · `/compare` من شركتين إلى أربع · `/about`",
    project: "المشروع",
    hosted: (url: string | undefined) =>
      url === undefined
        ? "يستضيفه مالك هذا الخادم انطلاقًا من نسخة من مشروع landscape-bot"
        : `يستضيفه مالك هذا الخادم انطلاقًا من ${url}`,
    none: "لا شيء",
  },

  sources: {
    title: (about: string) => `المصادر: ${about}`,
    none: "لا تستشهد هذه الإجابة بأي مصدر.",
    intro: "كل رقم في الإجابة يحمل أرقام مصادره المذكورة أدناه.",
    fundingRanking: "ترتيب التمويل",
    folded: (count: number) =>
      `${count} مصدرًا مرقّمة كما في البطاقة: اضغط 📚 المصادر لقراءة عنوان كل مصدر ورابطه واقتباسه.`,
  },

  question: {
    evidence: "الأرقام",
    examples: "جرّب أن تسأل",
    commands: "الأوامر",
    didYouMean: "هل تقصد",
    more: (count: number) => `+ ${count} أخرى في الإجابة الكاملة`,
    moreFigures: (count: number) => `+ ${count} أرقام أخرى`,
  },

  components: {
    funding: "التمويل",
    sources: "المصادر",
    previous: "السابق",
    next: "التالي",
    compareWith: "قارن مع…",
    profile: "الملف التعريفي",
    fullComparison: "المقارنة الكاملة",
  },

  chart: {
    barChart: "مخطط أعمدة",
    currencies: { USD: "الدولار", EUR: "اليورو" },
    approximate: (amount: string) => `~ ${amount}`,
    includesConverted: (amounts: string) => `منها ${amounts} بعد التحويل`,
    fundingTitle: (company: string) => `${company}: التمويل حسب الجولة`,
    fundingSubtitle: (currency: string, total: string) =>
      `الجولات بترتيب تاريخي، والأعمدة ب${currency} ابتداءً من الصفر · ${total}`,
    totalRaised: (amount: string) => `إجمالي التمويل ${amount}`,
    totalUndisclosed: "إجمالي التمويل غير معلن",
    earlierRounds: (n: number) =>
      `${count(n, { one: "جولة أقدم واحدة", two: "جولتان أقدم", few: "جولات أقدم", many: "جولة أقدم" })} خارج المخطط`,
    compareSubtitle: (currency: string) => `الأعمدة ب${currency} ابتداءً من الصفر، ولكل رقم مقياسه الخاص`,
    companyFigure: (company: string, figure: string) => `${company}، ${figure}`,
    asOf: (date: string) => `حتى ${date}`,
    rankingSubtitle: (what: string, currency: string) => `${what}، والأعمدة ب${currency} ابتداءً من الصفر`,
    completedRounds: "الجولات المكتملة فقط",
    matchingRounds: "مجموع الجولات المكتملة المطابقة",
    totalsAndRounds: "الإجماليات المعلنة والجولات المكتملة",
    totalRaisedDetail: "إجمالي التمويل",
    totalAsOf: (date: string) => `الإجمالي حتى ${date}`,
    addedUp: (stages: string) => `مجموع ${stages}`,
    notRanked: "غير مرتبة",
    moreNotDrawn: (n: number) =>
      `${count(n, { one: "واحدة أخرى", two: "اثنتان أخريان", few: "أخرى", many: "أخرى" })} خارج المخطط`,
    reportedNotRanked: (n: number) =>
      `${count(n, { one: "جولة مُفاد عنها واحدة", two: "جولتان مُفاد عنهما", few: "جولات مُفاد عنها", many: "جولة مُفاد عنها" })} (غير مكتملة) خارج الترتيب`,
    disputed: (what: string, claims: string) => `${what}: المصادر تختلف: ${claims}`,
    disputedSeeEmbed: (what: string) => `${what}: المصادر تختلف (انظر الرسالة)`,
    seeEmbed: (what: string) => `${what}: انظر الرسالة`,
    seeEmbedShort: "انظر الرسالة",
    convertedMonthly: (currency: string, low: string, high: string, marks: string) =>
      `حُوّلت المبالغ من ${currency} بسعر شهر كل مبلغ، من ${low} إلى ${high} ${marks}`.trim(),
    converted: (currency: string, rate: string, asOf: string) =>
      `حُوّلت المبالغ من ${currency} بسعر ${rate} (سعر البيانات بتاريخ ${asOf})`,
    reportedNote: "عمود بإطار متقطع: جولة مُفاد عنها (محادثات أو تسريب) غير مكتملة؛ لا تُحتسب في أي إجمالي",
    undisclosedNote: "لا عمود حيث المبلغ غير معلن أو غير موجود في البيانات: مجهول، وليس صفرًا",
    noRateNote: (currency: string) =>
      `لا عمود حيث لا يوجد في البيانات سعر صرف إلى ${currency}: المبلغ معروض كما ورد`,
    footer: (date: string) => `المصادر: انظر الرسالة · البيانات حتى ${date}`,
    noRate: "لا سعر صرف: غير مرسوم",
    alt: {
      noBar: "بلا عمود",
      noRate: "غير مرسوم: لا سعر صرف",
      reported: "مُفاد عنها، غير مكتملة",
    },
  },

  bot: {
    olderButton: "هذا الزر من إصدار أقدم من البوت. يرجى تشغيل الأمر من جديد.",
    expired: "انتهت صلاحية هذه الأزرار. شغّل الأمر من جديد للحصول على أزرار جديدة.",
    notOwner: "وحده من طرح السؤال يمكنه تصفح هذه القائمة. جرّب `/funding` لقائمتك.",
    pickCompany: "اختر شركة من القائمة للمقارنة.",
    restarting: "يُعاد تشغيل البوت. يرجى المحاولة بعد بضع ثوانٍ.",
    restartingAsk: "يُعاد تشغيل البوت. يرجى إعادة السؤال بعد بضع ثوانٍ.",
    unknownCommand: "لم أعد أعرف هذا الأمر. جرّب `/about`.",
    rateLimited: (seconds: number) => `أنت تسأل بسرعة! يرجى الانتظار ${seconds} ثانية ثم المحاولة مجددًا.`,
    rateLimitedAsk: (seconds: number) => `أنت تسأل بسرعة! يرجى الانتظار ${seconds} ثانية ثم إعادة السؤال.`,
    error: (id: string) =>
      `عذرًا، حدث خطأ أثناء الإجابة. (معرّف الخطأ \`${id}\`؛ يمكن لمالك البوت العثور عليه في السجل)`,
  },
} satisfies Messages;
