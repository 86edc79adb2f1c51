import { describe, expect, it } from "vitest";
import { Forbidden } from "../../../lib/errors";
import { requireSameOrigin } from "../../../lib/http/same-origin";

const site = "https://news.example.org";

function post(headers: Record<string, string>): Request {
  return new Request("http://127.0.0.1:3000/api/media", { method: "POST", headers });
}

describe("the same-origin check of state-changing route handlers", () => {
  it("lets through a request whose Origin is the host it was sent to, or the site's own address", () => {
    expect(() =>
      requireSameOrigin(post({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }), site),
    ).not.toThrow();
    expect(() => requireSameOrigin(post({ origin: site, host: "10.0.0.5:3000" }), site)).not.toThrow();
    expect(() =>
      requireSameOrigin(
        post({ origin: "https://cms.example.org", host: "10.0.0.5:3000", "x-forwarded-host": "cms.example.org" }),
        site,
      ),
    ).not.toThrow();
  });

  it("refuses another site, an opaque origin, a malformed one and a request without any", () => {
    const refused: Record<string, string>[] = [
      { origin: "https://evil.example", host: "news.example.org" },
      { origin: "https://news.example.org.evil.example", host: "news.example.org" },
      { origin: "null", host: "news.example.org" },
      { origin: "not a url", host: "news.example.org" },
      { host: "news.example.org" },
    ];
    for (const headers of refused) {
      expect(() => requireSameOrigin(post(headers), site), JSON.stringify(headers)).toThrow(Forbidden);
    }
  });
});
