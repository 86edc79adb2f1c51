import { connection } from "next/server";
import { serveFeed } from "@/lib/feeds/serve";

type Context = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Context) {
  await connection();
  return serveFeed({ kind: "section", slug: (await params).slug }, "atom");
}
