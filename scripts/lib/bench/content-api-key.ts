import type { Db } from "../../../lib/db";
import { newKeySecret } from "../../../lib/content-api/key-secret";

// The Content API targets need a key. The bench database outlives a run but
// the secret does not (only its hash is stored), so each run replaces its key.
// Its limit is far above what one machine can send: the run measures the API,
// rate-limit counting included, not the limit turning it away.

const BENCH_KEY_NAME = "npm run bench";

export async function benchApiKey(db: Db): Promise<string> {
  const { secret, prefix, secretHash } = newKeySecret();
  await db.$transaction([
    db.contentApiKey.deleteMany({ where: { name: BENCH_KEY_NAME } }),
    db.contentApiKey.create({
      data: { name: BENCH_KEY_NAME, prefix, secretHash, requestsPerMinute: 1_000_000_000 },
    }),
  ]);
  return secret;
}
