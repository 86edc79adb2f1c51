import { accentStylesheet } from "@/lib/branding/dto";
import { A11Y_BOOT_SCRIPT } from "@/components/site/accessibility-prefs";
import { scriptNoncePlaceholder } from "@/lib/http/script-nonce";

/**
 * The page's <html>: each root layout (the public site, the staff side) and
 * the 404 for unmatched addresses brings its own, in its own language.
 */
export function Document({
  language,
  accentColor,
  children,
}: {
  language: string;
  accentColor: string | null;
  children: React.ReactNode;
}) {
  const accent = accentStylesheet(accentColor);
  return (
    // The boot script may set data-text-size/data-contrast before React hydrates.
    <html lang={language} suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- a root layout's own <head>: next/head is the Pages Router's */}
      <head>
        {/* A fixed string (no user data) that applies the reader's stored text size and contrast before first paint.
            Its nonce is the placeholder each response replaces with its own, like Next's scripts (docs/security-headers.md). */}
        <script nonce={scriptNoncePlaceholder()} dangerouslySetInnerHTML={{ __html: A11Y_BOOT_SCRIPT }} />
        {/* A checked hex colour in a fixed rule, as escaped text: no raw HTML. */}
        {accent ? <style>{accent}</style> : null}
      </head>
      <body>{children}</body>
    </html>
  );
}
