import { describe, expect, it } from "vitest";
import { CONTRIBUTOR_FILTER_LIMIT, getSearchFilterOptions } from "../../lib/search/data/queries";
import { makeContributor, makePost } from "../helpers/factories";

describe("the search form's writer filter", () => {
  it("offers at most CONTRIBUTOR_FILTER_LIMIT writers, the most published first, sorted by name", async () => {
    const prolific = await makeContributor({ name: "Zed Prolific" });
    for (let i = 0; i < 3; i++) await makePost({ contributorIds: [prolific.id] });
    for (let i = 0; i < CONTRIBUTOR_FILTER_LIMIT + 5; i++) await makePost();
    const unpublished = await makeContributor({ name: "Aaron Unpublished" });
    await makePost({ contributorIds: [unpublished.id], status: "DRAFT", publishedAt: null });

    const { contributors } = await getSearchFilterOptions();
    expect(contributors).toHaveLength(CONTRIBUTOR_FILTER_LIMIT);
    expect(contributors.map((c) => c.name)).toContain("Zed Prolific");
    expect(contributors.map((c) => c.name)).not.toContain("Aaron Unpublished");
    const names = contributors.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });
});
