import { describe, expect, it } from "vitest";
import {
  inInterface,
  interfaceFor,
  interfaceOfPath,
  languageName,
  offeredInterfaces,
} from "../../../lib/i18n/interface";
import { inInterfaceMetadata } from "../../../lib/seo/alternates";

const english = { language: "en-GB", bothLanguages: false } as const;
const englishAndDutch = { language: "en-GB", bothLanguages: true } as const;
const dutchAndEnglish = { language: "nl-NL", bothLanguages: true } as const;

describe("the interface an address names", () => {
  it("is the site's own language at bare addresses", () => {
    expect(interfaceFor("_", english)).toEqual({ language: "en-GB", prefix: "" });
    expect(interfaceFor("_", dutchAndEnglish)).toEqual({ language: "nl-NL", prefix: "" });
  });

  it("is the other language under its prefix only when the site offers both", () => {
    expect(interfaceFor("nl", englishAndDutch)).toEqual({ language: "nl-NL", prefix: "/nl" });
    expect(interfaceFor("en", dutchAndEnglish)).toEqual({ language: "en-GB", prefix: "/en" });
    expect(interfaceFor("nl", english)).toBeNull();
  });

  it("is never the site's own language under a prefix, nor an unknown one", () => {
    expect(interfaceFor("en", englishAndDutch)).toBeNull();
    expect(interfaceFor("de", englishAndDutch)).toBeNull();
    expect(interfaceFor("about", englishAndDutch)).toBeNull();
  });

  it("lists the site's own language first", () => {
    expect(offeredInterfaces(english).map((ui) => ui.prefix)).toEqual([""]);
    expect(offeredInterfaces(dutchAndEnglish).map((ui) => [ui.language, ui.prefix])).toEqual([
      ["nl-NL", ""],
      ["en-GB", "/en"],
    ]);
  });

  it("names each language in itself", () => {
    expect(offeredInterfaces(englishAndDutch).map(languageName)).toEqual(["English", "Nederlands"]);
  });
});

describe("the interface of a path", () => {
  it("is its prefix's when the site offers that language, else the site's own", () => {
    expect(interfaceOfPath("/nl/articles/x#comments", englishAndDutch)).toEqual({ language: "nl-NL", prefix: "/nl" });
    expect(interfaceOfPath("/nl?page=2", englishAndDutch)).toEqual({ language: "nl-NL", prefix: "/nl" });
    expect(interfaceOfPath("/nl/articles/x", english)).toEqual({ language: "en-GB", prefix: "" });
    expect(interfaceOfPath("/nlnet", englishAndDutch)).toEqual({ language: "en-GB", prefix: "" });
    expect(interfaceOfPath("/", dutchAndEnglish)).toEqual({ language: "nl-NL", prefix: "" });
  });
});

describe("a path in an interface", () => {
  it("is unchanged in the site's own language", () => {
    expect(inInterface({ prefix: "" }, "/articles/x")).toBe("/articles/x");
  });

  it("carries the prefix, without a trailing slash for the home page, keeping query and fragment", () => {
    const dutch = { prefix: "/nl" };
    expect(inInterface(dutch, "/")).toBe("/nl");
    expect(inInterface(dutch, "/?page=2")).toBe("/nl?page=2");
    expect(inInterface(dutch, "/articles/x#comments")).toBe("/nl/articles/x#comments");
    expect(inInterface(dutch, "/search?q=damp")).toBe("/nl/search?q=damp");
  });
});

describe("metadata in an interface", () => {
  const site = "https://example.org/news";
  const bare = {
    title: "Housing",
    alternates: { canonical: `${site}/sections/housing?page=2` },
    openGraph: { url: "x" },
  };

  it("names the page's own address as canonical and lists every language, the site's own as x-default", () => {
    const metadata = inInterfaceMetadata(bare, { language: "nl-NL", prefix: "/nl" }, englishAndDutch, site);
    expect(metadata.alternates).toEqual({
      canonical: `${site}/nl/sections/housing?page=2`,
      languages: {
        "en-GB": `${site}/sections/housing?page=2`,
        "nl-NL": `${site}/nl/sections/housing?page=2`,
        "x-default": `${site}/sections/housing?page=2`,
      },
    });
    expect(metadata.openGraph).toEqual({ url: `${site}/nl/sections/housing?page=2` });
  });

  it("adds no alternates to a site in one language", () => {
    const metadata = inInterfaceMetadata(bare, { language: "en-GB", prefix: "" }, english, site);
    expect(metadata.alternates).toEqual({ canonical: `${site}/sections/housing?page=2` });
  });

  it("leaves metadata without a canonical address (a 404) as it is", () => {
    const missing = { title: "Not found" };
    expect(inInterfaceMetadata(missing, { language: "nl-NL", prefix: "/nl" }, englishAndDutch, site)).toBe(missing);
  });
});
