// "What is Le Chat?", "when was Runner H launched?": a product, its maker, what it does and when
// it came out, with its own numbered sources.
import { companyWithId } from "../../answers/lookup.js";
import { SourceBook } from "../../answers/sources.js";
import { productView } from "../../answers/views.js";
import { fill, formatDate, formatWhen } from "../format.js";
import { type Draft, figureEvidence, primary, type ReplyContext } from "./common.js";

export function productReply(rc: ReplyContext): Draft | undefined {
  const { ctx, lex, understanding } = rc;
  const entity = understanding.entities.find((e) => e.kind === "product");
  const company = entity?.companyId === undefined ? undefined : companyWithId(ctx.data, entity.companyId);
  const product = company?.products.find((p) => p.id === entity?.id);
  if (entity === undefined || company === undefined || product === undefined) return undefined;
  const book = new SourceBook(ctx.data);
  const view = productView(book, product);
  const evidence = [figureEvidence(lex.labels.description, view.description, (t) => t, lex)];
  const launched = primary(view.launched);
  if (view.launched !== undefined)
    evidence.push(figureEvidence(lex.metricNames.launched, view.launched, (d) => formatDate(d, lex), lex));
  const described = fill(lex, "product", {
    product: product.name,
    company: company.name,
    description: primary(view.description) ?? lex.labels.undisclosed,
  });
  const when =
    launched === undefined
      ? ""
      : fill(lex, "productLaunched", { product: product.name, when: formatWhen(launched, lex) });
  const asksDate = understanding.metric === "launched";
  return {
    title: product.name,
    headline: asksDate && when !== "" ? `${when} ${described}` : [described, when].filter(Boolean).join(" "),
    evidence,
    notes: [],
    ...book.done(),
  };
}
