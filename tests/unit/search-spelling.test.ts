import { describe, expect, it } from "vitest";
import { applyCorrections, correctableWords } from "../../lib/search/spelling";

describe("which words a spelling suggestion may replace", () => {
  it("only words of three or more letters, lowercased, once each", () => {
    expect(correctableWords("Lviing in 2024, lviing LVIING a1b2 2O24 über-Mould")).toEqual(["lviing", "über", "mould"]);
  });

  it("nothing in a query of short words, numbers and operators", () => {
    expect(correctableWords(`to be "or" -42 1st`)).toEqual([]);
  });
});

describe("a query with its suggestions applied", () => {
  const suggestions = new Map([
    ["lviing", "living"],
    ["rivr", "river"],
  ]);

  it("replaces each mistyped word wherever it stands and keeps quotes, minus signs and case elsewhere", () => {
    expect(applyCorrections(`"Lviing ROOMS" -rivr Lviing`, suggestions)).toEqual({
      q: `"living ROOMS" -river living`,
      segments: [
        { text: `"`, corrected: false },
        { text: "living", corrected: true },
        { text: ` ROOMS" -`, corrected: false },
        { text: "river", corrected: true },
        { text: " ", corrected: false },
        { text: "living", corrected: true },
      ],
    });
  });

  it("is null when no word has a suggestion", () => {
    expect(applyCorrections("living rooms", suggestions)).toBeNull();
  });

  it("never replaces a word too short or with digits, even when a suggestion is keyed by it", () => {
    expect(
      applyCorrections(
        "ab 2o24",
        new Map([
          ["ab", "abc"],
          ["2o24", "2024"],
        ]),
      ),
    ).toBeNull();
  });
});
