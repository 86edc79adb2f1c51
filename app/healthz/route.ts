import { connection } from "next/server";

// Liveness: the process answers. No database, no session, never cached.
export async function GET() {
  await connection();
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
