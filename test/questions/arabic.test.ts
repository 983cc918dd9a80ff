// Questions asked in Arabic, as the seed article names things (ميسترال, وجه العناق, غرفة التصوير,
// ح), with "و" glued to the next name: the answer comes back in Arabic.
import { describe, it } from "vitest";
import { type Case, check } from "./ask.js";

const cases: Case[] = [
  {
    q: "من أسس ميسترال؟",
    intent: "founders",
    companies: ["mistral-ai"],
    says: ["Arthur Mensch", "من تأسيس"],
  },
  { q: "من أسس غرفة التصوير؟", companies: ["photoroom"], says: ["Matthieu Rouif"] },
  { q: "من أسس ح؟", companies: ["h-company"], says: ["Charles Kantor"] },
  { q: "من هم مؤسسو Dust؟", says: ["Stanislas Polu", "Gabriel Hubert"] },
  { q: "من أسس Poolside؟", says: ["Jason Warner"] },
  { q: "من هو آرثر مينش؟", intent: "person", found: "person:arthur-mensch", says: ["أسس Mistral AI"] },
  { q: "من هو كليم ديلانج؟", found: "person:clement-delangue", says: ["Hugging Face"] },
  { q: "من هو يان لو كون؟", says: ["AMI Labs"] },
  { q: "من هو برنارد أرنو؟", says: ["استثمر في", "Photoroom"] },
  { q: "من هو تشارلز كانتوس؟", found: "person:charles-kantor", says: ["H Company"] },
  {
    q: "كم جمعت ميسترال؟",
    metric: "total-raised",
    says: ["1.1 مليار دولار", "1.7 مليار يورو", "جولة الفئة B"],
    converted: true,
  },
  {
    q: "كم جمعت ميسترال وداست؟",
    intent: "compare",
    companies: ["mistral-ai", "dust"],
    winner: "Mistral AI جمعت أكثر",
    says: ["21 مليون دولار (يونيو 2024) لـDust"],
  },
  { q: "ميسترال أم داست؟", companies: ["mistral-ai", "dust"], winner: "Mistral AI جمعت أكثر" },
  {
    q: "أيهما أعلى تقييما، ميسترال أم وجه العناق؟",
    metric: "valuation",
    winner: "Mistral AI أعلى تقييمًا",
    says: ["11.7 مليار يورو", "4 مليار دولار"],
    sourcesDiffer: true,
    converted: true,
  },
  { q: "أيهما جمع أكثر، Poolside أم Dust؟", winner: "Poolside جمعت أكثر", says: ["626 مليون دولار"] },
  { q: "أيهما أعلى تقييما، ح أم Dust؟", says: ["لا يمكن تحديد الأعلى", "غير معلن"] },
  {
    q: "قارن بين ميسترال و H و Poolside",
    companies: ["mistral-ai", "h-company", "poolside"],
    winner: "Mistral AI",
  },
  { q: "كم جمعت بريستي؟", companies: ["presti"], says: ["3.5 مليون دولار"] },
  { q: "كم جمعت وجه العناق؟", says: ["395 مليون دولار"] },
  { q: "كم جمعت غرفة التصوير؟", says: ["62.1 مليون دولار"], sourcesDiffer: true },
  {
    q: "ما هي أحدث جولة لميسترال؟",
    metric: "latest-round",
    says: ["جولة الفئة C", "1.7 مليار يورو", "ASML"],
  },
  { q: "متى تأسست ميسترال؟", metric: "founded", says: ["أبريل 2023"] },
  { q: "ما هو تقييم H؟", metric: "valuation", says: ["غير معلن"] },
  { q: "ما هو تقييم وجه العناق؟", says: ["4 مليار دولار"], sourcesDiffer: true },
  { q: "ما هو تقييم Photoroom؟", says: ["500 مليون دولار"] },
  { q: "من هم مستثمرو Photoroom؟", intent: "investors", says: ["Balderton"] },
  {
    q: "ما هي الإيرادات السنوية المتكررة لـPhotoroom؟",
    metric: "arr",
    says: ["65 مليون دولار"],
    sourcesDiffer: true,
  },
  { q: "كم عدد زيارات Hugging Face؟", metric: "visits", says: ["21.31 مليون"] },
  { q: "كم عدد موظفي ميسترال؟", metric: "employees", says: ["250"] },
  { q: "ما هي لي تشات؟", found: "product:le-chat", says: ["من منتجات Mistral AI"] },
  { q: "ماذا تفعل Dust؟", intent: "describe", says: ["Dust:"] },
  { q: "ما هي الشركات الناشئة في مجال الصور؟", intent: "category", says: ["Photoroom", "Presti"] },
  { q: "أي شركة جمعت أكبر تمويل؟", intent: "ranking", says: ["Mistral AI هي الأكثر جمعًا للتمويل"] },
  { q: "ما هي أكبر جولة في 2024؟", metric: "biggest-round", says: ["جولة الفئة B", "640 مليون دولار"] },
  {
    q: "كم تستثمر فرنسا في الذكاء الاصطناعي؟",
    intent: "ecosystem",
    says: ["109 مليار يورو"],
    sourcesDiffer: true,
  },
  { q: "ما هو ستارغيت؟", found: "ecosystem:stargate-and-deepseek", says: ["100 مليار دولار"] },
  {
    q: "كم نسبة المؤسسين الذين تخرجوا من البوليتكنيك؟",
    found: "ecosystem:founders-polytechnique",
    says: ["57%"],
  },
  {
    q: "كم جمعت الشركات الفرنسية في النصف الأول من 2024؟",
    found: "ecosystem:funding-h1-2024",
    says: ["2.29 مليار دولار"],
  },
  { q: "من هو وزير الذكاء الاصطناعي؟", intent: "ecosystem", says: ["Clara Chappaz"] },
  { q: "\u202Bمن أسس ميسترال؟\u202C", companies: ["mistral-ai"], says: ["Arthur Mensch"] },
  { q: "كم جمعت OpenAI؟", kind: "help", reason: "unknown-entity", says: ["لم أجد هذا الاسم"] },
  { q: "مرحبا", kind: "help", says: ["اسألني"] },
];

describe("questions in Arabic", () => {
  it.each(cases)("$q", (c) => {
    check(c, "ar");
  });
});

export const ARABIC_COUNT = cases.length;
