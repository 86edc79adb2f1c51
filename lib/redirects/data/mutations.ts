import "server-only";
import type { Db } from "../../db";

// Redirect rows for renamed public paths. These run inside the transaction of
// the rename, merge or delete that causes them, so a redirect never exists
// without the change it follows.

type Tx = Pick<Db, "pathRedirect">;

/**
 * `from` now lives at `to`: every redirect that ended at `from` is pointed at
 * `to` too, so chains never form, and a redirect that started at `to` is
 * dropped because that path is live again.
 */
export async function redirectPath(tx: Tx, from: string, to: string): Promise<void> {
  if (from === to) return;
  await tx.pathRedirect.deleteMany({ where: { fromPath: to } });
  await tx.pathRedirect.updateMany({ where: { toPath: from }, data: { toPath: to } });
  await tx.pathRedirect.upsert({
    where: { fromPath: from },
    create: { fromPath: from, toPath: to },
    update: { toPath: to },
  });
}

/** A new section, tag, series or contributor takes this path: it no longer redirects. */
export async function claimPath(tx: Tx, path: string): Promise<void> {
  await tx.pathRedirect.deleteMany({ where: { fromPath: path } });
}

/** The thing at `path` is gone: redirects that led to it would now lead to a 404. */
export async function forgetPath(tx: Tx, path: string): Promise<void> {
  await tx.pathRedirect.deleteMany({ where: { toPath: path } });
}
