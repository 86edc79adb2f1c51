import type { ServerEnv } from "@/lib/env";
import { installNonceRequestHeader } from "@/lib/http/nonce-request-header";
import { installSecureResponses, newNonce } from "@/lib/http/secure-responses";
import { securityHeaderOptions } from "@/lib/http/security-headers";
import { setScriptNoncePlaceholder } from "@/lib/http/script-nonce";
import { startSharedCache } from "@/lib/shared-cache/install";
import { log } from "@/lib/log";
import { metricsIfEnabled } from "@/lib/ops/metrics";
import { installedNextInternals } from "./installed-next";
import { installPageCache } from "./page-cache";

// The production server's page cache and response headers, installed together
// because the nonce design needs both: a page may be served from the cache
// only if its scripts carry this process's placeholder, which every response
// then replaces with its own nonce (docs/security-headers.md). With REDIS_URL
// the instances of one build agree on the placeholder through Redis, so that
// each can serve the pages the others rendered (lib/shared-cache).

export async function installSecureServer(config: ServerEnv): Promise<void> {
  const shared = await startSharedCache(config, { noncePlaceholder: newNonce() });
  const placeholder = shared?.noncePlaceholder ?? newNonce();
  const lookups = metricsIfEnabled()?.pageCacheLookups;
  const cacheInstalled = installPageCache(installedNextInternals, {
    noncePlaceholder: placeholder,
    asciiHtml: config.MASTHEAD_ASCII_PAGE_CACHE === "true",
    shared: shared?.routes ?? null,
    onPageLookup: lookups && ((hit) => lookups.inc({ result: hit ? "hit" : "miss" })),
  });
  if (cacheInstalled) setScriptNoncePlaceholder(placeholder);
  else log.warn("Content-Security-Policy: without the page cache, scripts are allowed by origin, not by nonce.");
  installNonceRequestHeader(cacheInstalled ? placeholder : null);
  installSecureResponses(securityHeaderOptions(config), cacheInstalled ? placeholder : null);
}
