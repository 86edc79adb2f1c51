import { describe, expect, it } from "vitest";
import { formatDate, LANGUAGES, languageOf, missingKeys, translator, type Language } from "../../lib/i18n";

describe("interface messages", () => {
  it.each(Object.keys(LANGUAGES) as Language[])("%s has every message English has", (language) => {
    expect(missingKeys(language), `missing in ${language}`).toEqual([]);
  });

  it("picks a language by its primary subtag and falls back to English", () => {
    expect(languageOf("nl-NL")).toBe("nl");
    expect(languageOf("nl-BE")).toBe("nl");
    expect(languageOf("en-GB")).toBe("en");
    expect(languageOf("fr-FR")).toBe("en");
  });

  it("fills in variables", () => {
    expect(translator("en-GB")("series.partOf", { position: 1, total: 17 })).toBe("Part 1 of 17");
    expect(translator("nl-NL")("series.partOf", { position: 1, total: 17 })).toBe("Deel 1 van 17");
  });

  it("leaves an unknown variable visible rather than printing undefined", () => {
    expect(translator("en-GB")("series.partOf", { position: 2 })).toBe("Part 2 of {total}");
  });

  it("formats dates in the language of the article", () => {
    const date = new Date("2026-09-14T08:30:00Z");
    expect(formatDate(date, "en-GB")).toBe("14 September 2026");
    expect(formatDate(date, "nl-NL")).toBe("14 september 2026");
  });
});
