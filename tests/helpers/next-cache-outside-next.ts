// Integration tests call the cached read functions directly, outside a Next
// server, where Next's cache has no store. There they run uncached: the
// cache directives become no-ops. Caching itself is proven end to end
// (tests/e2e/revalidation.spec.ts) against the production server.

export function cacheLife(): void {}
export function cacheTag(): void {}
export function revalidateTag(): void {}
export function updateTag(): void {}
