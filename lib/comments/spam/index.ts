import "server-only";
import type { SiteSettings } from "../../settings/schema";
import { log } from "../../log";
import { builtInSpamCheck } from "./data/built-in";
import { NOT_SPAM, type SpamCheck, type SpamCheckInput, type SpamVerdict } from "./types";

export type { SpamCheck, SpamCheckInput, SpamVerdict } from "./types";

/** Every check a comment goes through. A hosted spam service would be one more entry here. */
function spamChecks(settings: SiteSettings): SpamCheck[] {
  return [builtInSpamCheck(settings)];
}

/**
 * Spam when any check says so, with every check's reasons. A check that fails
 * (a service down) counts as "ok": readers keep commenting, and moderators
 * still see the comment in the pending queue.
 */
export async function checkForSpam(input: SpamCheckInput, settings: SiteSettings): Promise<SpamVerdict> {
  const verdicts = await Promise.all(
    spamChecks(settings).map((check) =>
      check(input).catch((error: unknown) => {
        log.error({ err: error }, "A spam check failed; the comment is treated as not spam.");
        return NOT_SPAM;
      }),
    ),
  );
  const reasons = verdicts.flatMap((v) => v.reasons);
  return verdicts.some((v) => v.verdict === "spam") ? { verdict: "spam", reasons } : NOT_SPAM;
}
