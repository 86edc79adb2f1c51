import Link from "next/link";

/** Newer/older links with stable URLs (?page=N); page 1 is the bare path. */
export function Pagination({
  basePath,
  page,
  hasNext,
  labels,
}: {
  basePath: string;
  page: number;
  hasNext: boolean;
  labels: { nav: string; previous: string; next: string; current: string };
}) {
  if (page === 1 && !hasNext) return null;
  const href = (n: number) => (n === 1 ? basePath : `${basePath}?page=${n}`);
  return (
    <nav className="pagination" aria-label={labels.nav}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{labels.current}</span>
      {hasNext ? (
        <Link href={href(page + 1)} rel="next">
          {labels.next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
