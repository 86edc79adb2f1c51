import { describe, expect, it } from "vitest";
import { withBootstrapNonce } from "@/lib/http/bootstrap-nonce";

const BOOTSTRAP = '<script src="/_next/static/chunks/0cnyn74yxfh4k.js" id="_R_" async=""></script>';

describe("the nonce on Next's bootstrap script of a prerendered page", () => {
  it("is added to that one tag", () => {
    const html = `<main>text</main>${BOOTSTRAP}<script nonce="n">push()</script>`;
    expect(withBootstrapNonce(html, "n")).toBe(
      `<main>text</main><script nonce="n" src="/_next/static/chunks/0cnyn74yxfh4k.js" id="_R_" async=""></script><script nonce="n">push()</script>`,
    );
  });

  it("is added to the preload of the same file in <head>, and to no other preload", () => {
    const preload = (file: string) =>
      `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/${file}"/>`;
    const html = `<head>${preload("other.js")}${preload("0cnyn74yxfh4k.js")}</head>${BOOTSTRAP}`;
    const stamped = withBootstrapNonce(html, "n");
    expect(stamped).toContain(
      `<link nonce="n" rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/0cnyn74yxfh4k.js"/>`,
    );
    expect(stamped).toContain(preload("other.js"));
  });

  it("is not added when the tag already has one, as a page rendered per request does", () => {
    const html = '<script src="/_next/static/chunks/a.js" id="_R_" async="" nonce="n"></script>';
    expect(withBootstrapNonce(html, "n")).toBe(html);
  });

  it("is given to no script that loads anything but a file of this build", () => {
    const html =
      '<script src="https://evil.example/x.js" id="_R_" async=""></script><script id="_R_">alert(1)</script>';
    expect(withBootstrapNonce(html, "n")).toBe(html);
  });

  it("is given to none when a second bootstrap-looking tag was smuggled in", () => {
    const html = `<main>${BOOTSTRAP}</main>${BOOTSTRAP}`;
    expect(withBootstrapNonce(html, "n")).toBe(html);
  });
});
