import { describe, expect, it } from "vitest";
import { contrastRatio, formatRatio, parseHexColour, relativeLuminance } from "../../../lib/branding/contrast";
import { accentColourSchema, accentInputSchema } from "../../../lib/branding/schema";

describe("contrast per WCAG 2.2", () => {
  it("gives black on white 21:1 and white on white 1:1, in either order", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#FFFFFF")).toBe(1);
  });

  it("measures #767676 on white at about 4.54:1 and #777777 at about 4.48:1", () => {
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  it("uses the sRGB curve: pure red, green and blue have luminances 0.2126, 0.7152 and 0.0722", () => {
    expect(relativeLuminance([255, 0, 0])).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance([0, 255, 0])).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance([0, 0, 255])).toBeCloseTo(0.0722, 4);
    expect(contrastRatio("#0a5a9c", "#ffffff")).toBeCloseTo(7.06, 1);
  });

  it("reads only six-digit hex colours", () => {
    expect(parseHexColour("#0A5a9c")).toEqual([10, 90, 156]);
    for (const bad of ["0a5a9c", "#fff", "#0a5a9g", "red", "#0a5a9c;", ""]) expect(parseHexColour(bad)).toBeNull();
    expect(() => contrastRatio("red", "#ffffff")).toThrow(RangeError);
  });

  it("rounds a ratio down for display, so one just short of 4.5 never reads 4.5:1", () => {
    expect(formatRatio(4.4999)).toBe("4.49:1");
    expect(formatRatio(21)).toBe("21:1");
  });
});

describe("the accent colour's schema", () => {
  it("accepts #767676 and keeps it in lower case", () => {
    expect(accentColourSchema.parse("#767676")).toBe("#767676");
    expect(accentColourSchema.parse(" #0A5A9C ")).toBe("#0a5a9c");
  });

  it("refuses #777777 with the measured ratio and what is needed", () => {
    const result = accentColourSchema.safeParse("#777777");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("4.47:1 — needs at least 4.5:1 against white; try a darker shade.");
  });

  it("refuses a light colour such as #ffcc00, and anything that is not # and six hex digits", () => {
    expect(accentColourSchema.safeParse("#ffcc00").error?.issues[0]?.message).toMatch(
      /^1\.\d+:1 — needs at least 4\.5:1/,
    );
    for (const bad of ["blue", "#abc", "#0a5a9c}body{color:red", "url(x)"])
      expect(accentColourSchema.safeParse(bad).error?.issues[0]?.message).toMatch(/six hex digits/);
  });

  it("takes an empty form field as the default colour", () => {
    expect(accentInputSchema.parse({ accentColor: "" })).toEqual({ accentColor: null });
  });
});
