// "What is Le Chat?", "when was Runner H launched?": a product, its maker, what it does and when
// it came out, with its own numbered sources.
import { companyWithId } from "../../answers/lookup.js";
import { SourceBook } from "../../answers/sources.js";
import { productView } from "../../answers/views.js";
import { fill, formatDate, formatWhen } from "../format.js";
import { type Draft, figureEvidence, primary, type ReplyContext } from "./common.js";

export function productReply(rc: ReplyContext): Draft | undefined {
  const { ctx, words, understanding } = rc;
  const entity = understanding.entities.find((e) => e.kind === "product");
  const company = entity?.companyId === undefined ? undefined : companyWithId(ctx.data, entity.companyId);
  const product = company?.products.find((p) => p.id === entity?.id);
  if (entity === undefined || company === undefined || product === undefined) return undefined;
  const book = new SourceBook(ctx.data);
  const view = productView(book, product);
  const evidence = [figureEvidence(words.answers.labels.description, view.description, (t) => t, words)];
  const launched = primary(view.launched);
  if (view.launched !== undefined)
    evidence.push(
      figureEvidence(words.answers.metricNames.launched, view.launched, (d) => formatDate(d, words), words),
    );
  const described = fill(words, "product", {
    product: product.name,
    company: company.name,
    description: primary(view.description) ?? words.figures.undisclosed,
  });
  const when =
    launched === undefined
      ? ""
      : fill(words, "productLaunched", { product: product.name, when: formatWhen(launched, words) });
  const asksDate = understanding.metric === "launched";
  return {
    title: product.name,
    headline: asksDate && when !== "" ? `${when} ${described}` : [described, when].filter(Boolean).join(" "),
    evidence,
    notes: [],
    ...book.done(),
  };
}
