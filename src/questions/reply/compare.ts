// Several companies measured against each other: the answer first ("Mistral AI raised more: ..."),
// then each company's figure with its sources. The comparison itself is /compare's answer; this
// reads the row the question asks about. "Undisclosed" is never zero: then no winner is named.

import { metricOf } from "../../answers/company-facts.js";
import { compareCompanies } from "../../answers/compare.js";
import { SourceBook } from "../../answers/sources.js";
import type { ComparisonAnswer, ComparisonRow, MetricView } from "../../answers/types.js";
import { metricView } from "../../answers/views.js";
import type { Company } from "../../data/schema.js";
import type { Messages } from "../../i18n/index.js";
import type { TemplateKey } from "../format.js";
import { convertedNote, fill, formatDate, formatList, formatRate, joinColon } from "../format.js";
import type { Evidence, QuestionMetric } from "../types.js";
import { cellDispute, cellSources, cellText } from "./cells.js";
import { type Draft, figureEvidence, primary, type ReplyContext, sourcesOf } from "./common.js";
import { METRIC_KINDS, metricValue } from "./company.js";

const MAX_COMPARED = 4;

const ROW_OF: Partial<Record<QuestionMetric, string>> = {
  "total-raised": "total-raised",
  "latest-round": "latest-round",
  "biggest-round": "latest-round",
  "round-date": "latest-round",
  valuation: "valuation",
  founded: "founded",
};

const TEMPLATE_OF: Record<string, TemplateKey> = {
  "total-raised": "compareTotal",
  "latest-round": "compareRound",
  valuation: "compareValuation",
  founded: "compareFounded",
};

interface Side {
  name: string;
  text: string;
  sources: number[];
  /**
   * Why the side has no figure to rank: the company kept it secret, the data has none, or (a total)
   * it adds the disclosed rounds beside one that wasn't, so it is shown but can't be ranked.
   */
  missing?: "undisclosed" | "not-in-data" | "partly-undisclosed" | undefined;
}

/** The sentence stating who leads, or why no one can be named. */
function verdict(
  rc: ReplyContext,
  metric: string,
  templateKey: TemplateKey,
  sides: Side[],
  leader?: string[],
): string {
  const { words } = rc;
  const forCompany = (s: Side) => fill(words, "forCompany", { value: s.text, company: s.name });
  if (leader !== undefined && leader.length === 1) {
    const winner = sides.find((s) => s.name === leader[0]);
    if (winner !== undefined)
      return fill(words, templateKey, {
        winner: winner.name,
        metric,
        lead: winner.text,
        others: formatList(sides.filter((s) => s !== winner).map(forCompany), words),
      });
  }
  if (leader !== undefined && leader.length > 1) {
    const first = sides.find((s) => leader.includes(s.name));
    return fill(words, "compareTie", {
      companies: formatList(leader, words),
      metric,
      lead: first?.text ?? "",
    });
  }
  const secret = sides.filter((s) => s.missing === "undisclosed").map((s) => s.name);
  const absent = sides.filter((s) => s.missing === "not-in-data").map((s) => s.name);
  const partly = sides.filter((s) => s.missing === "partly-undisclosed").map((s) => s.name);
  if (secret.length + absent.length + partly.length > 0) {
    const known = sides
      .filter((s) => s.missing === undefined || s.missing === "partly-undisclosed")
      .map((s) => `${joinColon(words, s.name, s.text)}.`)
      .join(" ");
    // "Dust undisclosed", "Mistral AI not in the data": a secret figure is not a missing one.
    const missing = [
      ...(secret.length > 0
        ? [fill(words, "missingUndisclosed", { companies: formatList(secret, words) })]
        : []),
      ...(absent.length > 0 ? [fill(words, "missingNoData", { companies: formatList(absent, words) })] : []),
      ...(partly.length > 0 ? [fill(words, "missingPartly", { companies: formatList(partly, words) })] : []),
    ].join(words.list.separator);
    return fill(words, "compareNoLeader", { metric, missing, known }).trim();
  }
  return `${fill(words, "compareDepends", {})} ${sides.map((s) => `${joinColon(words, s.name, s.text)}.`).join(" ")}`;
}

function rowSides(answer: ComparisonAnswer, row: ComparisonRow, words: Messages): Side[] {
  return answer.companies.map((c, i) => {
    const cell = row.cells[i];
    return {
      name: c.name,
      text: cellText(cell, words),
      sources: cellSources(cell),
      missing:
        cell?.kind === "undisclosed"
          ? "undisclosed"
          : cell?.kind === "unknown"
            ? "not-in-data"
            : cell?.kind === "total" &&
                cell.total.sinceThen.some((r) => r.amount.claims[0]?.value === "undisclosed")
              ? "partly-undisclosed"
              : undefined,
    };
  });
}

function rowReply(rc: ReplyContext, answer: ComparisonAnswer, row: ComparisonRow, metricName: string): Draft {
  const { words } = rc;
  const sides = rowSides(answer, row, words);
  const leaderNames = row.leader?.map((id) => answer.companies.find((c) => c.id === id)?.name ?? id);
  const template = TEMPLATE_OF[row.key] ?? "compareMetric";
  // "More than 1 M" against "150 M": the floor may be the true leader, so none is named, and why.
  const floor = row.leader === undefined && row.note === "trailing-floor";
  const sentences = floor
    ? [
        fill(words, "compareFloor", {
          metric: metricName,
          known: sides.map((s) => `${joinColon(words, s.name, s.text)}.`).join(" "),
        }),
      ]
    : [verdict(rc, metricName, template, sides, leaderNames)];
  const notes: string[] = [];
  if (row.leader !== undefined && row.note !== undefined && row.disputed)
    notes.push(fill(words, "compareDepends", {}));
  for (const [i, cell] of row.cells.entries()) {
    const claims = cellDispute(cell, words);
    const company = answer.companies[i]?.name ?? "";
    if (claims !== undefined)
      notes.push(
        fill(words, "sourcesDiffer", { what: `${company}${words.list.separator}${metricName}`, claims }),
      );
  }
  if (row.converted) notes.push(...convertedNote(answer.rates, words));
  const evidence: Evidence[] = sides.map((s) => ({
    label: joinColon(words, s.name, metricName),
    text: s.text,
    sources: s.sources,
  }));
  for (const rate of row.converted ? answer.rates : [])
    evidence.push({
      label: words.answers.labels.rate,
      text: formatRate(rate, words),
      sources: rate.sources,
      asOf: rate.asOf,
    });
  return {
    title: answer.companies.map((c) => c.name).join(` ${words.answers.labels.vs} `),
    headline: sentences.join(" "),
    evidence,
    notes,
    sources: answer.sources,
    asOf: answer.asOf,
    answer,
  };
}

/** A business metric some of the companies don't disclose: compared on its own sources. */
function metricComparison(rc: ReplyContext, companies: readonly Company[], metric: QuestionMetric): Draft {
  const { words, ctx } = rc;
  const book = new SourceBook(ctx.data);
  const kinds = METRIC_KINDS[metric] ?? [];
  const views = companies.map((c) => {
    const found = kinds.map((k) => metricOf(c, k)).find((m) => m !== undefined);
    return found === undefined ? undefined : metricView(book, found);
  });
  const sides: Side[] = companies.map((c, i) => {
    const view = views[i];
    const claim = view?.figure.claims[0];
    return view === undefined || claim === undefined
      ? { name: c.name, text: words.figures.notInData, sources: [], missing: "not-in-data" }
      : {
          name: c.name,
          text: `${metricValue(view, words)(claim.value)} (${formatDate(claim.asOf, words)})`,
          sources: sourcesOf(view.figure),
          missing: undefined,
        };
  });
  const comparable =
    views.every((v): v is MetricView => v !== undefined) && new Set(views.map((v) => v.unit)).size === 1;
  let leader: string[] | undefined;
  if (comparable) {
    const values = (views as MetricView[]).map((v) => primary(v.figure) ?? 0);
    const top = Math.max(...values);
    leader = companies.filter((_, i) => values[i] === top).map((c) => c.name);
  }
  const metricName = words.answers.metricNames[metric];
  const evidence = views.flatMap((v, i) =>
    v === undefined
      ? []
      : [
          figureEvidence(
            joinColon(words, companies[i]?.name ?? "", v.label),
            v.figure,
            metricValue(v, words),
            words,
          ),
        ],
  );
  return {
    title: companies.map((c) => c.name).join(` ${words.answers.labels.vs} `),
    headline: verdict(rc, metricName, "compareMetric", sides, leader),
    evidence,
    notes: [],
    ...book.done(),
  };
}

export function compareReply(rc: ReplyContext, companies: readonly Company[]): Draft {
  const reply = compareAtMostFour(rc, companies);
  const dropped = companies.slice(MAX_COMPARED).map((c) => c.name);
  if (dropped.length > 0)
    reply.notes.push(fill(rc.words, "compareLimit", { dropped: formatList(dropped, rc.words) }));
  return reply;
}

function compareAtMostFour(rc: ReplyContext, companies: readonly Company[]): Draft {
  const { words, ctx } = rc;
  const metric = rc.understanding.metric;
  const compared = companies.slice(0, MAX_COMPARED);
  const rowKey = metric === undefined ? "total-raised" : ROW_OF[metric];
  if (rowKey === undefined && metric !== undefined && METRIC_KINDS[metric] !== undefined) {
    const answer = compareCompanies(
      ctx,
      compared.map((c) => c.name),
    );
    const kinds = METRIC_KINDS[metric] ?? [];
    const row =
      answer.kind === "comparison"
        ? answer.rows.find((r) => kinds.some((k) => r.key === `metric:${k}`))
        : undefined;
    if (answer.kind === "comparison" && row !== undefined)
      return rowReply(rc, answer, row, words.answers.metricNames[metric]);
    return metricComparison(rc, compared, metric);
  }
  const answer = compareCompanies(
    ctx,
    compared.map((c) => c.name),
  );
  const row =
    answer.kind === "comparison" ? answer.rows.find((r) => r.key === (rowKey ?? "total-raised")) : undefined;
  if (answer.kind !== "comparison" || row === undefined)
    return metricComparison(rc, compared, "total-raised");
  const reply = rowReply(rc, answer, row, words.answers.metricNames[metric ?? "total-raised"]);
  if (metric !== undefined) return reply;
  // "X vs Y": the money first, then the other rows as evidence.
  const others = answer.rows.filter((r) => r.key === "valuation" || r.key === "founded");
  for (const other of others) {
    const name =
      other.key === "valuation" ? words.answers.metricNames.valuation : words.answers.metricNames.founded;
    reply.evidence.push(
      ...rowSides(answer, other, words).map((s) => ({
        label: joinColon(words, s.name, name),
        text: s.text,
        sources: s.sources,
      })),
    );
  }
  return reply;
}
