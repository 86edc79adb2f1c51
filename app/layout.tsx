import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Masthead", template: "%s · Masthead" },
  description: "Blog posts and opinion from the people who make it happen.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB">
      <body>{children}</body>
    </html>
  );
}
