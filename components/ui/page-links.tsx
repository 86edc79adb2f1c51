import Link from "next/link";

/** Previous/next links for a paged admin list whose URLs carry filters; `href(n)` builds page n's URL. */
export function PageLinks({
  label,
  page,
  hasNext,
  href,
}: {
  label: string;
  page: number;
  hasNext: boolean;
  href: (page: number) => string;
}) {
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">Page {page}</span>
      {hasNext ? (
        <Link href={href(page + 1)} rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
