import type { ServerEnv } from "../env";

// The S3_* settings as one value, or null when media stays on local disk.
// Pure, so the storage choice, the public addresses and the CSP read the
// same answer.

export interface S3Settings {
  bucket: string;
  region: string;
  /** Unset: AWS S3 itself. */
  endpoint?: string;
  forcePathStyle: boolean;
  /** Unset: the SDK's own chain (AWS_* variables, the instance's role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** "" or "some/folder/": prepended to every storage key, so one bucket can hold more than Masthead. */
  keyPrefix: string;
  /** Readers fetch media straight from here (no trailing slash); unset: through the site's /media/. */
  publicUrl?: string;
}

/** The bucket and folder, for people: "s3://bucket/prefix/". */
export const s3Location = (settings: Pick<S3Settings, "bucket" | "keyPrefix">) =>
  `s3://${settings.bucket}/${settings.keyPrefix}`;

export function s3Settings(
  config: Pick<
    ServerEnv,
    | "S3_BUCKET"
    | "S3_REGION"
    | "S3_ENDPOINT"
    | "S3_FORCE_PATH_STYLE"
    | "S3_ACCESS_KEY_ID"
    | "S3_SECRET_ACCESS_KEY"
    | "S3_PREFIX"
    | "S3_PUBLIC_URL"
  >,
): S3Settings | null {
  if (!config.S3_BUCKET) return null;
  return {
    bucket: config.S3_BUCKET,
    region: config.S3_REGION,
    ...(config.S3_ENDPOINT && { endpoint: config.S3_ENDPOINT }),
    forcePathStyle: config.S3_FORCE_PATH_STYLE === "true",
    ...(config.S3_ACCESS_KEY_ID &&
      config.S3_SECRET_ACCESS_KEY && {
        credentials: { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY },
      }),
    keyPrefix: config.S3_PREFIX ? `${config.S3_PREFIX}/` : "",
    ...(config.S3_PUBLIC_URL && { publicUrl: config.S3_PUBLIC_URL }),
  };
}
