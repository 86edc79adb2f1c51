import { connection } from "next/server";
import { serveFeed } from "@/lib/feeds/serve";

export async function GET() {
  await connection();
  return serveFeed({ kind: "site" }, "atom");
}
