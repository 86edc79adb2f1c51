import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "../env";
import { shippedSvgFor } from "../seo/share-image";
import { rasterizeShareImage } from "./images";

// PNG share images of the SVG heroes shipped in public/images, drawn once per
// version of the SVG and kept under the data folder: the name is the hash of
// the SVG, so an SVG changed by a deployment is drawn afresh.

const cacheDir = () => path.join(env().MASTHEAD_DATA_DIR, "share-images");

/** The PNG for a /share-images/… path, or null when no shipped SVG stands behind it. */
export async function sharePngFor(segments: readonly string[]): Promise<Buffer | null> {
  const source = shippedSvgFor(segments);
  if (!source) return null;
  const svg = await readFile(path.join(process.cwd(), "public", source)).catch(() => null);
  if (!svg) return null;
  const cached = path.join(cacheDir(), `${createHash("sha256").update(svg).digest("hex")}.png`);
  const existing = await readFile(cached).catch(() => null);
  if (existing) return existing;
  const png = await rasterizeShareImage(svg);
  await mkdir(cacheDir(), { recursive: true });
  // Written aside and renamed, so a concurrent request never reads half a file.
  const temporary = `${cached}.${randomBytes(6).toString("hex")}.partial`;
  try {
    await writeFile(temporary, png);
    await rename(temporary, cached);
  } catch {
    await rm(temporary, { force: true });
  }
  return png;
}
