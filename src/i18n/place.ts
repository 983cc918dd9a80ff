// Where a company is based, in words: "Paris" for a French city, "New York, United States" (the
// country named in the reply's language) elsewhere. One place for the cards and the question engine.
import type { Place } from "../data/schema.js";
import type { Messages } from "./en.js";

const countryNames = new Map<string, Intl.DisplayNames>();

export function placeText(place: Place, m: Messages): string {
  if (place.country === "FR") return place.city;
  let names = countryNames.get(m.language);
  if (names === undefined) {
    names = new Intl.DisplayNames([m.language], { type: "region" });
    countryNames.set(m.language, names);
  }
  return `${place.city}${m.comma}${names.of(place.country) ?? place.country}`;
}
