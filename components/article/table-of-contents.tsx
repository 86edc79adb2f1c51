import type { Translate } from "@/lib/i18n";
import type { ArticleHeading } from "@/lib/posts/dto";

/** Shown for long pieces only: a contents list is noise under four headings. */
const TOC_MIN_HEADINGS = 4;

export function TableOfContents({ headings, t }: { headings: ArticleHeading[]; t: Translate }) {
  if (headings.filter((h) => h.depth === 2).length < TOC_MIN_HEADINGS) return null;
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">{t("article.contents")}</h2>
      <ol>
        {headings
          .filter((h) => h.depth === 2)
          .map((h) => (
            <li key={h.id}>
              <a href={`#${h.id}`}>{h.text}</a>
            </li>
          ))}
      </ol>
    </nav>
  );
}
