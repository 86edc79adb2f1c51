import sharp from "sharp";

// sharp's process-wide settings, applied when image processing is first
// loaded. By default libvips uses a thread per core for every image and keeps
// up to 50 MB of recent operations cached: on a small server one upload could
// take every core from the request thread and hold memory nobody reuses
// (each upload is a different image).

/** libvips threads per image: one core for an upload, the rest for requests. */
const SHARP_THREADS = 1;

let applied = false;

export function applySharpLimits(): void {
  if (applied) return;
  applied = true;
  sharp.concurrency(SHARP_THREADS);
  sharp.cache(false);
}
