import { AsyncLocalStorage } from "node:async_hooks";

// next-auth hands its callbacks no request, so the auth route records the
// client's address key (lib/http/client-address.ts) for the length of the
// request, and the sign-in-link limits read it from here.

const storage = new AsyncLocalStorage<string | null>();

export function withClientAddress<T>(address: string | null, run: () => T): T {
  return storage.run(address, run);
}

/** The address key of the request being handled, or null when unknown (no trusted proxy, or outside a request). */
export function currentClientAddress(): string | null {
  return storage.getStore() ?? null;
}
