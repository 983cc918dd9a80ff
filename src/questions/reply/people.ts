// "Who is Arthur Mensch?", "what did Accel invest in?": a person or an investor, with the companies
// they founded, work at or backed, and the ecosystem facts that name them (Arnault's 2024 AI
// investments, LeCun's Turing Award). Built from the building blocks with its own numbered sources.
import { companiesOfPerson } from "../../answers/company-facts.js";
import { backingsOf, investorOfPerson, investorWithId, personWithId } from "../../answers/lookup.js";
import { SourceBook } from "../../answers/sources.js";
import type { Investor, Landscape, Person } from "../../data/schema.js";
import type { Messages } from "../../i18n/index.js";
import { messages } from "../../i18n/index.js";
import { positionText } from "../../i18n/position.js";
import { normalize } from "../../search/normalize.js";
import { fill, formatDate, formatList, formatMoney, joinColon } from "../format.js";
import type { Evidence, FoundEntity } from "../types.js";
import { type Draft, figureEvidence, type ReplyContext, roundLabel } from "./common.js";

interface Backing {
  company: string;
  label: string;
  sources: number[];
}

function backings(data: Landscape, book: SourceBook, investor: Investor, words: Messages): Backing[] {
  return backingsOf(data, investor.id).map(({ company, round, part }) => ({
    company: company.name,
    label: joinColon(words, company.name, roundLabel(round, words)),
    sources: book.cite(part.cite, round.date),
  }));
}

/** Ecosystem facts whose keywords name the person (by name or alias). */
function factsNaming(data: Landscape, person: Person): Landscape["ecosystem"] {
  const names = new Set([person.name, ...person.aliases].map(normalize));
  const last = normalize(person.name).split(" ").at(-1);
  if (last !== undefined && last.length >= 4) names.add(last);
  return data.ecosystem.filter((f) => f.keywords.some((k) => names.has(normalize(k))));
}

export function personReply(rc: ReplyContext, entity: FoundEntity): Draft {
  const { words, ctx } = rc;
  const { data } = ctx;
  const book = new SourceBook(data);
  const person = entity.kind === "person" ? personWithId(data, entity.id) : undefined;
  const investor =
    (entity.kind === "investor" ? investorWithId(data, entity.id) : undefined) ??
    (person === undefined ? undefined : investorOfPerson(data, person.id));
  const name = person?.name ?? investor?.name ?? entity.name;
  const sentences: string[] = [];
  const evidence: Evidence[] = [];

  if (person?.background !== undefined)
    evidence.push(
      figureEvidence(words.answers.labels.background, book.fact(person.background), (t) => t, words),
    );
  if (person !== undefined) {
    const links = companiesOfPerson(data, person.id);
    const founded = links.filter((l) => l.founder).map((l) => l.company);
    if (founded.length > 0)
      sentences.push(
        fill(words, "personFounded", {
          person: name,
          companies: formatList(
            founded.map((c) => c.name),
            words,
          ),
        }),
      );
    for (const link of links.filter((l) => !l.founder)) {
      const position = link.company.people.find((p) => p.person === person.id);
      sentences.push(
        fill(words, "personWorksAt", {
          person: name,
          company: link.company.name,
          role: position === undefined ? "" : (positionText(position, messages(words.language)) ?? ""),
        }).replace(/ ?: \.$/, "."),
      );
    }
    for (const link of links) {
      const entry = [...link.company.founders, ...link.company.people].find((p) => p.person === person.id);
      if (entry !== undefined)
        evidence.push({
          label: link.company.name,
          text: positionText(entry, messages(words.language)) ?? words.labels.founders,
          sources: book.cite(entry.cite),
        });
    }
  }
  if (investor !== undefined) {
    const backed = backings(data, book, investor, words);
    const companies = [...new Set(backed.map((b) => b.company))];
    if (companies.length > 0) {
      const via = person !== undefined && investor.name !== name ? ` (${investor.name})` : "";
      sentences.push(
        fill(words, person !== undefined ? "personInvested" : "investorPortfolio", {
          person: name,
          investor: name,
          companies: `${formatList(companies, words)}${via}`,
        }),
      );
    }
    for (const b of backed) evidence.push({ label: b.label, text: investor.name, sources: b.sources });
    if (investor.description !== undefined)
      evidence.push(
        figureEvidence(words.answers.labels.description, book.fact(investor.description), (t) => t, words),
      );
  }
  for (const fact of person === undefined ? [] : factsNaming(data, person)) {
    evidence.push(figureEvidence(fact.title, book.fact(fact.text), (t) => t, words));
    for (const figure of fact.figures) {
      const value = "currency" in figure.value ? figure.value : undefined;
      if (value !== undefined)
        evidence.push({
          label: figure.label,
          text: `${figure.bound === "at-least" ? `${words.numbers.atLeast} ` : ""}${formatMoney(value, words)} (${formatDate(figure.asOf, words)})`,
          sources: book.cite(figure.cite, figure.asOf),
        });
    }
  }
  for (const note of person?.notes ?? [])
    evidence.push({
      label: formatDate(note.asOf, words),
      text: note.text,
      sources: book.cite(note.cite, note.asOf),
    });
  if (sentences.length === 0) {
    const background = person?.background?.claims[0]?.value ?? investor?.description?.claims[0]?.value ?? "";
    sentences.push(fill(words, "personKnown", { person: name, background }).replace(/: $/, "."));
  }
  return { title: name, headline: sentences.join(" "), evidence, notes: [], ...book.done() };
}
