"use client";

import { useRouter } from "next/navigation";
import { startTransition, useSyncExternalStore } from "react";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/errors";
import { translator } from "@/lib/i18n";

const noSubscription = () => () => {};

/**
 * The language the root layout gave the page. An error page has no props
 * besides the error, and the site's language lives in the database that may
 * be the very thing that failed; English until the browser has the document.
 */
function usePageLanguage(): string {
  return useSyncExternalStore(
    noSubscription,
    () => document.documentElement.lang || "en",
    () => "en",
  );
}

/**
 * What an error page says: a database outage is named as temporary (the
 * server answers those with 503 and Retry-After where it can); anything else
 * gets the generic apology. Neither shows a message or a stack.
 */
export function ErrorNotice({ digest, reset }: { digest: string | undefined; reset: () => void }) {
  const router = useRouter();
  const t = translator(usePageLanguage());
  const unavailable = digest === DATABASE_UNAVAILABLE_DIGEST;
  // A server error only clears once the server renders the page again.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <div className="error-notice" role="alert">
      <h1>{t(unavailable ? "error.unavailableTitle" : "error.title")}</h1>
      <p>{t(unavailable ? "error.unavailableBody" : "error.body")}</p>
      <p>
        <button type="button" onClick={retry}>
          {t("error.retry")}
        </button>
      </p>
    </div>
  );
}
