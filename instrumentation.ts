// Runs once when the server starts. A production server's page cache never
// stores 404s and serves cached pages as one-byte ASCII HTML (lib/page-cache;
// MASTHEAD_ASCII_PAGE_CACHE=false keeps them as rendered), and every response
// gets its security headers, with a fresh script nonce for every HTML response
// (lib/http/secure-responses.ts, docs/security-headers.md); with REDIS_URL,
// Next's caches and tag invalidations are shared through Redis by every
// instance (lib/shared-cache); public addresses
// are rewritten as they arrive (lib/http/site-address-rewrite.ts). With MASTHEAD_IN_PROCESS_SCHEDULER=true
// (the default) the web server itself publishes scheduled posts every 15 s
// and runs the job queue's worker (webhook deliveries, lib/jobs/queue.ts);
// set it to "false" when `npm run worker` does that instead.

const SCHEDULER_INTERVAL_MS = 15_000;

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env, localSiteUrl } = await import("./lib/env");
  const config = env();
  if (process.env.NODE_ENV === "production") {
    const { installSecureServer } = await import("./lib/page-cache/install");
    await installSecureServer(config);
    const { installSiteAddressRewrite } = await import("./lib/http/site-address-rewrite");
    installSiteAddressRewrite();
  }
  if (config.MASTHEAD_IN_PROCESS_SCHEDULER !== "true") return;
  // Development reloads can register twice in one process; one scheduler is enough.
  const holder = globalThis as { __mastheadScheduler?: true };
  if (holder.__mastheadScheduler) return;
  holder.__mastheadScheduler = true;

  const { startBackgroundWork } = await import("./lib/jobs/background");
  const secret = config.INTERNAL_API_SECRET;
  if (!secret)
    console.warn(
      "INTERNAL_API_SECRET is not set: scheduled posts are published, but cached pages only refresh when they expire.",
    );
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: start Masthead with `npm start` or `npm run dev`.");
  await startBackgroundWork({
    databaseUrl,
    intervalMs: SCHEDULER_INTERVAL_MS,
    revalidate: secret ? { baseUrl: localSiteUrl(config), secret } : null,
    log: (line) => console.log(`[scheduler] ${line}`),
    unref: true,
    stopOnSignals: true,
  });
}
