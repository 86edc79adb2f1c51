import { connection } from "next/server";
import { env } from "@/lib/env";
import { metricsResponse } from "@/lib/ops/metrics-endpoint";

// Prometheus metrics for a scraper holding METRICS_TOKEN; 404 when none is set (lib/ops/metrics.ts).
export async function GET(request: Request) {
  await connection();
  return metricsResponse(request, env().METRICS_TOKEN);
}
