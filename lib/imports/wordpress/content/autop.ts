// WordPress's classic editor stores paragraphs as blank lines and line breaks
// as newlines; the site added the <p> and <br> tags on display (wpautop).
// This is the same conversion, step for step, so classic posts read as they
// did on the old site. Block-editor posts already carry their tags and skip it.

const BLOCKS =
  "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)";

const PRE = /<pre[\s>][\s\S]*?<\/pre>/gi;
const placeholder = (n: number) => `<pre wp-pre-tag-${n}></pre>`;

export function autop(text: string): string {
  if (!text.trim()) return "";
  // <pre> keeps its newlines: set aside, put back at the end.
  const kept: string[] = [];
  let html = text.replace(/\r\n?/g, "\n").replace(PRE, (pre) => placeholder(kept.push(pre) - 1));
  // A newline inside a tag is not a line break.
  html = html.replace(/<[^<>]*>/g, (tag) => tag.replace(/\s*\n\s*/g, " "));
  html = `${html}\n`
    .replace(/<br\s*\/?>\s*<br\s*\/?>/gi, "\n\n")
    .replace(new RegExp(`(<${BLOCKS}[\\s/>])`, "gi"), "\n\n$1")
    .replace(new RegExp(`(</${BLOCKS}>)`, "gi"), "$1\n\n")
    .replace(/\n\n+/g, "\n\n");

  html = html
    .split(/\n\s*\n/)
    .filter((chunk) => chunk.trim())
    .map((chunk) => `<p>${chunk.trim()}</p>\n`)
    .join("");

  html = html
    .replace(/<p>\s*<\/p>/g, "")
    .replace(/<p>([^<]+)<\/(div|address|form)>/gi, "<p>$1</p></$2>")
    .replace(new RegExp(`<p>\\s*(</?${BLOCKS}[^>]*>)\\s*</p>`, "gi"), "$1")
    .replace(/<p>(<li.+?)<\/p>/gi, "$1")
    .replace(/<p><blockquote([^>]*)>/gi, "<blockquote$1><p>")
    .replace(/<\/blockquote><\/p>/gi, "</p></blockquote>")
    .replace(new RegExp(`<p>\\s*(</?${BLOCKS}[^>]*>)`, "gi"), "$1")
    .replace(new RegExp(`(</?${BLOCKS}[^>]*>)\\s*</p>`, "gi"), "$1")
    .replace(/(<br\s*\/?>)?\s*\n/gi, (match, br: string | undefined) => (br ? match : "<br />\n"))
    .replace(new RegExp(`(</?${BLOCKS}[^>]*>)\\s*<br />`, "gi"), "$1")
    .replace(/<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/gi, "$1")
    .replace(/\n<\/p>$/g, "</p>");

  return html.replace(/<pre wp-pre-tag-(\d+)><\/pre>/g, (_, n: string) => kept[Number(n)]!);
}
