import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Snippet } from "../../components/search/snippet";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, toSegments } from "../../lib/search/snippet";

describe("search snippets", () => {
  it("splits a headline into plain and highlighted segments", () => {
    expect(toSegments(`We fixed the ${S}damp${E} in ${S}homes${E}.`)).toEqual([
      { text: "We fixed the ", highlighted: false },
      { text: "damp", highlighted: true },
      { text: " in ", highlighted: false },
      { text: "homes", highlighted: true },
      { text: ".", highlighted: false },
    ]);
  });

  it("joins neighbouring pieces of the same kind and collapses whitespace", () => {
    expect(toSegments(`  ${S}damp${E}${S}er${E}\n\n walls  `)).toEqual([
      { text: "damper", highlighted: true },
      { text: " walls", highlighted: false },
    ]);
  });

  it("survives unbalanced markers", () => {
    expect(toSegments(`a${E}b${S}c`)).toEqual([
      { text: "ab", highlighted: false },
      { text: "c", highlighted: true },
    ]);
    expect(toSegments("")).toEqual([]);
  });

  it("renders highlights as <mark> and escapes everything else", () => {
    const html = renderToStaticMarkup(
      createElement(Snippet, {
        segments: toSegments(`<script>alert("x")</script> & ${S}<b>damp</b>${E}`),
      }),
    );
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("<mark>&lt;b&gt;damp&lt;/b&gt;</mark>");
  });
});
