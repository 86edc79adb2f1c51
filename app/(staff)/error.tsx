"use client";

import { ErrorNotice } from "@/components/site/error-notice";

// Errors outside the public layout (its own data, the admin area, sign-in pages).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="container">
      <ErrorNotice digest={error.digest} reset={reset} />
    </main>
  );
}
