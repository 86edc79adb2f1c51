import "server-only";
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { MediaStorageUnavailable } from "../errors";
import { s3Location, type S3Settings } from "./s3-config";
import { log } from "../log";
import { dispositionForStoredFile, mimeTypeForStoredFile } from "./sniff";
import { isStorageKey, storageKeySegments, type MediaStorage, type StoredListing } from "./storage-contract";

// Media files as objects in an S3-compatible bucket: "<prefix><mediaId>/<file>".
// The same keys, checked by the same rule, as on local disk. A stored file
// never changes under its key, so the objects carry the long cache headers
// that /media/ sends, for a public bucket or CDN that serves them directly.

const IMMUTABLE = "public, max-age=31536000, immutable";

export function s3Client(settings: S3Settings): S3Client {
  return new S3Client({
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.endpoint && { endpoint: settings.endpoint }),
    ...(settings.credentials && { credentials: settings.credentials }),
    // A bucket that cannot be reached answers a reader with a 503 within seconds, not after the OS gives up.
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 30_000 },
    maxAttempts: 2,
  });
}

const isMissing = (error: unknown) =>
  error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404);

export function s3Storage(settings: S3Settings, client: S3Client = s3Client(settings)): MediaStorage {
  const { bucket, keyPrefix } = settings;
  const location = s3Location(settings);

  /** Every failure to talk to the bucket is logged here, once, and reaches the caller as a 503-worthy error. */
  function unavailable(doing: string, error: unknown): MediaStorageUnavailable {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    log.error(`✖ Media storage ${location} failed while ${doing}: ${reason}`);
    return new MediaStorageUnavailable(undefined, { cause: error });
  }

  async function* objects(prefix: string) {
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) yield { key: object.Key!, size: object.Size ?? 0 };
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  return {
    location,

    async put(key, body, contentType) {
      const [, name] = storageKeySegments(key);
      const disposition = dispositionForStoredFile(name!);
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: keyPrefix + key,
            Body: body,
            ContentType: contentType,
            CacheControl: IMMUTABLE,
            // What /media/ would send: Word, Excel and CSV download from a public bucket too.
            ...(disposition && { ContentDisposition: `${disposition}; filename="${name}"` }),
          }),
        );
      } catch (error) {
        throw unavailable(`storing ${key}`, error);
      }
    },

    async get(key) {
      if (!isStorageKey(key)) return null;
      const contentType = mimeTypeForStoredFile(storageKeySegments(key)[1]!);
      if (!contentType) return null;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: keyPrefix + key }));
        if (!object.Body) return null;
        return { body: object.Body.transformToWebStream(), size: object.ContentLength ?? 0, contentType };
      } catch (error) {
        if (isMissing(error)) return null;
        throw unavailable(`reading ${key}`, error);
      }
    },

    async delete(prefix) {
      const folder = `${keyPrefix}${storageKeySegments(prefix, { prefixOnly: true })[0]}/`;
      try {
        const keys: { Key: string }[] = [];
        for await (const object of objects(folder)) keys.push({ Key: object.key });
        // DeleteObjects takes at most 1,000 keys per request.
        for (let start = 0; start < keys.length; start += 1000) {
          await client.send(
            new DeleteObjectsCommand({
              Bucket: bucket,
              Delete: { Objects: keys.slice(start, start + 1000), Quiet: true },
            }),
          );
        }
      } catch (error) {
        throw unavailable(`deleting ${prefix}/`, error);
      }
    },

    async list() {
      const listing: StoredListing = { files: [], skipped: [] };
      try {
        for await (const object of objects(keyPrefix)) {
          const key = object.key.slice(keyPrefix.length);
          if (isStorageKey(key)) listing.files.push({ key, size: object.size });
          else listing.skipped.push(key);
        }
      } catch (error) {
        throw unavailable("listing the bucket", error);
      }
      listing.files.sort((a, b) => a.key.localeCompare(b.key));
      return listing;
    },
  };
}
