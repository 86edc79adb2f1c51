import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  contentSecurityPolicyWithoutNonce,
  everyResponseHeaders,
  referrerPolicyFor,
  securityHeaderOptions,
} from "@/lib/http/security-headers";

const http = securityHeaderOptions({ SITE_URL: "http://localhost:3000" });
const https = securityHeaderOptions({ SITE_URL: "https://news.example.org" });

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d] as const));

describe("the Content-Security-Policy", () => {
  it("allows scripts by the response's nonce and what they load, nothing by origin", () => {
    const policy = directives(contentSecurityPolicy("AbC123+/xyz", http));
    expect(policy.get("script-src")).toBe("script-src 'nonce-AbC123+/xyz' 'strict-dynamic'");
    expect(policy.get("object-src")).toBe("object-src 'none'");
    expect(policy.get("base-uri")).toBe("base-uri 'none'");
    expect(policy.get("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(policy.get("img-src")).toMatch(/^img-src 'self' https:/);
    expect(policy.get("form-action")).toBe("form-action 'self'");
  });

  it("allows frames only from the video players and social networks' embed pages that article embeds load", () => {
    const policy = directives(contentSecurityPolicy("n", http));
    expect(policy.get("frame-src")).toBe(
      "frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://platform.twitter.com https://embed.bsky.app https://www.instagram.com https://www.linkedin.com",
    );
    expect(directives(contentSecurityPolicyWithoutNonce(http)).get("frame-src")).toBe(policy.get("frame-src"));
  });

  it("upgrades insecure requests only when the site is served over https", () => {
    expect(contentSecurityPolicy("n", https)).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", http)).not.toContain("upgrade-insecure-requests");
  });

  it("lets sign-in forms go on to the OAuth providers that are configured, and no others", () => {
    const both = securityHeaderOptions({ SITE_URL: "http://x.test", GITHUB_ID: "id", GOOGLE_CLIENT_ID: "id" });
    expect(directives(contentSecurityPolicy("n", both)).get("form-action")).toBe(
      "form-action 'self' https://github.com https://accounts.google.com",
    );
  });

  it("lets images load from the public media address, even a plain-http one, when media is served from a bucket", () => {
    const bucket = securityHeaderOptions({ SITE_URL: "http://x.test", S3_PUBLIC_URL: "http://127.0.0.1:9000/media" });
    expect(directives(contentSecurityPolicy("n", bucket)).get("img-src")).toBe(
      "img-src 'self' https: data: blob: http://127.0.0.1:9000",
    );
    expect(directives(contentSecurityPolicy("n", http)).get("img-src")).toBe("img-src 'self' https: data: blob:");
  });

  it("falls back to scripts from this origin when no nonce can be given, keeping every other directive", () => {
    const policy = directives(contentSecurityPolicyWithoutNonce(http));
    expect(policy.get("script-src")).toBe("script-src 'self' 'unsafe-inline'");
    expect(policy.get("object-src")).toBe("object-src 'none'");
    expect(policy.get("frame-ancestors")).toBe("frame-ancestors 'none'");
  });
});

describe("the headers on every response", () => {
  it("forbid MIME sniffing and limit the Referer and browser features", () => {
    const headers = new Map(everyResponseHeaders("/articles/x", http));
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("Permissions-Policy")).toContain("camera=()");
  });

  it("include HSTS only when SITE_URL is https", () => {
    expect(new Map(everyResponseHeaders("/", https)).get("Strict-Transport-Security")).toMatch(/^max-age=\d{8}/);
    expect(new Map(everyResponseHeaders("/", http)).has("Strict-Transport-Security")).toBe(false);
  });

  it.each(["/reset-password", "/accept-invitation", "/preview/abc.def", "/api/auth/callback/email", "/login/unlock"])(
    "send no Referer at all from %s, whose URL carries a secret",
    (path) => expect(referrerPolicyFor(path)).toBe("no-referrer"),
  );

  it.each(["/", "/articles/preview-of-the-season", "/admin/posts", "/login"])(
    "keep the origin-only Referer on %s",
    (path) => expect(referrerPolicyFor(path)).toBe("strict-origin-when-cross-origin"),
  );
});
