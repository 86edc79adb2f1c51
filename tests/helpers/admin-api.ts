import { createAdminApiToken } from "../../lib/admin-api/data/tokens";
import type { TokenRole } from "../../lib/admin-api/schema";
import type { TestAccount } from "./sign-in-as";

// Admin API tokens and requests for integration tests: a token made the way
// the admin page makes it, and a request to a route handler as a client sends it.

export async function makeToken(admin: TestAccount, role: TokenRole, name = `${role} token`) {
  return createAdminApiToken(admin.viewer, { name, role, expiresIn: "30" });
}

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

export interface ApiCall {
  token?: string;
  body?: unknown;
  form?: FormData;
  id?: string;
  headers?: Record<string, string>;
}

/** Sends `method path` to a route handler; `id` fills the route's [id]. */
export async function callApi(
  handler: Handler,
  method: string,
  path: string,
  { token, body, form, id = "", headers = {} }: ApiCall = {},
): Promise<Response> {
  const request = new Request(`http://localhost:3000/api/admin/v1${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
      ...headers,
    },
    ...(form ? { body: form } : body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return handler(request, { params: Promise.resolve({ id }) });
}
