import { connection } from "next/server";
import { sharePngFor } from "@/lib/branding/share-images";

type Context = { params: Promise<{ path: string[] }> };

/** PNG share images of the SVG heroes in public/images (lib/seo/share-image.ts). */
export async function GET(_request: Request, { params }: Context) {
  await connection();
  const png = await sharePngFor((await params).path);
  if (!png)
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
    });
  return new Response(new Uint8Array(png), {
    headers: {
      "Content-Type": "image/png",
      "Content-Length": String(png.length),
      // A day: the SVG behind the address may change with a deployment.
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
