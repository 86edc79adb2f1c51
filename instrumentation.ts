// Runs once when the server starts. Every request gets a request id, which
// the log lines written while handling it carry, and is timed for /metrics
// when METRICS_TOKEN is set (lib/http/request-observation.ts, lib/ops). A
// production server's page cache never stores 404s and serves cached pages as
// one-byte ASCII HTML (lib/page-cache; MASTHEAD_ASCII_PAGE_CACHE=false keeps
// them as rendered), and every response gets its security headers, with a
// fresh script nonce for every HTML response (lib/http/secure-responses.ts,
// docs/security-headers.md); with REDIS_URL, Next's caches and tag
// invalidations are shared through Redis by every instance (lib/shared-cache);
// public addresses are rewritten as they arrive
// (lib/http/site-address-rewrite.ts). With MASTHEAD_IN_PROCESS_SCHEDULER=true
// (the default) the web server itself publishes scheduled posts every 15 s
// and runs the job queue's worker (webhook deliveries, lib/jobs/queue.ts);
// set it to "false" when `npm run worker` does that instead. Under `npm
// start` SIGTERM shuts the server down gracefully (lib/ops/shutdown.ts).

const SCHEDULER_INTERVAL_MS = 15_000;

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env, localSiteUrl } = await import("./lib/env");
  const config = env();
  // Development reloads can register twice in one process; everything below is installed once.
  const holder = globalThis as { __mastheadRegistered?: true };
  if (holder.__mastheadRegistered) return;
  holder.__mastheadRegistered = true;

  const { log } = await import("./lib/log");
  if (config.METRICS_TOKEN) (await import("./lib/ops/metrics")).metrics();
  if (process.env.NODE_ENV === "production") {
    const { installSecureServer } = await import("./lib/page-cache/install");
    await installSecureServer(config);
    const { installSiteAddressRewrite } = await import("./lib/http/site-address-rewrite");
    installSiteAddressRewrite();
  }
  // Installed last, so it sees each request first: before the address rewrite, and its timer starts earliest.
  const { installRequestObservation } = await import("./lib/http/request-observation");
  installRequestObservation();

  let background: { stop: () => Promise<void> } | null = null;
  // Next leaves the signals to us only when told to (scripts/lib/cli/server-process.ts); otherwise it exits on its own.
  const gracefulShutdown = Boolean(process.env.NEXT_MANUAL_SIG_HANDLE);
  if (config.MASTHEAD_IN_PROCESS_SCHEDULER === "true") {
    const { startBackgroundWork } = await import("./lib/jobs/background");
    const secret = config.INTERNAL_API_SECRET;
    if (!secret)
      log.warn(
        "INTERNAL_API_SECRET is not set: scheduled posts are published, but cached pages only refresh when they expire.",
      );
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) throw new Error("DATABASE_URL is not set: start Masthead with `npm start` or `npm run dev`.");
    background = await startBackgroundWork({
      databaseUrl,
      intervalMs: SCHEDULER_INTERVAL_MS,
      revalidate: secret ? { baseUrl: localSiteUrl(config), secret } : null,
      log: (line) => log.info({ component: "scheduler" }, line),
      unref: true,
      stopOnSignals: !gracefulShutdown,
    });
  }
  if (gracefulShutdown) {
    const { installGracefulShutdown } = await import("./lib/ops/shutdown");
    const { closeDatabase } = await import("./lib/ops/data/pool");
    installGracefulShutdown({
      timeoutMs: config.SHUTDOWN_TIMEOUT_SECONDS * 1000,
      stopBackground: async () => background?.stop(),
      closeDatabase,
    });
  }
}
