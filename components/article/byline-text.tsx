import Link from "next/link";
import type { PublicByline } from "@/lib/posts/dto";

/** "By Jane Doe, Chief Executive, Riverside Homes, and Sam Lee" with each name linked. */
export function BylineText({ bylines }: { bylines: PublicByline[] }) {
  return (
    <span className="byline">
      By{" "}
      {bylines.map((b, i) => (
        <span key={b.slug}>
          {i > 0 && (i === bylines.length - 1 ? " and " : ", ")}
          <Link href={`/contributors/${b.slug}`}>{b.name}</Link>
          {[b.jobTitle, b.organisation].filter(Boolean).map((part) => `, ${part}`)}
        </span>
      ))}
    </span>
  );
}
