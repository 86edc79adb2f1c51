import { describe, expect, it } from "vitest";
import { DESCRIPTION_MAX, openGraphLocale, truncateOnWord } from "../../../lib/seo/text";

describe("truncateOnWord", () => {
  it("leaves text that fits alone, apart from collapsing whitespace", () => {
    expect(truncateOnWord("  Damp and\n mould  ", DESCRIPTION_MAX)).toBe("Damp and mould");
    const exact = "x".repeat(DESCRIPTION_MAX);
    expect(truncateOnWord(exact, DESCRIPTION_MAX)).toBe(exact);
  });

  it("cuts longer text at a word boundary and ends it with an ellipsis, within the limit", () => {
    const text = "Residents of Ferry Lane have lived with the River Mell for generations, ".repeat(4);
    const cut = truncateOnWord(text, DESCRIPTION_MAX);
    expect(Array.from(cut).length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(cut.endsWith("…")).toBe(true);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    expect(text.charAt(cut.length - 1)).toMatch(/[\s,]/);
  });

  it("drops punctuation left dangling before the ellipsis", () => {
    expect(truncateOnWord("Rents, repairs, and everything else", 17)).toBe("Rents, repairs…");
  });

  it("keeps a word that ends exactly at the cut", () => {
    expect(truncateOnWord("abcd efgh ijkl", 10)).toBe("abcd efgh…");
  });

  it("cuts a single overlong word rather than leaving a stub", () => {
    expect(truncateOnWord(`See ${"a".repeat(200)}`, 20)).toBe(`See ${"a".repeat(15)}…`);
  });

  it("never splits an emoji in two", () => {
    const cut = truncateOnWord("🏠".repeat(30), 10);
    expect(Array.from(cut)).toEqual([...Array<string>(9).fill("🏠"), "…"]);
  });
});

describe("openGraphLocale", () => {
  it("writes a language tag the way Open Graph wants it", () => {
    expect(openGraphLocale("en-GB")).toBe("en_GB");
    expect(openGraphLocale("nl-NL")).toBe("nl_NL");
    expect(openGraphLocale("nl-be")).toBe("nl_BE");
  });

  it("gives a bare or unknown language a territory", () => {
    expect(openGraphLocale("nl")).toBe("nl_NL");
    expect(openGraphLocale("en")).toBe("en_GB");
    expect(openGraphLocale("")).toBe("en_GB");
  });
});
