// Replies in the user's language: a French-locale card in French words and French figures, an
// Arabic one with its Latin names isolated, English unchanged, and every answer in every language
// within Discord's limits.
import { describe, expect, it } from "vitest";
import { inLanguage } from "../../src/answers/context.js";
import {
  type Answer,
  aboutBot,
  companyFunding,
  companyProfile,
  compareCompanies,
  fundingRanking,
} from "../../src/answers/index.js";
import { loadApp } from "../../src/app.js";
import { audienceOf } from "../../src/bot/audience.js";
import { componentsFor } from "../../src/bot/components.js";
import { errorReply, noticeReply } from "../../src/bot/respond.js";
import { FSI, LANGUAGES, type Language, messages, PDI, RLI, stripIsolates } from "../../src/i18n/index.js";
import { answerQuestion } from "../../src/questions/answer.js";
import { translatedNote } from "../../src/render/compare-cells.js";
import { renderDiscord } from "../../src/render/discord/index.js";
import { renderSourcesEmbed } from "../../src/render/discord/sources.js";
import { disputeWhat } from "../../src/render/phrases.js";
import { discordPayload, renderReplyText } from "../../src/render/reply.js";
import { renderText } from "../../src/render/text/index.js";
import { comparisonPairs } from "../answers/real-context.js";
import { checkDiscordLimits, payloadText } from "../render/discord-limits.js";

const app = loadApp();
const companies = app.data.companies;
/** The words of a reply to a user whose Discord is in `locale`, as the router decides them. */
const forLocale = (locale: string) => audienceOf({ kind: "command", locale, userId: "1" });
const FR = forLocale("fr").m;

/** Every kind of answer, from `ctx`'s dataset (the English one, or a translated copy). */
function everyAnswer(ctx: typeof app = app): Answer[] {
  const answers: Answer[] = [aboutBot(ctx)];
  for (const c of companies) answers.push(companyProfile(ctx, c.name), companyFunding(ctx, c.name));
  for (const [a, b] of comparisonPairs(companies)) answers.push(compareCompanies(ctx, [a.name, b.name]));
  const four = [...companies]
    .sort((x, y) => y.rounds.length - x.rounds.length)
    .slice(0, 4)
    .map((c) => c.name);
  answers.push(compareCompanies(ctx, four), compareCompanies(ctx, ["Mistral", "Mistral AI"]));
  answers.push(compareCompanies(ctx, ["Mistral"]), compareCompanies(ctx, ["A", "B", "C", "D", "E"]));
  for (const by of ["round", "company"] as const)
    for (const year of [undefined, 2023, 2024])
      for (const stage of [undefined, "series-b"] as const)
        answers.push(fundingRanking(ctx, { by, year, stage }));
  answers.push(fundingRanking(ctx, { by: "round", limit: 1000 }));
  answers.push(companyProfile(ctx, "Zzyzx Robotics"), companyProfile(ctx, ""), companyProfile(ctx, "Mist"));
  return answers;
}

const field = (answer: Answer, language: Language, name: string) =>
  renderDiscord(answer, messages(language))
    .embeds.flatMap((e) => e.fields ?? [])
    .find((f) => stripIsolates(f.name) === name)?.value ?? "";

describe("a French-locale card", () => {
  // As the router builds it: the dataset's own words in the reader's language too.
  const mistral = companyProfile(inLanguage(app, "fr"), "Mistral");
  const payload = renderDiscord(mistral, FR);
  const text = payloadText(payload);

  it("labels Mistral's figures in French", () => {
    const names = payload.embeds.flatMap((e) => e.fields ?? []).map((f) => f.name);
    for (const label of ["Création", "Valorisation", "Total levé", "Dernière levée", "Sources"])
      expect(names).toContain(label);
    expect(payload.embeds.at(-1)?.footer?.text).toMatch(/^Données au 23 juin 2026/);
  });

  it("writes amounts and dates the French way", () => {
    const latest = payload.embeds[0]?.fields?.find((f) => f.name === "Dernière levée")?.value ?? "";
    expect(latest).toContain("Série C, 9 sept. 2025");
    expect(latest).toContain("1,7 Md €");
    expect(latest).toContain("menée par ASML");
    expect(text).toContain("≈ 3,31 Md $");
    expect(text).toContain("1 EUR = 1,1824 USD");
  });

  it("leaves no English word of the renderer, only the data's own text", () => {
    for (const english of [
      "Total raised",
      "Latest round",
      "Founded",
      "undisclosed",
      "sources differ",
      "Data as of",
      "Seed article",
      "completed rounds",
    ])
      expect(text, english).not.toContain(english);
    const latest = field(mistral, "fr", "Dernière levée");
    for (const english of ["led by", " bn", "valuation", "EUR", "USD"])
      expect(latest, english).not.toContain(english);
    // The dataset's own words are translated too; names and quotes of sources are not.
    expect(text).toContain("La principale entreprise européenne de modèles d'IA");
    expect(text).not.toContain("Europe's leading AI model company");
    expect(text).toContain("10 Md € pré-money");
    // The card lists its many sources briefly; the Sources button's list names them in full, as written.
    expect(payloadText(renderSourcesEmbed(mistral, "Mistral AI", FR))).toContain(
      "Mistral AI raises 600 mln euros, led by General Catalyst",
    );
  });

  it("shows Hugging Face's disputed valuation in French, both values with their sources", () => {
    const valuation = field(companyProfile(app, "Hugging Face"), "fr", "Valorisation");
    expect(valuation).toMatch(
      /⚠️ les sources divergent : 4 Md \$.*\[\d+(, \d+)*\].*4,5 Md \$.*\[\d+(, \d+)*\]/,
    );
  });

  it("puts the comparison, the ranking and the notices in French", () => {
    const compared = payloadText(renderDiscord(compareCompanies(app, ["Mistral", "Hugging Face"]), FR));
    expect(compared).toContain("Mistral AI contre Hugging Face");
    expect(compared).toContain("Mistral AI est en tête (après conversion des devises)");
    const ranking = renderDiscord(fundingRanking(app, { by: "round", year: 2024 }), FR);
    expect(ranking.embeds[0]?.title).toBe("Plus grosses levées en 2024");
    expect(ranking.embeds[0]?.description).toMatch(
      /^\*\*1\.\*\* \*\*Mistral AI\*\* : Série B, 11 juin 2024 : /,
    );
    const missing = payloadText(renderDiscord(companyProfile(app, "Zzyzx Robotics"), FR));
    expect(missing).toMatch(
      /«\u00a0Zzyzx Robotics\u00a0» n'est pas encore dans mes données \(\d+ entreprises au 23 juin 2026\)\./,
    );
    const twice = payloadText(renderDiscord(compareCompanies(app, ["Mistral", "Mistral AI"]), FR));
    expect(twice).toContain("Vous avez cité **Mistral AI** deux fois");
  });

  it("labels the buttons and the bot's notes in French", () => {
    const rows = componentsFor(mistral, app, forLocale("fr"));
    const labels = rows.flatMap((r) =>
      r.components.map((c) => ("label" in c ? c.label : "placeholder" in c ? c.placeholder : "")),
    );
    expect(labels).toEqual(["Levées", "Sources", "Comparer avec…"]);
    expect(errorReply("abc123", forLocale("fr")).content).toContain("identifiant d'erreur `abc123`");
    const sources = payloadText(renderSourcesEmbed(mistral, "Mistral AI", FR));
    expect(sources).toContain("Sources : Mistral AI");
    expect(sources).toContain("Article de référence (févr. 2025), FACTS M4, L19, L22, L33");
  });

  it("writes the terminal's card in French too", () => {
    const text = renderReplyText(mistral, FR);
    expect(text).toMatch(/Total levé\s+2,8 Md €/);
    expect(text).toContain("Données au 23 juin 2026");
  });
});

describe("an Arabic reply", () => {
  it("isolates the Latin names and numbers of an Arabic question's answer and its card", () => {
    const answer = answerQuestion("من أسس ميسترال؟", { ...app, locale: "en-US" });
    const { m } = audienceOf({ kind: "question", understanding: answer.understanding, userId: "1" });
    const text = payloadText(discordPayload(answer, m));
    expect(text).toContain(`${FSI}Mistral AI${PDI}`);
    expect(text).toContain(`${FSI}Arthur Mensch${PDI}`);
    expect(text).toContain("البيانات حتى");
    expect(text).not.toContain("Founders");
    // The card its Profile button opens is the Arabic one, not the English.
    const card = payloadText(discordPayload(companyProfile(inLanguage(app, m.language), "Mistral"), m));
    expect(card).toContain("أحدث جولة");
    expect(card).not.toContain("Latest round");
  });

  it("reads each Arabic line right to left and keeps figures in one piece", () => {
    const latest = field(companyProfile(app, "Mistral"), "ar", "أحدث جولة");
    for (const line of latest.split("\n"))
      expect(line.startsWith(RLI) && line.endsWith(PDI), line).toBe(true);
    expect(latest).toContain(`${FSI}1.7${PDI} مليار يورو`);
    expect(latest).toContain(`${FSI}ASML${PDI}`);
    expect(latest).toContain("جولة الفئة");
  });

  it("names a field that goes on in the next one in Arabic too, right to left", () => {
    const names = renderDiscord(companyProfile(app, "Photoroom"), messages("ar"))
      .embeds.flatMap((e) => e.fields ?? [])
      .map((f) => f.name);
    expect(names).toContain(`${RLI}⚠️ المصادر تختلف${PDI}`);
    expect(names).toContain(`${RLI}⚠️ المصادر تختلف (تابع)${PDI}`);
  });

  it("isolates the data's English sentences whole", () => {
    const profile = renderDiscord(companyProfile(app, "Mistral"), messages("ar"));
    expect(profile.embeds[0]?.description).toContain(
      `${FSI}Europe's leading AI model company, focused on open-source models.${PDI}`,
    );
  });

  it("sends the bot's notes in Arabic, right to left", () => {
    const note = noticeReply(messages("ar").bot.rateLimitedAsk(12), { language: "ar" }).content ?? "";
    expect(note.startsWith(RLI)).toBe(true);
    expect(note).toContain(`${FSI}12${PDI}`);
  });
});

describe("English replies", () => {
  it("are what every locale but French gets", () => {
    for (const answer of [companyProfile(app, "Mistral"), compareCompanies(app, ["H", "Dust"])])
      for (const locale of ["en-US", "en-GB", "de", "ja"]) {
        expect(renderDiscord(answer, forLocale(locale).m)).toEqual(renderDiscord(answer, messages("en")));
        expect(renderText(answer, forLocale(locale).m)).toBe(renderText(answer, messages("en")));
      }
  });
});

describe("every answer in every language", () => {
  const answers = everyAnswer();
  // French and Arabic readers get the translated dataset, whose texts are longer than English.
  const inEach = new Map(LANGUAGES.map((language) => [language, everyAnswer(inLanguage(app, language))]));

  it.each(LANGUAGES)("fits in a Discord message in %s", (language) => {
    for (const answer of inEach.get(language) ?? []) {
      const payload = renderDiscord(answer, messages(language));
      const what = `${answer.kind} ${JSON.stringify("company" in answer ? answer.company?.name : "")}`;
      expect(checkDiscordLimits(payload), what).toEqual([]);
      for (const e of payload.embeds) expect(JSON.stringify(e), what).not.toContain("undefined");
    }
  });

  it.each(LANGUAGES)("writes terminal text in %s with every source and the as-of line", (language) => {
    const m = messages(language);
    for (const answer of inEach.get(language) ?? []) {
      const text = stripIsolates(renderText(answer, messages(language)));
      expect(text).toContain(m.figures.dataAsOf("").trim());
      if (answer.kind !== "about")
        for (const source of answer.sources) expect(text, answer.kind).toContain(`[${source.n}]`);
    }
  });

  it("has French and Arabic words for every note a comparison gives and every disputed figure", () => {
    for (const answer of answers) {
      if (answer.kind === "comparison")
        for (const row of answer.rows)
          if (row.note !== undefined)
            for (const language of ["fr", "ar"] as const)
              expect(translatedNote(row, answer, messages(language)), row.note).toBeDefined();
      if (answer.kind === "company-profile" || answer.kind === "company-funding")
        for (const dispute of answer.disputes) {
          const metric = "metrics" in answer && answer.metrics.some((x) => x.label === dispute.what);
          if (!metric) expect(disputeWhat(dispute.what, messages("fr")), dispute.what).not.toBe(dispute.what);
        }
    }
  });
});
