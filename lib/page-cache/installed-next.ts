import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache";
import { IncrementalCache } from "next/dist/server/lib/incremental-cache";
import type { NextCacheInternals } from "./next-internals";

// The installed Next's private cache classes, for the start-up self-check. A
// Next that moved these files fails the build here, loudly, rather than at run time.

export const installedNextInternals: NextCacheInternals = { FileSystemCache, IncrementalCache };
