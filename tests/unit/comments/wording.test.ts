import { describe, expect, it } from "vitest";
import { commentCountHeading, isMessageKey, relativeTime } from "../../../lib/comments/wording";
import { translator } from "../../../lib/i18n";

describe("the comment count heading", () => {
  it.each([
    [0, "No comments yet", "Nog geen reacties"],
    [1, "1 comment", "1 reactie"],
    [12, "12 comments", "12 reacties"],
  ])("reads well for %i in English and Dutch", (count, english, dutch) => {
    expect(commentCountHeading(count, translator("en-GB"))).toBe(english);
    expect(commentCountHeading(count, translator("nl-NL"))).toBe(dutch);
  });
});

describe("relative comment dates", () => {
  const now = new Date("2026-06-10T12:00:00Z");
  it("says how long ago, in the article's language", () => {
    expect(relativeTime(new Date("2026-06-07T12:00:00Z"), now, "en-GB")).toBe("3 days ago");
    expect(relativeTime(new Date("2026-06-10T10:00:00Z"), now, "nl-NL")).toBe("2 uur geleden");
    expect(relativeTime(new Date("2026-06-10T11:59:30Z"), now, "en-GB")).toBe("now");
    expect(relativeTime(new Date("2025-05-01T12:00:00Z"), now, "en-GB")).toBe("last year");
  });
});

describe("error message keys", () => {
  it("recognises keys of the message catalogue and nothing else", () => {
    expect(isMessageKey("comments.error.closed")).toBe(true);
    expect(isMessageKey("You do not have permission to do that.")).toBe(false);
    expect(isMessageKey("toString")).toBe(false);
  });
});
