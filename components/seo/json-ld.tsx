import { jsonLdScript } from "@/lib/seo/json-ld";

/**
 * Structured data for search engines. The one script besides the Markdown
 * pipeline's output printed as raw HTML: React would entity-escape ordinary
 * children, which a script never decodes. jsonLdScript serialises our own data
 * and escapes <, > and & so no text can close the element.
 */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />;
}
