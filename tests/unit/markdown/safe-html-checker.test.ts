import { describe, expect, it } from "vitest";
import { decodeEntities, unsafeParts, urlScheme } from "./helpers/safe-html";

// The corpus tests are only as good as this checker, so it is tested too.
describe("the safe-HTML checker used by the hostile corpus tests", () => {
  it.each([
    ["<script>alert(1)</script>"],
    ["<p>x</p><SCRIPT>alert(1)</SCRIPT>"],
    ['<img src="/a.png" onerror="alert(1)">'],
    ["<p onclick=alert(1)>x</p>"],
    ['<a href="javascript:alert(1)">x</a>'],
    ['<a href="JaVaScRiPt:alert(1)">x</a>'],
    ['<a href="&#106;avascript:alert(1)">x</a>'],
    ['<a href="&#x6A;avascript:alert(1)">x</a>'],
    ['<a href="java&#x09;script:alert(1)">x</a>'],
    ['<a href="java&Tab;script:alert(1)">x</a>'],
    ['<a href="javascript&colon;alert(1)">x</a>'],
    ['<a href=" javascript:alert(1)">x</a>'],
    ['<a href="vbscript:msgbox(1)">x</a>'],
    ['<img src="data:image/png;base64,AA">'],
    ['<p style="color:red">x</p>'],
    ['<iframe srcdoc="x"></iframe>'],
    ['<a href="/x" target="_blank">x</a>'],
    ["<div>x</div>"],
    ["<p>a < b</p>"],
    ["<!-- comment -->"],
    ['<input type="checkbox">'],
    ['<a href="/x" rel="opener">x</a>'],
  ])("rejects %s", (html) => {
    expect(unsafeParts(html, "article")).not.toEqual([]);
  });

  it("accepts what the article pipeline emits", () => {
    const html =
      '<h2 id="a">A</h2><p><a href="https://x.com/?a=1&#x26;b=2" rel="noopener noreferrer">x</a> <a href="#user-content-fn-1">1</a></p>' +
      '<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" checked disabled> x</li></ul>' +
      '<figure class="figure"><img src="/a.png" alt="a" loading="lazy" decoding="async"></figure>';
    expect(unsafeParts(html, "article")).toEqual([]);
  });

  it("applies the profile allow-list: images are unsafe in a comment", () => {
    expect(unsafeParts('<p><img src="/a.png" alt="a"></p>', "comment")).not.toEqual([]);
  });

  it("decodes numeric and named references before reading a scheme", () => {
    expect(decodeEntities("&#106;&#x61;va&Tab;script&colon;")).toBe("java\tscript:");
    expect(urlScheme("java&#x09;script:alert(1)")).toBe("javascript");
    expect(urlScheme("/relative:path")).toBeNull();
    expect(urlScheme("#user-content-fn-javascript:x")).toBeNull();
  });
});
