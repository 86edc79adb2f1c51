import type { Metadata } from "next";
import { accentStylesheet, toBranding } from "@/lib/branding/dto";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import { A11Y_BOOT_SCRIPT } from "@/components/site/accessibility-prefs";
import { scriptNoncePlaceholder } from "@/lib/http/script-nonce";
import "./globals.css";
import "./accessibility.css";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettingsCached();
  const { icons } = toBranding(settings);
  return {
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    description: settings.tagline,
    // No icons of its own: browsers show their default, as before branding.
    ...(icons.length > 0 && {
      icons: { icon: icons.filter((i) => i.sizes !== "180x180"), apple: icons.filter((i) => i.sizes === "180x180") },
    }),
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const settings = await getSiteSettingsCached();
  const accent = accentStylesheet(settings.accentColor);
  return (
    // The boot script may set data-text-size/data-contrast before React hydrates.
    <html lang={settings.language} suppressHydrationWarning>
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
