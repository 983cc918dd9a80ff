// The dataset's own words (descriptions, notes, labels, how sources differ) in the reply's language.
// One walk over every field a reader sees as prose; names, ids, figures, dates, source titles and
// the quotes a source "says" are never touched, so a translation can't change what is cited.
import type { Fact, Landscape } from "./schema.js";

/** Turns one English text of the dataset into the reply's language (or returns it unchanged). */
export type Translate = (text: string) => string;

function fact<T>(f: Fact<T>, t: Translate, value: (v: T) => T = (v) => v): Fact<T> {
  return {
    ...f,
    claims: f.claims.map((c) => ({
      ...c,
      value: value(c.value),
      ...(c.note !== undefined ? { note: t(c.note) } : {}),
    })),
    ...(f.disputed !== undefined ? { disputed: t(f.disputed) } : {}),
  };
}

// Currency codes and "%" are read by the code (money formatting, comparable units): never words.
const CODES = new Set(["USD", "EUR", "%"]);

const opt = <T>(v: T | undefined, f: (v: T) => T): T | undefined => (v === undefined ? undefined : f(v));

/**
 * A copy of `data` with every prose field passed through `t`, and every city through `place` (a
 * city's name as the reader's language writes it: "باريس"; names, not prose, so kept apart).
 */
export function translateLandscape(
  data: Landscape,
  t: Translate,
  place: Translate = (city) => city,
): Landscape {
  const text = (f: Fact<string>) => fact(f, t, t);
  const notes = <N extends { text: string }>(list: N[]) => list.map((n) => ({ ...n, text: t(n.text) }));
  const unit = (u: string) => (CODES.has(u) ? u : t(u));
  // Roles are codes the renderers name in each language; a position's note is prose.
  const positions = <P extends { note?: string | undefined }>(list: P[]) =>
    list.map((p) => (p.note === undefined ? p : { ...p, note: t(p.note) }));
  return {
    ...data,
    fxRates: data.fxRates.map((r) => (r.note === undefined ? r : { ...r, note: t(r.note) })),
    companies: data.companies.map((c) => ({
      ...c,
      description: text(c.description),
      founded: opt(c.founded, (f) => fact(f, t)),
      hq: opt(c.hq, (f) => fact(f, t, (v) => ({ ...v, city: place(v.city) }))),
      status: opt(c.status, (f) => fact(f, t)),
      founders: positions(c.founders),
      people: positions(c.people),
      products: c.products.map((p) => ({
        ...p,
        description: text(p.description),
        launched: opt(p.launched, (f) => fact(f, t)),
      })),
      rounds: c.rounds.map((r) => ({
        ...r,
        amount: fact(r.amount, t),
        valuation: opt(r.valuation, (f) => fact(f, t)),
        totalRaisedAfter: opt(r.totalRaisedAfter, (f) => fact(f, t)),
        investors: r.investors.map((i) => (i.note === undefined ? i : { ...i, note: t(i.note) })),
        note: opt(r.note, t),
      })),
      metrics: c.metrics.map((m) => ({ ...m, label: t(m.label), unit: unit(m.unit), fact: fact(m.fact, t) })),
      notes: notes(c.notes),
    })),
    people: data.people.map((p) => ({ ...p, background: opt(p.background, text), notes: notes(p.notes) })),
    investors: data.investors.map((i) => ({ ...i, description: opt(i.description, text) })),
    ecosystem: data.ecosystem.map((e) => ({
      ...e,
      title: t(e.title),
      text: text(e.text),
      figures: e.figures.map((f) => ({
        ...f,
        label: t(f.label),
        value: "unit" in f.value ? { ...f.value, unit: unit(f.value.unit) } : f.value,
      })),
      disputed: opt(e.disputed, t),
    })),
  };
}

/** Every prose text of the dataset, once each: what a translation table has to cover. */
export function proseTexts(data: Landscape): string[] {
  const seen = new Set<string>();
  translateLandscape(data, (s) => {
    seen.add(s);
    return s;
  });
  return [...seen];
}
