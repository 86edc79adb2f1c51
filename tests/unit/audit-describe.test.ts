import { describe, expect, it } from "vitest";
import { describeAuditData, rememberedName } from "../../lib/audit/describe";

describe("describing an audit entry's data", () => {
  it("shows a rename as before → after, lists as commas and nested objects as key: value", () => {
    expect(
      describeAuditData({
        slug: ["old-news", "news"],
        changed: ["name", "email", "phone"],
        into: { name: "Energy", slug: "energy" },
        posts: 3,
      }),
    ).toEqual([
      { label: "slug", value: "old-news → news" },
      { label: "changed", value: "name, email, phone" },
      { label: "into", value: "name: Energy; slug: energy" },
      { label: "posts", value: "3" },
    ]);
  });

  it("shows empty values as a dash and ignores data that is not an object", () => {
    expect(describeAuditData({ jobTitle: [null, "Chair"] })).toEqual([{ label: "jobTitle", value: "— → Chair" }]);
    expect(describeAuditData(null)).toEqual([]);
    expect(describeAuditData(["x"])).toEqual([]);
  });

  it("remembers a deleted subject by the name, title or slug the entry kept", () => {
    expect(rememberedName({ name: "Old news", slug: "old-news" })).toBe("Old news");
    expect(rememberedName({ title: ["Before", "After"] })).toBe("After");
    expect(rememberedName({ posts: 2 })).toBeNull();
  });
});
