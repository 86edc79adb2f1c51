import { describe, expect, it } from "vitest";
import { defaultMenuItems } from "../../lib/menus/defaults";
import { menuSaveSchema } from "../../lib/menus/schema";

const issuesOf = (input: unknown) =>
  menuSaveSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

describe("the menu schema", () => {
  it("keeps of each link only what its kind uses", () => {
    const parsed = menuSaveSchema.parse({
      menu: "FOOTER",
      items: [
        { kind: "PAGE", label: " About ", targetId: "p1", url: "https://stale.example" },
        { kind: "LINK", label: "Tenants' union", targetId: "stale", url: "https://union.example/join" },
        { kind: "HOME", label: "Home" },
      ],
    });
    expect(parsed.items).toEqual([
      { kind: "PAGE", label: "About", targetId: "p1", url: null },
      { kind: "LINK", label: "Tenants' union", targetId: null, url: "https://union.example/join" },
      { kind: "HOME", label: "Home", targetId: null, url: null },
    ]);
  });

  it("names the field of the link that needs attention", () => {
    expect(
      issuesOf({
        menu: "HEADER",
        items: [
          { kind: "SECTION", label: "Housing", targetId: "" },
          { kind: "LINK", label: "Old site", url: "http://insecure.example" },
          { kind: "LINK", label: "Script", url: "javascript:alert(1)" },
          { kind: "TAG", label: "  ", targetId: "t1" },
        ],
      }),
    ).toEqual([
      "items.0.targetId: Choose where the link goes.",
      "items.1.url: Enter a full https:// address.",
      "items.2.url: Enter a full https:// address.",
      "items.3.label: Give the link a label.",
    ]);
  });

  it("refuses a menu that is not the header or footer, or one with too many links", () => {
    expect(issuesOf({ menu: "SIDEBAR", items: [] })).toHaveLength(1);
    const many = Array.from({ length: 21 }, () => ({ kind: "HOME", label: "Home" }));
    expect(issuesOf({ menu: "FOOTER", items: many })).toEqual(["items: A menu holds at most 20 links."]);
  });
});

describe("the default menus", () => {
  it("are the header as it always was, Home then every section, and an empty footer", () => {
    const sections = [
      { id: "s1", name: "Housing" },
      { id: "s2", name: "Communities" },
    ];
    expect(defaultMenuItems("HEADER", sections, "Home")).toEqual([
      { kind: "HOME", label: "Home", targetId: null, url: null },
      { kind: "SECTION", label: "Housing", targetId: "s1", url: null },
      { kind: "SECTION", label: "Communities", targetId: "s2", url: null },
    ]);
    expect(defaultMenuItems("FOOTER", sections, "Home")).toEqual([]);
  });
});
