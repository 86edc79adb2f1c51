import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "../../audit/data/record";
import { authorize, type Viewer } from "../../auth/permissions";
import { cacheTags, type Written } from "../../cache-tags";
import { db, Prisma } from "../../db";
import { refuseUpload } from "../../media/process";
import { mediaStorage } from "../../media/storage";
import { getSiteSettings } from "../../settings/data/queries";
import type { SiteSettings } from "../../settings/schema";
import { toBranding, type Branding } from "../dto";
import { makeBrandFiles } from "../images";
import { BYTES_PER_MEGABYTE } from "../../media/messages";
import { brandUploadMessages, MAX_BRAND_UPLOAD_MEGABYTES } from "../messages";
import { accentColourSchema, type BrandImageKind } from "../schema";
import { sniffBrandType, type BrandSourceType } from "../sniff";

// Branding images live in the media storage under a prefix of their own
// ("logo-<random>/logo.png"), so the /media route serves them with its
// immutable caching: a new upload gets a new prefix, hence a new address.
// They are not library items (no Media row): the settings point at them.

const ACCEPTED: Record<BrandImageKind, readonly BrandSourceType[]> = {
  logo: ["image/svg+xml", "image/png", "image/jpeg", "image/webp"],
  favicon: ["image/png", "image/svg+xml"],
  socialImage: ["image/png", "image/jpeg", "image/webp"],
};

const PREFIX: Record<BrandImageKind, string> = { logo: "logo", favicon: "favicon", socialImage: "social" };

function newPrefix(kind: BrandImageKind): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return `${PREFIX[kind]}-${[...randomBytes(20)].map((b) => alphabet[b % alphabet.length]).join("")}`;
}

/** The storage prefix a stored value points at ("/media/logo-x/logo.png" → "logo-x"). */
function storedPrefix(settings: SiteSettings, kind: BrandImageKind): string | null {
  const value = settings[kind];
  if (!value) return null;
  const path = "src" in value ? value.src : value.base;
  return path.split("/")[2] ?? null;
}

async function writeBranding<K extends BrandImageKind | "accentColor">(
  viewer: Viewer,
  key: K,
  value: SiteSettings[K],
  detail: Prisma.InputJsonObject,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const json = value === null ? Prisma.JsonNull : (value as Prisma.InputJsonValue);
    await tx.siteSetting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "settings.branding",
      subjectType: "settings",
      subjectId: null,
      data: { changed: key, ...detail },
    });
  });
}

export interface UploadedBrandFile {
  name: string;
  bytes: Buffer;
}

/** Stores a new logo, favicon or share image in place of the current one, whose files are then removed. */
export async function setBrandImage(
  viewer: Viewer,
  kind: BrandImageKind,
  file: UploadedBrandFile,
): Promise<Written<Branding>> {
  authorize(viewer, "settings:update");
  if (file.bytes.length === 0) throw refuseUpload(brandUploadMessages.noFile);
  if (file.bytes.length > MAX_BRAND_UPLOAD_MEGABYTES * BYTES_PER_MEGABYTE)
    throw refuseUpload(brandUploadMessages.tooLarge);
  const type = sniffBrandType(file.bytes);
  if (!type || !ACCEPTED[kind].includes(type)) throw refuseUpload(brandUploadMessages.notAccepted[kind]);

  const files = await makeBrandFiles(kind, file.bytes, type);
  const prefix = newPrefix(kind);
  const storage = mediaStorage();
  const first = files[0]!;
  const value: SiteSettings[BrandImageKind] =
    kind === "favicon"
      ? { base: `/media/${prefix}` }
      : { src: `/media/${prefix}/${first.name}`, width: first.width, height: first.height };
  const previous = storedPrefix(await getSiteSettings(), kind);
  try {
    for (const f of files) await storage.put(`${prefix}/${f.name}`, f.buffer, f.contentType);
    await writeBranding(viewer, kind, value, { detectedType: type, uploadedBytes: file.bytes.length });
  } catch (error) {
    await storage.delete(prefix);
    throw error;
  }
  if (previous) await storage.delete(previous);
  return { result: toBranding(await getSiteSettings()), tags: [cacheTags.settings] };
}

/** Goes back to the default (the site name as text, no icon, no share image of its own). */
export async function removeBrandImage(viewer: Viewer, kind: BrandImageKind): Promise<Written<Branding>> {
  authorize(viewer, "settings:update");
  const settings = await getSiteSettings();
  const previous = storedPrefix(settings, kind);
  if (!previous) return { result: toBranding(settings), tags: [] };
  await writeBranding(viewer, kind, null, { removed: true });
  await mediaStorage().delete(previous);
  return { result: toBranding(await getSiteSettings()), tags: [cacheTags.settings] };
}

/** Sets the accent colour, refused below AA contrast against white; null restores the default. */
export async function setAccentColor(viewer: Viewer, colour: string | null): Promise<Written<Branding>> {
  authorize(viewer, "settings:update");
  const accentColor = accentColourSchema.nullable().parse(colour);
  const settings = await getSiteSettings();
  if (settings.accentColor === accentColor) return { result: toBranding(settings), tags: [] };
  await writeBranding(viewer, "accentColor", accentColor, { from: settings.accentColor, to: accentColor });
  return { result: toBranding(await getSiteSettings()), tags: [cacheTags.settings] };
}
