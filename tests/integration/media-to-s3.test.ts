import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDiskStorage } from "../../lib/media/storage";
import { s3Storage } from "../../lib/media/s3-storage";
import { startS3Server, type TestS3Server } from "../helpers/s3-server";

// `npm run media:to-s3` against a real S3-compatible server: a site's uploads
// folder is copied into the bucket once; a second run copies nothing.

let s3: TestS3Server;
const dataDir = await mkdtemp(path.join(tmpdir(), "masthead-to-s3-"));
const uploads = path.join(dataDir, "uploads");
const files: Record<string, string> = {
  "m1harbour/original.jpg": "jpeg bytes of the harbour",
  "m1harbour/320.webp": "a narrow variant",
  "m1minutes/minutes.pdf": "%PDF-1.4 the minutes",
};

beforeAll(async () => {
  s3 = await startS3Server();
  const folder = localDiskStorage(uploads);
  for (const [key, text] of Object.entries(files)) await folder.put(key, Buffer.from(text), "");
  // What an upload in progress leaves for a moment: not a media file, never copied.
  await writeFile(path.join(uploads, "m1harbour", "640.webp.abc123.partial"), "half");
});

afterAll(async () => {
  await s3.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** The command as an operator runs it; asynchronously, so the S3 server in this process keeps answering. */
function run(extraEnv: Record<string, string>, args: string[] = []) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/media-to-s3.ts", ...args], {
      env: { ...process.env, MASTHEAD_DATA_DIR: dataDir, ...extraEnv },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (status) => resolve({ status, stdout, stderr }));
  });
}

async function bucketContents(prefix: string): Promise<Record<string, string>> {
  const bucket = s3Storage({ ...s3.settings, keyPrefix: prefix });
  const contents: Record<string, string> = {};
  for (const { key } of (await bucket.list()).files) {
    contents[key] = await new Response((await bucket.get(key))!.body).text();
  }
  return contents;
}

describe("npm run media:to-s3", () => {
  it("copies every media file of the uploads folder into the bucket, then nothing the second time", async () => {
    const env = { ...s3.env, S3_PREFIX: "riverside" };
    const first = await run(env);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/Copying media to the bucket: 3\/3 \(100%\)/);
    expect(first.stdout).toMatch(
      /✔ Copied 3 media files \(0\.0 MB\) from .*uploads to s3:\/\/masthead-media\/riverside\/ in [\d.]+ s; 0 were already there\./,
    );
    expect(first.stdout).toContain("! Left out, as not Masthead media files: m1harbour/640.webp.abc123.partial");
    expect(await bucketContents("riverside/")).toEqual(files);

    const second = await run(env);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/✔ Copied 0 media files \(0\.0 MB\) .* 3 were already there\./);
    expect(await bucketContents("riverside/")).toEqual(files);
  });

  it("copies a folder named with --from, and only what the bucket lacks", async () => {
    const elsewhere = path.join(dataDir, "old-uploads");
    await localDiskStorage(elsewhere).put("m2logo/logo.png", Buffer.from("png"), "image/png");
    await s3Storage({ ...s3.settings, keyPrefix: "other/" }).put("m2logo/logo.png", Buffer.from("png"), "image/png");
    await localDiskStorage(elsewhere).put("m2new/original.gif", Buffer.from("gif"), "image/gif");
    const result = await run({ ...s3.env, S3_PREFIX: "other" }, ["--from", elsewhere]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/✔ Copied 1 media files .* 1 were already there\./);
    expect(await bucketContents("other/")).toEqual({ "m2logo/logo.png": "png", "m2new/original.gif": "gif" });
  });

  it("without a bucket configured it says what to set, and copies nothing", async () => {
    const result = await run({ S3_BUCKET: "" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("✖ S3_BUCKET is not set: set the S3_* variables the site will use");
  });
});
