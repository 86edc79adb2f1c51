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
    process.once(signal, () => {
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
