import { contentApiDocument } from "@/lib/content-api/openapi";

// The API's description needs no key: it says what exists, never what is published.

export function GET() {
  return Response.json(contentApiDocument(), { headers: { "Access-Control-Allow-Origin": "*" } });
}
