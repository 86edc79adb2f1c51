import { describe, expect, it } from "vitest";
import { sideBySide } from "../../../lib/posts/revision-diff";

const render = (segments: { text: string; changed: boolean }[]) =>
  segments.map((s) => (s.changed ? `[${s.text}]` : s.text)).join("");

describe("a revision beside the current text", () => {
  it("marks words the revision had on the left and new words on the right", () => {
    const diff = sideBySide("Repairs on time", "Repairs done on time, every time", "words");
    expect(render(diff.before)).toBe("Repairs on time");
    expect(render(diff.after)).toBe("Repairs [done ]on time[, every time]");
    expect(diff.identical).toBe(false);
  });

  it("compares the body line by line and keeps every line on its side", () => {
    const diff = sideBySide("one\ntwo\nthree\n", "one\n2\nthree\nfour\n", "lines");
    expect(render(diff.before)).toBe("one\n[two\n]three\n");
    expect(render(diff.after)).toBe("one\n[2\n]three\n[four\n]");
  });

  it("says when nothing changed", () => {
    expect(sideBySide("same", "same", "lines").identical).toBe(true);
  });
});
