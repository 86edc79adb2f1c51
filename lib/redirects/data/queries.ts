import "server-only";
import { db } from "../../db";

/** Where an old public path ("/tags/old-name") now lives, or null. */
export async function findPathRedirect(path: string): Promise<string | null> {
  const row = await db.pathRedirect.findUnique({ where: { fromPath: path }, select: { toPath: true } });
  return row?.toPath ?? null;
}
