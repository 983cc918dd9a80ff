// Arabic with Latin names and numbers in it: each Latin stretch isolated (FSI … PDI), each Arabic
// line right to left (RLI … PDI), markdown left working, and applying it twice changing nothing.
import { describe, expect, it } from "vitest";
import { FSI, isolateArabic, PDI, RLI, stripIsolates } from "../../src/i18n/index.js";

const iso = (text: string) => `${FSI}${text}${PDI}`;
const line = (text: string) => `${RLI}${text}${PDI}`;

describe("right-to-left friendly Arabic", () => {
  it("isolates Latin names and numbers, the Arabic punctuation staying outside", () => {
    expect(isolateArabic("Mistral AI جمعت أكثر: 1.1 مليار دولار لـDust، ثم H.")).toBe(
      line(`${iso("Mistral AI")} جمعت أكثر: ${iso("1.1")} مليار دولار لـ${iso("Dust")}، ثم ${iso("H")}.`),
    );
  });

  it("keeps a formula or a figure with its unit whole, and splits a date from the amount after it", () => {
    expect(isolateArabic("حُوّل بسعر 1 EUR = 1.0367 USD")).toBe(line(`حُوّل بسعر ${iso("1 EUR = 1.0367 USD")}`));
    expect(isolateArabic("سبتمبر 2025: 1.7 مليار")).toBe(line(`سبتمبر ${iso("2025")}: ${iso("1.7")} مليار`));
    expect(isolateArabic("نحو 57%")).toBe(line(`نحو ${iso("57%")}`));
  });

  it("never leaves a bracket's partner outside", () => {
    expect(isolateArabic("المصادر [1, 3]")).toBe(line(`المصادر [${iso("1, 3")}]`));
    expect(isolateArabic("قال Arthur Mensch (CEO) ذلك")).toBe(line(`قال ${iso("Arthur Mensch (CEO)")} ذلك`));
    expect(isolateArabic("(باريس Hugging Face)")).toBe(line(`(باريس ${iso("Hugging Face")})`));
  });

  it("leaves markdown working: bold, escapes, links, code, quotes", () => {
    expect(isolateArabic("**Mistral AI**: غير معلن")).toBe(line(`**${iso("Mistral AI")}**: غير معلن`));
    expect(isolateArabic("و\\*Dust\\*")).toBe(line(`و\\*${iso("Dust")}\\*`));
    const link = "[Reuters، 24 أغسطس 2023](https://example.com/a_b-2023)";
    expect(isolateArabic(link)).toBe(
      line(`[${iso("Reuters")}، ${iso("24")} أغسطس ${iso("2023")}](https://example.com/a_b-2023)`),
    );
    expect(isolateArabic("جرّب `/about` الآن")).toBe(line(`جرّب ${iso("`/about`")} الآن`));
    expect(isolateArabic("> ملاحظة عن Dust")).toBe(`> ${line(`ملاحظة عن ${iso("Dust")}`)}`);
  });

  it("leaves lines with no Arabic alone, and each line on its own", () => {
    expect(isolateArabic("Mistral AI: USD 640 M")).toBe("Mistral AI: USD 640 M");
    expect(isolateArabic("Dust\nمن Dust")).toBe(`Dust\n${line(`من ${iso("Dust")}`)}`);
  });

  it("changes nothing the second time, and nothing a reader sees", () => {
    for (const text of [
      "Mistral AI جمعت أكثر: 1.1 مليار دولار [1, 2]",
      "> ملاحظة: Arthur Mensch (CEO)",
      "**[3]** [Reuters، 2023](https://example.com) `x`",
    ]) {
      const once = isolateArabic(text);
      expect(isolateArabic(once)).toBe(once);
      expect(stripIsolates(once)).toBe(text);
    }
  });
});
