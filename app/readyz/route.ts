import { connection } from "next/server";
import { readiness } from "@/lib/ops/readiness";

// Readiness: 200 while this instance should get traffic, else 503 with the reason (lib/ops/readiness.ts).
export async function GET() {
  await connection();
  const result = await readiness();
  const headers = { "Cache-Control": "no-store" };
  if (result.ready) return Response.json({ status: "ready" }, { headers });
  return Response.json({ status: "unavailable", reason: result.reason }, { status: 503, headers });
}
