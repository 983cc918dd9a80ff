// Questions asked in French (with and without accents, some with typos): the answer comes back in
// French, its figures written the French way ("2,86 Md $", "avril 2023").
import { describe, it } from "vitest";
import { type Case, check } from "./ask.js";

const cases: Case[] = [
  {
    q: "Qui a levé le plus, Mistral ou Hugging Face ?",
    intent: "compare",
    winner: "Mistral AI a levé le plus",
    says: ["environ 2,86 Md $", "contre 395 M $ (août 2023) pour Hugging Face"],
    converted: true,
  },
  {
    q: "Mistral ou Dust, qui a levé le plus ?",
    winner: "Mistral AI a levé le plus",
    says: ["21 M $ (juin 2024) pour Dust"],
  },
  {
    q: "Qui est le mieux valorisé, Mistral ou Hugging Face ?",
    metric: "valuation",
    winner: "Mistral AI est la mieux valorisée",
    says: ["11,7 Md €"],
    sourcesDiffer: true,
  },
  {
    q: "Est-ce que H vaut plus que Dust ?",
    metric: "valuation",
    says: ["Impossible de désigner un gagnant", "non communiqué pour H Company et Dust"],
  },
  {
    q: "Photoroom vaut-elle plus que Poolside ?",
    winner: "Poolside est la mieux valorisée",
    says: ["500 M $"],
  },
  {
    q: "Compare Mistral, H et Poolside",
    locale: "fr",
    winner: "Mistral AI a levé le plus",
    says: ["626 M $"],
  },
  { q: "Qui a levé plus entre Photoroom et Presti ?", winner: "Photoroom a levé le plus", says: ["3,5 M $"] },
  { q: "Qui a fondé Photoroom ?", intent: "founders", says: ["Photoroom a été fondée par Matthieu Rouif"] },
  { q: "Qui a fondé Poolside ?", says: ["Jason Warner et Eiso Kant"] },
  { q: "Qui a fondé H ?", companies: ["h-company"], says: ["Charles Kantor, Laurent Sifre et Karl Tuyls"] },
  { q: "qui a fonde mistral", says: ["Mistral AI a été fondée par Arthur Mensch"] },
  { q: "Qui dirige H ?", intent: "founders", says: ["Gautier Cloix"] },
  { q: "Qui sont les fondateurs de Dust ?", says: ["Stanislas Polu et Gabriel Hubert"] },
  { q: "Qui est Arthur Mensch ?", intent: "person", says: ["Arthur Mensch a fondé Mistral AI"] },
  { q: "Qui est Yann LeCun ?", says: ["Yann LeCun a fondé AMI Labs"] },
  {
    q: "Combien a levé Dust ?",
    metric: "total-raised",
    says: ["Dust a levé 21 M $ au total", "la série A (juin 2024)"],
  },
  { q: "Combien Mistral a-t-elle levé au total ?", says: ["1,1 Md $", "1,7 Md €"], converted: true },
  { q: "combien a leve hugingface", companies: ["hugging-face"], says: ["395 M $"] },
  { q: "Combien a levé Photoroom ?", says: ["62,1 M $"], sourcesDiffer: true },
  {
    q: "Quelle est la dernière levée de Mistral ?",
    metric: "latest-round",
    says: ["la série C, 1,7 Md €", "Menée par ASML"],
  },
  { q: "Quand Photoroom a-t-elle levé des fonds ?", metric: "round-date", says: ["en mars 2024"] },
  { q: "Quelle est la valorisation de H ?", metric: "valuation", says: ["n'est pas communiquée"] },
  { q: "Combien vaut Poolside ?", says: ["3 Md $", "12 Md $"] },
  { q: "Quelle est la valorisation de Hugging Face ?", says: ["4 Md $"], sourcesDiffer: true },
  { q: "Quand Mistral a-t-elle été fondée ?", metric: "founded", says: ["fondée en avril 2023"] },
  {
    q: "Qui sont les investisseurs de Photoroom ?",
    intent: "investors",
    says: ["Balderton", "Aglaé Ventures"],
  },
  { q: "Qui a investi dans Mistral ?", says: ["General Catalyst", "ASML"] },
  { q: "Quel est le chiffre d'affaires de Hugging Face ?", metric: "revenue", says: ["environ 130 M $"] },
  { q: "Quel est l'ARR de Photoroom ?", says: ["65 M $"], sourcesDiffer: true },
  { q: "Combien d'utilisateurs a Photoroom ?", metric: "users", says: ["9,76 M"] },
  { q: "Combien de salariés chez Mistral ?", metric: "employees", says: ["environ 250"] },
  { q: "C'est quoi Le Chat ?", found: "product:le-chat", says: ["Le Chat est un produit de Mistral AI"] },
  { q: "Qu'est-ce que Runner H ?", says: ["produit de H Company"] },
  { q: "Que fait Dust ?", intent: "describe", says: ["Dust :"] },
  { q: "Parle-moi de Photoroom", intent: "profile", says: ["62,1 M $"] },
  { q: "Quelles startups font de l'image ?", intent: "category", says: ["Photoroom et Presti"] },
  { q: "Quelles startups font de la vidéo ?", says: ["Submagic et Argil"] },
  { q: "Quelle startup a levé le plus ?", intent: "ranking", says: ["Mistral AI a levé le plus"] },
  {
    q: "Quelle est la plus grosse levée de 2024 ?",
    metric: "biggest-round",
    says: ["la série B, 640 M $ (juin 2024)"],
  },
  {
    q: "Quelle entreprise est la mieux valorisée ?",
    metric: "valuation",
    says: ["Mistral AI a la plus haute valorisation"],
  },
  { q: "Quelles sont les dernières levées ?", metric: "round-date", says: ["AMI Labs"] },
  {
    q: "Combien la France investit-elle dans l'IA ?",
    intent: "ecosystem",
    says: ["109 Md €"],
    sourcesDiffer: true,
  },
  {
    q: "C'est quoi la stratégie nationale de 2018 ?",
    found: "ecosystem:ai-for-humanity-2018",
    says: ["1,5 Md €"],
  },
  {
    q: "Combien de fondateurs sont passés par Polytechnique ?",
    found: "ecosystem:founders-polytechnique",
    says: ["57\u202f%"],
  },
  { q: "Qui est le ministre de l'IA ?", intent: "ecosystem", says: ["Clara Chappaz"] },
  { q: "Combien de startups IA en France ?", says: ["1\u202f114"] },
  { q: "Combien a levé OpenAI ?", kind: "help", reason: "unknown-entity", says: ["Je ne trouve pas ce nom"] },
  { q: "Bonjour", kind: "help", reason: "empty", says: ["Posez-moi une question"] },
];

describe("questions in French", () => {
  it.each(cases)("$q", (c) => {
    check(c, "fr");
  });
});

export const FRENCH_COUNT = cases.length;
