import Link from "next/link";
import "./globals.css";

export default function NotFound() {
  return (
    <main id="main" className="container not-found">
      <h1>Page not found</h1>
      <p>The page you were looking for doesn’t exist, or is no longer published.</p>
      <p><Link href="/">Go to the latest articles</Link></p>
    </main>
  );
}
