import { describe, expect, it } from "vitest";
import { EnvError, isLoopbackHost, localSiteUrl, parseEnv } from "../../lib/env";
import { s3Settings } from "../../lib/media/s3-config";

describe("environment parsing", () => {
  it("runs with no variables at all, on the embedded database", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.EMBEDDED_PG_PORT).toBe(5488);
    expect(env.SITE_URL).toBe("http://localhost:3000");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });

  it("names a malformed variable and shows an example value", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL: must be a postgres:\/\/ URL .*example: DATABASE_URL=postgresql:\/\//,
    );
  });

  it("lists every bad variable at once", () => {
    try {
      parseEnv({ PORT: "eighty", SITE_URL: "ftp://example.org" });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toMatch(/PORT: .*example: PORT=3000/);
      expect((err as Error).message).toMatch(/SITE_URL: .*example: SITE_URL=https:\/\//);
    }
  });

  it("accepts an external postgres URL", () => {
    const url = "postgresql://u:p@db.internal:5432/masthead";
    expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });

  it("limits the production server's heap to 256 MB unless told otherwise, and refuses a limit too small to run", () => {
    expect(parseEnv({}).MASTHEAD_SERVER_HEAP_MB).toBe(256);
    expect(parseEnv({ MASTHEAD_SERVER_HEAP_MB: "512" }).MASTHEAD_SERVER_HEAP_MB).toBe(512);
    expect(() => parseEnv({ MASTHEAD_SERVER_HEAP_MB: "64" })).toThrow(
      /MASTHEAD_SERVER_HEAP_MB: must be at least 96.*example: MASTHEAD_SERVER_HEAP_MB=256/,
    );
  });
});

describe("the address the site listens on", () => {
  it("is this machine only unless HOST says otherwise", () => {
    expect(parseEnv({}).HOST).toBe("127.0.0.1");
    expect(parseEnv({ HOST: "0.0.0.0" }).HOST).toBe("0.0.0.0");
    expect(parseEnv({ HOST: "localhost" }).HOST).toBe("127.0.0.1");
    expect(parseEnv({ HOST: "::" }).HOST).toBe("::");
  });

  it("refuses a HOST that is not an address, with an example", () => {
    expect(() => parseEnv({ HOST: "every interface" })).toThrow(
      /HOST: must be an IP address .*example: HOST=0\.0\.0\.0/,
    );
  });

  it("tells loopback addresses from the ones other machines can reach", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"]) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ["0.0.0.0", "::", "192.0.2.10", "10.0.0.1", "128.0.0.1"])
      expect(isLoopbackHost(host)).toBe(false);
  });

  it("lets processes on this machine reach the site through the address it listens on", () => {
    expect(localSiteUrl({ HOST: "127.0.0.1", PORT: 3000 })).toBe("http://127.0.0.1:3000");
    expect(localSiteUrl({ HOST: "0.0.0.0", PORT: 8080 })).toBe("http://127.0.0.1:8080");
    expect(localSiteUrl({ HOST: "::", PORT: 3000 })).toBe("http://127.0.0.1:3000");
    expect(localSiteUrl({ HOST: "192.0.2.10", PORT: 3000 })).toBe("http://192.0.2.10:3000");
    expect(localSiteUrl({ HOST: "::1", PORT: 3000 })).toBe("http://[::1]:3000");
  });
});

describe("configuration errors", () => {
  it("never quote a secret's value, only its length", () => {
    const secret = "too-short-but-still-secret";
    const message = (() => {
      try {
        parseEnv({ NEXTAUTH_SECRET: secret, INTERNAL_API_SECRET: secret });
      } catch (err) {
        return (err as Error).message;
      }
    })();
    expect(message).toMatch(/NEXTAUTH_SECRET: must be at least 32 characters \(got a hidden value of 26 characters;/);
    expect(message).toMatch(/INTERNAL_API_SECRET: /);
    expect(message).not.toContain(secret);
  });

  it("quote a malformed URL without the password inside it", () => {
    const attempt = (source: Record<string, string>) => {
      try {
        parseEnv(source);
        return "";
      } catch (err) {
        return (err as Error).message;
      }
    };
    const database = attempt({ DATABASE_URL: "mysql://masthead:hunter2-db@db.internal:3306/masthead" });
    expect(database).toContain('got "mysql://masthead:***@db.internal:3306/masthead"');
    expect(database).not.toContain("hunter2");
    const smtp = attempt({ SMTP_URL: "http://mailer:hunter2-smtp@smtp.example.org" });
    expect(smtp).toMatch(/SMTP_URL: .*mailer:\*\*\*@smtp\.example\.org/);
    expect(smtp).not.toContain("hunter2");
    const query = attempt({ DATABASE_URL: "postgres://db.internal:notaport/x?password=hunter2-query" });
    expect(query).toContain("?password=***");
    expect(query).not.toContain("hunter2");
  });

  it("still quote ordinary values so the mistake can be seen", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/got "eighty"/);
  });
});

describe("media on object storage (S3_*)", () => {
  it("leaves media on the local disk when no bucket is set", () => {
    expect(s3Settings(parseEnv({}))).toBeNull();
  });

  it("reads a MinIO-style configuration: endpoint, path-style addressing, a key pair and a folder", () => {
    const config = parseEnv({
      S3_BUCKET: "masthead-media",
      S3_ENDPOINT: "http://127.0.0.1:9000",
      S3_FORCE_PATH_STYLE: "true",
      S3_ACCESS_KEY_ID: "minio",
      S3_SECRET_ACCESS_KEY: "minio-secret",
      S3_PREFIX: "sites/riverside/",
    });
    expect(s3Settings(config)).toEqual({
      bucket: "masthead-media",
      region: "us-east-1",
      endpoint: "http://127.0.0.1:9000",
      forcePathStyle: true,
      credentials: { accessKeyId: "minio", secretAccessKey: "minio-secret" },
      keyPrefix: "sites/riverside/",
    });
  });

  it("refuses S3 settings without a bucket, rather than quietly keeping media on disk", () => {
    expect(() => parseEnv({ S3_PUBLIC_URL: "https://media.example.org" })).toThrow(
      /S3_PUBLIC_URL: is set but S3_BUCKET is not/,
    );
    expect(() => parseEnv({ S3_ENDPOINT: "https://x.r2.cloudflarestorage.com" })).toThrow(/S3_ENDPOINT: .*S3_BUCKET/);
  });

  it("refuses half a key pair, naming the missing half without showing the secret", () => {
    expect(() => parseEnv({ S3_BUCKET: "media", S3_ACCESS_KEY_ID: "AKIA" })).toThrow(
      /S3_SECRET_ACCESS_KEY: is needed with the other half of the key pair/,
    );
    try {
      parseEnv({ S3_BUCKET: "media", S3_SECRET_ACCESS_KEY: "very-secret" });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toMatch(/S3_ACCESS_KEY_ID: is needed/);
      expect((err as Error).message).not.toContain("very-secret");
    }
  });

  it("names a malformed bucket, folder or public address with an example", () => {
    expect(() => parseEnv({ S3_BUCKET: "My_Bucket" })).toThrow(/S3_BUCKET: must be a bucket name.*example: S3_BUCKET=/);
    expect(() => parseEnv({ S3_BUCKET: "media", S3_PREFIX: "../up" })).toThrow(/S3_PREFIX: must be a folder name/);
    expect(() => parseEnv({ S3_BUCKET: "media", S3_PUBLIC_URL: "media.example.org" })).toThrow(
      /S3_PUBLIC_URL: must be an http\(s\):\/\/ URL/,
    );
    expect(() => parseEnv({ S3_BUCKET: "media", S3_PUBLIC_URL: "https://cdn.example.org/?v=1" })).toThrow(
      /S3_PUBLIC_URL: must not carry a query/,
    );
  });
});
