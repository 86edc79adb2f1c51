import type { Metadata } from "next";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettingsCached();
  return {
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    description: settings.tagline,
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const settings = await getSiteSettingsCached();
  return (
    <html lang={settings.language}>
      <body>{children}</body>
    </html>
  );
}
