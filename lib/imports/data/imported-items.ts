import "server-only";
import { db, type Db, type ImportedKind } from "../../db";
import { insertRows } from "./insert-rows";

// The ledger of what imports brought in (model ImportedItem): looked up by
// the other system's ids before anything is written, so importing the same
// export again finds everything already there and writes nothing.

type Client = Pick<Db, "importedItem" | "$executeRawUnsafe">;

export interface LedgerEntry {
  sourceId: string;
  sourceSlug?: string | null;
  targetId: string;
}

/** What each of these source ids became, for the ids already imported. */
export async function importedTargets(
  source: string,
  kind: ImportedKind,
  sourceIds: readonly string[],
  client: Client = db,
): Promise<Map<string, string>> {
  if (sourceIds.length === 0) return new Map();
  const rows = await client.importedItem.findMany({
    where: { source, kind, sourceId: { in: [...new Set(sourceIds)] } },
    select: { sourceId: true, targetId: true },
  });
  return new Map(rows.map((r) => [r.sourceId, r.targetId]));
}

export async function recordImported(
  tx: Client,
  source: string,
  kind: ImportedKind,
  entries: readonly LedgerEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await insertRows(
    tx,
    "ImportedItem",
    entries.map((e) => ({
      source,
      kind,
      sourceId: e.sourceId,
      sourceSlug: e.sourceSlug ?? null,
      targetId: e.targetId,
    })),
  );
}
