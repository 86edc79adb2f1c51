import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { edgeServerConfig, SHIPPED_EDGE_CONFIG } from "../helpers/nginx-edge";

// The cluster test and `npm run bench:cluster` run the shipped nginx file with
// only a deployment's own lines replaced: these pin which lines those are.

const shipped = readFileSync(SHIPPED_EDGE_CONFIG, "utf8");
const base = { port: 8251, upstreamPorts: [3252, 3253], cacheDir: "/tmp/edge/cache" };

describe("the shipped edge configuration as the cluster test runs it", () => {
  it("gets this run's address, cache folders and one upstream line per instance with the shipped parameters", () => {
    const config = edgeServerConfig(shipped, base);
    expect(config).toContain("listen 127.0.0.1:8251;");
    expect(config).not.toContain("listen 80;");
    expect(config).toMatch(
      /upstream masthead \{\n {4}server 127\.0\.0\.1:3252 max_fails=1 fail_timeout=5s;\n {4}server 127\.0\.0\.1:3253 max_fails=1 fail_timeout=5s;\n/,
    );
    expect(config).not.toContain("/var/cache/nginx/");
    expect(config).toContain("proxy_cache_path /tmp/edge/cache/masthead-pages ");
    // Everything else is the shipped file, line for line.
    expect(config.split("\n").length).toBe(shipped.split("\n").length + 1);
  });

  it("without the micro-cache turns off only the pages' cache: static files and media stay cached", () => {
    const config = edgeServerConfig(shipped, { ...base, microCache: false });
    expect(config).not.toMatch(/proxy_cache masthead_pages;/);
    expect(config).toMatch(/^ {4}proxy_cache off;$/m);
    expect(config.match(/proxy_cache masthead_assets;/g)).toHaveLength(2);
    expect(edgeServerConfig(shipped, base)).toMatch(/^ {4}proxy_cache masthead_pages;$/m);
  });

  it("serves a folder of static files under /static-copy/ when asked, ahead of the proxied locations", () => {
    const config = edgeServerConfig(shipped, { ...base, staticRoot: "/tmp/edge/static" });
    expect(config).toMatch(
      /location \/static-copy\/ \{\n\s+alias \/tmp\/edge\/static\/;\n\s+types \{ text\/html html; \}\n\s+\}/,
    );
    expect(config.indexOf("/static-copy/")).toBeLessThan(config.indexOf("location / {"));
    expect(edgeServerConfig(shipped, base)).not.toContain("/static-copy/");
  });

  it("refuses a shipped file that lacks a line it replaces, naming the line", () => {
    expect(() => edgeServerConfig(shipped.replace("listen 80;", "listen 8080;"), base)).toThrow(/`listen 80;`/);
    expect(() => edgeServerConfig(shipped.replace("127.0.0.1:3000", "10.0.0.1:3000"), base)).toThrow(/upstream/);
    expect(() =>
      edgeServerConfig(shipped.replace("proxy_cache masthead_pages;", ""), { ...base, microCache: false }),
    ).toThrow(/page cache switch/);
  });
});
