import { AsyncLocalStorage } from "node:async_hooks";

// Integration tests call server actions directly, outside a Next server. The
// request's cookies come from tests/helpers/sign-in-as.ts's `asViewer`, which
// runs the call with a real signed session cookie.

export const requestCookies = new AsyncLocalStorage<Map<string, string>>();

export async function cookies() {
  const jar = requestCookies.getStore() ?? new Map<string, string>();
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
  };
}

export async function headers() {
  return new Headers({ "x-forwarded-for": "127.0.0.1" });
}
