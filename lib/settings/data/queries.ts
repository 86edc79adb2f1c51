import "server-only";
import { db } from "../../db";
import { siteSettingsSchema, type SiteSettings } from "../schema";

/** The site's settings; a stored value that no longer validates falls back to its default. */
export async function getSiteSettings(): Promise<SiteSettings> {
  const rows = await db.siteSetting.findMany();
  const defaults = siteSettingsSchema.parse({});
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  const settings = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof SiteSettings)[]) {
    if (!(key in stored)) continue;
    const parsed = siteSettingsSchema.shape[key].safeParse(stored[key]);
    if (parsed.success) Object.assign(settings, { [key]: parsed.data });
  }
  return settings;
}
