import type { Metadata } from "next";
import { connection } from "next/server";
import { getSiteSettings } from "@/lib/settings/queries";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  await connection();
  const settings = await getSiteSettings();
  return {
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    description: settings.tagline,
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  const settings = await getSiteSettings();
  return (
    <html lang={settings.language}>
      <body>{children}</body>
    </html>
  );
}
