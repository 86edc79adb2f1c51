import Link from "next/link";

/** What a signed-in account sees on an admin page its role may not use. */
export function ForbiddenNotice({ what, backHref = "/admin" }: { what: string; backHref?: string }) {
  return (
    <section className="admin-forbidden" aria-labelledby="forbidden-title">
      <p className="admin-forbidden-code">403</p>
      <h1 id="forbidden-title">You can’t open this page</h1>
      <p>Your account does not have permission to {what}. If you need it, ask an administrator.</p>
      <p>
        <Link href={backHref}>{backHref === "/" ? "Go to the site" : "Back to the dashboard"}</Link>
      </p>
    </section>
  );
}
