"use client";

import { ErrorNotice } from "@/components/site/error-notice";
import "./globals.css";

// The root layout itself failed (it reads the site settings): this page brings its own document.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main" className="container">
          <ErrorNotice digest={error.digest} reset={reset} />
        </main>
      </body>
    </html>
  );
}
