import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugify } from "../../lib/text/slug";

describe("slugify", () => {
  it("turns a title into lower-case words joined by hyphens", () => {
    expect(slugify("Why we still knock on doors")).toBe("why-we-still-knock-on-doors");
  });
  it("strips accents so Dutch titles give ASCII URLs", () => {
    expect(slugify("Huurders zijn géén klanten")).toBe("huurders-zijn-geen-klanten");
  });
  it("spells out ampersands and drops punctuation at the ends", () => {
    expect(slugify("  Repairs & maintenance: what's next?  ")).toBe("repairs-and-maintenance-what-s-next");
  });
  it("caps the length at 80 characters without a trailing hyphen", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(SLUG_PATTERN);
  });
  it("gives an empty string for text with no letters or digits", () => {
    expect(slugify("!!! ???")).toBe("");
  });
});
