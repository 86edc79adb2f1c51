import { readdirSync } from "node:fs";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { matchHas, prepareDestination } from "next/dist/shared/lib/router/utils/prepare-destination";
import { describe, expect, it } from "vitest";
import { LEGACY_REDIRECTS } from "../../../lib/site/legacy-rewrites";
import { arrivingUrl, NO_SUCH_PAGE, NOT_SITE_SEGMENTS, siteRewrites } from "../../../lib/site/rewrites";

// The rewrites as Next's router applies them (its own matcher, the options
// it builds custom routes with): the first rule that matches decides.
const rules = siteRewrites().map((rule) => ({
  ...rule,
  match: getPathMatch(rule.source, { strict: true, removeUnnamedParams: true }),
}));

function rewrite(url: string): string {
  const { pathname, searchParams } = new URL(url, "http://site.test");
  const query = Object.fromEntries(searchParams);
  for (const rule of rules) {
    let params = rule.match(pathname);
    if (params && rule.has) {
      const has = matchHas({ headers: {} } as never, query, rule.has);
      params = has ? { ...params, ...has } : false;
    }
    if (params) {
      const { parsedDestination } = prepareDestination({
        appendParamsToQuery: false,
        destination: rule.destination,
        params,
        query,
      });
      return parsedDestination.pathname!;
    }
  }
  return pathname;
}

describe("the site's address rewrites", () => {
  it("send bare public addresses to the site's own interface", () => {
    expect(rewrite("/")).toBe("/_");
    expect(rewrite("/about")).toBe("/_/about");
    expect(rewrite("/articles/a-warm-home")).toBe("/_/articles/a-warm-home");
    expect(rewrite("/sections/housing/feed.xml")).toBe("/_/sections/housing/feed.xml");
    expect(rewrite("/search?q=damp")).toBe("/_/search");
  });

  it("leave a second language's addresses to its own route", () => {
    expect(rewrite("/nl")).toBe("/nl");
    expect(rewrite("/nl/articles/a-warm-home")).toBe("/nl/articles/a-warm-home");
    expect(rewrite("/en/about")).toBe("/en/about");
  });

  it("keep ?page=N listings as their own page routes in both kinds of address", () => {
    expect(rewrite("/?page=2")).toBe("/_/page/2");
    expect(rewrite("/nl?page=3")).toBe("/nl/page/3");
    expect(rewrite("/sections/housing?page=2")).toBe("/_/sections/housing/page/2");
    expect(rewrite("/nl/tags/repairs?page=2")).toBe("/nl/tags/repairs/page/2");
    expect(rewrite("/contributors/sam?page=4")).toBe("/_/contributors/sam/page/4");
  });

  it("answer a nonsense page number with the prerendered 404 in both kinds of address", () => {
    expect(rewrite("/page/abc")).toBe(NO_SUCH_PAGE);
    expect(rewrite("/nl/sections/housing/page/0")).toBe(NO_SUCH_PAGE);
    expect(rewrite("/tags/repairs/page/100001")).toBe(NO_SUCH_PAGE);
  });

  it("never touch the staff side, route handlers, public files or Next's own paths", () => {
    for (const path of [
      "/admin",
      "/admin/posts/abc",
      "/login",
      "/api/auth/session",
      "/feed.xml",
      "/robots.txt",
      "/sitemap.xml",
      "/sitemaps/posts-1.xml",
      "/media/abc.png",
      "/images/posts/garden.svg",
      "/_next/static/chunks/main.js",
      "/_/about",
      NO_SUCH_PAGE,
    ]) {
      expect(rewrite(path), path).toBe(path);
    }
  });

  it("still rewrite pages whose slug only starts like a reserved name", () => {
    expect(rewrite("/administration")).toBe("/_/administration");
    expect(rewrite("/feedback")).toBe("/_/feedback");
    expect(rewrite("/nlnet")).toBe("/_/nlnet");
  });

  it("send an imported WordPress site's old addresses to the legacy route", () => {
    expect(rewrite("/2024/03/14/kestrel-lifts")).toBe("/api/legacy/wordpress/slug/kestrel-lifts");
    expect(rewrite("/2024/03/kestrel-lifts")).toBe("/api/legacy/wordpress/slug/kestrel-lifts");
    expect(rewrite("/?p=101")).toBe("/api/legacy/wordpress/id/101");
    expect(rewrite("/?page_id=110")).toBe("/api/legacy/wordpress/id/110");
    expect(rewrite("/category/estate-news")).toBe("/api/legacy/wordpress/category/estate-news");
    expect(rewrite("/category/estate-news/lifts")).toBe("/api/legacy/wordpress/category/lifts");
    expect(rewrite("/category/a/b/lifts")).toBe("/api/legacy/wordpress/category/lifts");
    expect(rewrite("/tag/heating")).toBe("/api/legacy/wordpress/tag/heating");
    expect(rewrite("/author/mira")).toBe("/api/legacy/wordpress/author/mira");
  });

  it("send an imported Blogger blog's old addresses to its legacy route, mobile twins included", () => {
    const post = "/api/legacy/blogger/path/2024/03/boiler-replacement-day.html";
    expect(rewrite("/2024/03/boiler-replacement-day.html")).toBe(post);
    expect(rewrite("/2024/03/boiler-replacement-day.html?m=1")).toBe(post);
    expect(rewrite("/2024/03/boiler-replacement-day.html?m=0")).toBe(post);
    expect(rewrite("/p/about-this-blog.html")).toBe("/api/legacy/blogger/path/p/about-this-blog.html");
    expect(rewrite("/search/label/Quayside%20Court")).toBe("/api/legacy/blogger/label/Quayside%20Court");
    // WordPress's year-first addresses without .html are still WordPress's.
    expect(rewrite("/2024/03/boiler-replacement-day")).toBe("/api/legacy/wordpress/slug/boiler-replacement-day");
  });

  it("redirect Blogger's feed addresses to the site's feeds, permanently", () => {
    const redirect = (url: string) => {
      const { pathname, searchParams } = new URL(url, "http://site.test");
      const query = Object.fromEntries(searchParams);
      const rule = LEGACY_REDIRECTS.find(
        (r) =>
          getPathMatch(r.source, { strict: true })(pathname) &&
          (!r.has || matchHas({ headers: {} } as never, query, r.has)),
      );
      return rule ? [rule.destination, rule.permanent] : null;
    };
    expect(redirect("/feeds/posts/default")).toEqual(["/atom.xml", true]);
    expect(redirect("/feeds/posts/summary")).toEqual(["/atom.xml", true]);
    expect(redirect("/feeds/posts/default?alt=rss")).toEqual(["/feed.xml", true]);
    expect(redirect("/feed")).toEqual(["/feed.xml", true]);
    expect(redirect("/feeds/comments/default")).toBeNull();
  });

  it("leave the site's own addresses to the site when they only look like WordPress's", () => {
    expect(rewrite("/?p=abc")).toBe("/_");
    expect(rewrite("/?page=2")).toBe("/_/page/2");
    expect(rewrite("/2024")).toBe("/_/2024");
    expect(rewrite("/category")).toBe("/_/category");
    expect(rewrite("/tags/heating")).toBe("/_/tags/heating");
    expect(rewrite("/nl/2024/03/14/kestrel-lifts")).toBe("/nl/2024/03/14/kestrel-lifts");
  });

  it("name every top-level route outside the public site and every public folder", () => {
    const outside = [
      ...readdirSync("app", { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith("("))
        .map((entry) => entry.name),
      ...readdirSync("app/(staff)", { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name),
      ...readdirSync("public"),
    ];
    expect(outside.filter((name) => !(NOT_SITE_SEGMENTS as readonly string[]).includes(name))).toEqual([]);
  });
});

describe("the rewrites done as a request arrives", () => {
  const urls = [
    "/",
    "/about",
    "/About",
    "/articles/a-warm-home",
    "/articles/a-warm-home?_rsc=abc",
    "/sections/housing/feed.xml",
    "/search?q=damp&page=2",
    "/nl",
    "/nl/articles/a-warm-home",
    "/NL/about",
    "/en/about",
    "/?page=2",
    "/?page=0",
    "/?page=1234567",
    "/nl?page=3",
    "/sections/housing?page=2&_rsc=x",
    "/nl/tags/repairs?page=2",
    "/contributors/sam?page=4",
    "/page/2",
    "/page/abc",
    "/nl/sections/housing/page/0",
    "/tags/repairs/page/100001",
    "/sections/housing/page/7",
    "/admin",
    "/admin/posts/abc",
    "/Admin",
    "/login",
    "/api/auth/session",
    "/feed.xml",
    "/robots.txt",
    "/images/posts/garden.svg",
    "/_next/static/chunks/main.js",
    "/_/about",
    "/administration",
    "/nlnet",
    "/no/such/page",
    "/2024/annual-report",
    "/tag",
  ];

  it("agree with Next's own rules on every kind of address", () => {
    for (const url of urls) {
      const arriving = arrivingUrl(url) ?? url;
      expect(arriving.split("?")[0], url).toBe(rewrite(url));
      // The query travels on untouched, as Next keeps it.
      expect(arriving.slice(arriving.indexOf("?") + 1 || arriving.length), url).toBe(
        url.slice(url.indexOf("?") + 1 || url.length),
      );
    }
  });

  it("leave an imported WordPress site's old addresses to Next's rules", () => {
    for (const url of [
      "/2024/03/14/kestrel-lifts",
      "/2024/03/kestrel-lifts",
      "/?p=101",
      "/?page_id=110&utm_source=x",
      "/category/estate-news",
      "/category/news/local",
      "/tag/repairs",
      "/author/sam",
    ]) {
      expect(arrivingUrl(url), url).toBeNull();
      expect(rewrite(url), url).toMatch(/^\/api\/legacy\/wordpress\//);
    }
  });

  it("leave an imported Blogger blog's old addresses to Next's rules", () => {
    for (const url of ["/2024/03/boiler.html?m=1", "/p/about.html", "/search/label/Repairs"]) {
      expect(arrivingUrl(url), url).toBeNull();
      expect(rewrite(url), url).toMatch(/^\/api\/legacy\/blogger\//);
    }
    expect(arrivingUrl("/feeds/posts/default")).toBeNull();
    // The site's own search, and a page whose slug is "p", are still the site's.
    expect(arrivingUrl("/search?q=damp")).toBe("/_/search?q=damp");
    expect(arrivingUrl("/p")).toBe("/_/p");
  });

  it("leave what Next redirects or normalises first to Next", () => {
    for (const url of ["/feed", "/articles/x/", "//articles/x", "/articles//x", "/articles/caf%C3%A9"]) {
      expect(arrivingUrl(url), url).toBeNull();
    }
  });
});
