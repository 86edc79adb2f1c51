import type { Metadata } from "next";
import { toBranding } from "@/lib/branding/dto";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import "./globals.css";
import "./accessibility.css";

// Metadata and styles every page shares. The <html> comes from each root
// below it (components/site/document.tsx): the public site's speaks its
// interface's language (app/(site)/[lang]/layout.tsx), the staff side's the
// site's, and the 404 for addresses no route matches brings its own.

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

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
