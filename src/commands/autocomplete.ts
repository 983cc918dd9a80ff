// Every company option suggests companies the same way: the search tier ranks what is typed, and
// Discord gets at most 25 choices with names of at most 100 characters.
import type { AutocompleteChoice, CommandContext } from "./command.js";

export function companyChoices(ctx: CommandContext, typed: string): AutocompleteChoice[] {
  const hits = ctx.search.autocomplete(typed, { kinds: ["company"], limit: 25 });
  return hits.map((hit) => {
    const name = hit.matched !== hit.name && hit.how !== "fuzzy" ? `${hit.name} (${hit.matched})` : hit.name;
    // The value is the company's id: the command takes it as it is, with no second search.
    return { name: name.slice(0, 100), value: hit.id };
  });
}
