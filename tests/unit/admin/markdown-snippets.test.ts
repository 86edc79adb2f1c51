import { describe, expect, it } from "vitest";
import {
  insertFigure,
  insertLink,
  insertShareline,
  toggleHeading,
} from "../../../components/admin/editor/markdown-snippets";

describe("the editor toolbar's Markdown", () => {
  it("wraps the selected sentence in a shareline on lines of its own", () => {
    const text = "Intro. Good homes matter. Outro.";
    const edit = insertShareline(text, 7, 25);
    expect(edit.text).toBe("Intro. \n\n:::shareline\nGood homes matter.\n:::\n\n Outro.");
    expect(edit.text.slice(edit.selectionStart, edit.selectionEnd)).toBe("Good homes matter.");
  });

  it("inserts a placeholder shareline at the cursor when nothing is selected", () => {
    const edit = insertShareline("", 0, 0);
    expect(edit.text).toBe(":::shareline\nYour quote here\n:::\n");
    expect(edit.text.slice(edit.selectionStart, edit.selectionEnd)).toBe("Your quote here");
  });

  it("writes a figure directive with quoted attributes that cannot break out", () => {
    const edit = insertFigure("Para one.\n", 10, 10, {
      src: "/media/a.jpg",
      alt: "Residents [left] planting",
      caption: 'The "big" dig',
      credit: "Sam",
    });
    expect(edit.text).toBe(
      'Para one.\n\n::figure[Residents \\[left\\] planting]{src="/media/a.jpg" caption="The ”big” dig" credit="Sam"}\n',
    );
  });

  it("leaves the cursor in the empty alt text of a figure without one", () => {
    const edit = insertFigure("", 0, 0, { src: "/media/a.jpg", alt: "" });
    expect(edit.text).toBe('::figure[]{src="/media/a.jpg"}\n');
    expect(edit.selectionStart).toBe("::figure[".length);
  });

  it("turns the selection into a link and selects the address", () => {
    const edit = insertLink("Read our report now", 9, 15);
    expect(edit.text).toBe("Read our [report](https://) now");
    expect(edit.text.slice(edit.selectionStart, edit.selectionEnd)).toBe("https://");
  });

  it("toggles a level-two heading on the current line", () => {
    const on = toggleHeading("First\nOur promise\nLast", 8, 8);
    expect(on.text).toBe("First\n## Our promise\nLast");
    expect(on.selectionStart).toBe(11);
    expect(toggleHeading(on.text, 11, 11).text).toBe("First\nOur promise\nLast");
    expect(toggleHeading("### Deep", 5, 5).text).toBe("## Deep");
  });
});
