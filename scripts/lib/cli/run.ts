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
// stack trace) and exit 1; cleanup runs on Ctrl-C and on normal exit.

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

async function cleanup(): Promise<void> {
  while (cleanups.length) await cleanups.pop()!().catch(() => {});
}

export function runCli(main: () => Promise<void | number>): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void cleanup().then(() => process.exit(130));
    });
  }
  main()
    .then(async (code) => {
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
