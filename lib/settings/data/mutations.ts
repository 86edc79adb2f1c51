import "server-only";
import { isDeepStrictEqual } from "node:util";
import { recordAudit } from "../../audit/data/record";
import { type Viewer, authorize } from "../../auth/permissions";
import { cacheTags, type Written } from "../../cache-tags";
import { db, Prisma } from "../../db";
import type { SettingsInput, SettingsKey } from "../input";
import { getSiteSettings } from "./queries";
import type { SiteSettings } from "../schema";

/**
 * Writes the settings that differ from what is stored, in one transaction
 * with their audit entry. A change touches every public page (they all read
 * the settings through the one tagged cache entry).
 */
export async function updateSettings(
  viewer: Viewer,
  input: SettingsInput,
): Promise<Written<{ settings: SiteSettings; changed: SettingsKey[] }>> {
  authorize(viewer, "settings:update");
  const current = await getSiteSettings();
  // Compared by value: list settings (banned words) are new arrays on every save.
  const changed = (Object.keys(input) as SettingsKey[]).filter((key) => !isDeepStrictEqual(input[key], current[key]));
  if (changed.length === 0) return { result: { settings: current, changed }, tags: [] };
  await db.$transaction(async (tx) => {
    for (const key of changed) {
      const given = input[key] ?? null;
      const value = given === null ? Prisma.JsonNull : given;
      await tx.siteSetting.upsert({ where: { key }, create: { key, value }, update: { value } });
    }
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "settings.update",
      subjectType: "settings",
      subjectId: null,
      data: { changed },
    });
  });
  return { result: { settings: { ...current, ...input }, changed }, tags: [cacheTags.settings] };
}
