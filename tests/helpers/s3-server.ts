import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import type { S3Settings } from "../../lib/media/s3-config";

// A real S3-compatible server (s3rver, files in a scratch folder) on a port of
// the range this project's tests may use for it, for tests that put media in
// a bucket. Several test files run at once: each takes the next free port.
// TEST_S3_PORTS=9250-9259 moves the range on a machine shared with other runs.

function portRange(): { first: number; last: number } {
  const given = process.env.TEST_S3_PORTS?.match(/^(\d+)-(\d+)$/);
  return given ? { first: Number(given[1]), last: Number(given[2]) } : { first: 9210, last: 9219 };
}

export interface TestS3Server {
  endpoint: string;
  bucket: string;
  /** The S3_* variables that point Masthead at this server. */
  env: Record<string, string>;
  settings: S3Settings;
  /** Stops answering (connections are refused from then on) and removes its files. */
  stop(): Promise<void>;
}

function listen(server: http.Server, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      if (error.code === "EADDRINUSE") resolve(false);
      else reject(error);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve(true);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, "127.0.0.1");
  });
}

export async function startS3Server(bucket = "masthead-media"): Promise<TestS3Server> {
  const directory = await mkdtemp(path.join(tmpdir(), "masthead-s3-"));
  const s3 = new S3rver({ silent: true, directory, configureBuckets: [{ name: bucket }] });
  await s3.configureBuckets();
  const server = http.createServer(s3.callback());
  const ports = portRange();
  let port = ports.first;
  while (!(await listen(server, port))) {
    if (++port > ports.last) throw new Error(`No free port for the S3 server in ${ports.first}–${ports.last}.`);
  }
  const endpoint = `http://127.0.0.1:${port}`;
  const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
  return {
    endpoint,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: "us-east-1",
      S3_FORCE_PATH_STYLE: "true",
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    },
    settings: { bucket, region: "us-east-1", endpoint, forcePathStyle: true, credentials, keyPrefix: "" },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(directory, { recursive: true, force: true });
    },
  };
}
