import { adminApiDocument } from "@/lib/admin-api/openapi";

// The API's description needs no token: it says what exists, never what is stored.

export function GET() {
  return Response.json(adminApiDocument());
}
