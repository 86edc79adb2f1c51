import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { getApiPost } from "../../lib/content-api/data/posts";
import { getFeedChannel } from "../../lib/feeds/data/queries";
import { uploadMedia } from "../../lib/media/data/mutations";
import { serveStoredFile } from "../../lib/media/serve";
import { getArticlePage } from "../../lib/posts/data/article-page";
import { makePost } from "../helpers/factories";
import { startS3Server } from "../helpers/s3-server";
import { makeAccount } from "../helpers/sign-in-as";

// Public-URL mode: the bucket is readable at S3_PUBLIC_URL (here s3rver's own
// path-style address, as a public MinIO bucket would be), so readers are sent
// there for media, and the site's /media/ only redirects. Read by lib/env on first use.

const s3 = await startS3Server();
const dataDir = await mkdtemp(path.join(tmpdir(), "masthead-media-public-"));
const publicUrl = `${s3.endpoint}/${s3.bucket}`;
Object.assign(process.env, s3.env, { MASTHEAD_DATA_DIR: dataDir, S3_PREFIX: "site", S3_PUBLIC_URL: publicUrl });

afterAll(async () => {
  await s3.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function uploadPhoto() {
  const author = await makeAccount("AUTHOR");
  const bytes = await sharp({ create: { width: 700, height: 350, channels: 3, background: "#205080" } })
    .jpeg()
    .toBuffer();
  return uploadMedia(author.viewer, { name: "quay.jpg", bytes, declaredType: "image/jpeg" });
}

describe("media served from a public bucket address", () => {
  it("the library keeps site addresses, which are what posts store", async () => {
    const media = await uploadPhoto();
    expect(media.url).toBe(`/media/${media.id}/original.jpg`);
    expect(media.srcset).toBe(
      `/media/${media.id}/320.webp 320w, /media/${media.id}/640.webp 640w, /media/${media.id}/700.webp 700w`,
    );
  });

  it("the site's /media/ address redirects to the public one, which serves the file with its type and cache headers", async () => {
    const media = await uploadPhoto();
    const redirect = await serveStoredFile([media.id, "640.webp"]);
    expect(redirect.status).toBe(302);
    const location = `${publicUrl}/site/${media.id}/640.webp`;
    expect(redirect.headers.get("location")).toBe(location);

    const fetched = await fetch(location);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get("content-type")).toBe("image/webp");
    expect(fetched.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await sharp(Buffer.from(await fetched.arrayBuffer())).metadata()).width).toBe(640);
  });

  it("an article's hero, srcset and body images, its feed and the Content API point readers at the public address", async () => {
    const media = await uploadPhoto();
    const site = (file: string) => `/media/${media.id}/${file}`;
    const bucket = (file: string) => `${publicUrl}/site/${media.id}/${file}`;
    const post = await makePost({
      heroMediaId: media.id,
      heroImageUrl: site("original.jpg"),
      body: `![The quay](${site("640.webp")})`,
      html: `<p><img src="${site("640.webp")}" alt="The quay"></p><p><a href="/articles/elsewhere">Elsewhere</a></p>`,
    });

    const article = (await getArticlePage(post.slug))!.post;
    expect(article.hero!.url).toBe(bucket("original.jpg"));
    expect(article.hero!.responsive!.srcset).toBe(
      `${bucket("320.webp")} 320w, ${bucket("640.webp")} 640w, ${bucket("700.webp")} 700w`,
    );
    expect(article.html).toBe(
      `<p><img src="${bucket("640.webp")}" alt="The quay"></p><p><a href="/articles/elsewhere">Elsewhere</a></p>`,
    );

    const feed = await getFeedChannel({ kind: "site" }, { includeContent: true });
    const item = feed!.posts.find((p) => p.id === post.id)!;
    expect(item.hero!.url).toBe(bucket("original.jpg"));
    expect(item.html).toContain(`src="${bucket("640.webp")}"`);

    const api = (await getApiPost(post.slug))!.item.data;
    expect(api.hero!.url).toBe(bucket("original.jpg"));
    expect(api.html).toContain(`src="${bucket("640.webp")}"`);
  });
});
