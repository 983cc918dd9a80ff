// Several companies asked the same thing ("who founded Mistral and Dust?") are answered one by one
// and put together: their numbered sources become one list, and every mark is renumbered.
import { latestDate } from "../../answers/dates.js";
import type { NumberedSource } from "../../answers/types.js";
import type { Draft } from "./common.js";

const MARKS = /\[(\d+(?:, \d+)*)\]/g;

export function mergeReplies(replies: readonly Draft[], title: string): Draft {
  const sources: NumberedSource[] = [];
  const byKey = new Map<string, number>();
  const merged: Draft = { title, headline: "", evidence: [], notes: [], sources, asOf: { data: "" } };
  const headlines: string[] = [];
  for (const reply of replies) {
    const renumber = new Map<number, number>();
    for (const source of reply.sources) {
      const key = `${source.sourceId}#${source.seed?.fact ?? ""}`;
      let n = byKey.get(key);
      if (n === undefined) {
        n = sources.length + 1;
        byKey.set(key, n);
        sources.push({ ...source, n });
      }
      renumber.set(source.n, n);
    }
    const map = (n: number) => renumber.get(n) ?? n;
    const remark = (text: string) =>
      text.replace(
        MARKS,
        (_, list: string) =>
          `[${list
            .split(", ")
            .map((x) => map(Number(x)))
            .join(", ")}]`,
      );
    headlines.push(reply.headline);
    merged.evidence.push(
      ...reply.evidence.map((e) => ({ ...e, text: remark(e.text), sources: e.sources.map(map) })),
    );
    merged.notes.push(...reply.notes.map(remark));
    merged.asOf = {
      data: reply.asOf.data,
      shown: latestDate(merged.asOf.shown, reply.asOf.shown),
    };
  }
  merged.headline = headlines.join(" ");
  return merged;
}
