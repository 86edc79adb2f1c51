"use client";

import { ErrorNotice } from "@/components/site/error-notice";

// A public page that failed keeps the site's header and footer (they come from the cache).
export default function SiteErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice digest={error.digest} reset={reset} />;
}
