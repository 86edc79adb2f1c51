import { connection } from "next/server";
import { serveStoredFile } from "@/lib/media/serve";

type Context = { params: Promise<{ path: string[] }> };

/** Uploaded images at /media/<mediaId>/<file>, read from the media storage at request time. */
export async function GET(_request: Request, { params }: Context) {
  await connection();
  return serveStoredFile((await params).path);
}
