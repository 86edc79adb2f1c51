// The WordPress core shortcodes a post can hold, as the HTML they stood for,
// so the HTML-to-Markdown step sees one kind of input. Other bracketed text
// ("[sic]", a plugin's [contact-form]) is left as typed: it is the writer's.

export interface AttachmentInfo {
  url: string;
  alt: string;
  caption: string;
}

export interface ShortcodeContext {
  /** An attachment the export describes, by its WordPress id. */
  attachment(id: string): AttachmentInfo | null;
  /** The images attached to this post, for a [gallery] that names none. */
  attachedImages(): AttachmentInfo[];
}

const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))/g;

function attributes(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of text.matchAll(ATTRIBUTE)) found[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? "";
  return found;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function figure(image: AttachmentInfo): string {
  const caption = image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : "";
  return `<figure><img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}">${caption}</figure>`;
}

/** [caption]<img …> The caption.[/caption] (and its old name, [wp_caption]). */
function captions(html: string): string {
  return html.replace(
    /\[(wp_caption|caption)([^\]]*)\]([\s\S]*?)\[\/\1\]/gi,
    (_, _name: string, attrs: string, inner: string) => {
      const image = /(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?/i.exec(inner);
      const caption = (image ? inner.replace(image[0], "") : inner).trim() || attributes(attrs).caption || "";
      return `<figure>${image?.[0] ?? ""}${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`;
    },
  );
}

function galleries(html: string, context: ShortcodeContext): string {
  return html.replace(/\[gallery([^\]]*)\]/gi, (_, attrs: string) => {
    const ids = attributes(attrs).ids;
    const images = ids
      ? ids
          .split(",")
          .map((id) => context.attachment(id.trim()))
          .filter((image): image is AttachmentInfo => image !== null)
      : context.attachedImages();
    return `\n\n${images.map(figure).join("\n\n")}\n\n`;
  });
}

/** [embed]url[/embed], [video src=…], [audio mp3=…]: the address alone on its line (the site embeds what it knows). */
function media(html: string): string {
  return html
    .replace(/\[embed[^\]]*\]([\s\S]*?)\[\/embed\]/gi, (_, url: string) => `\n\n${url.trim()}\n\n`)
    .replace(/\[(video|audio)([^\]]*)\](?:[\s\S]*?\[\/\1\])?/gi, (_, _name: string, attrs: string) => {
      const found = attributes(attrs);
      const url = found.src ?? found.mp4 ?? found.mp3 ?? found.m4v ?? found.webm ?? found.ogg ?? found.wav ?? "";
      return url ? `\n\n<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>\n\n` : "";
    })
    .replace(/\[playlist[^\]]*\]/gi, "");
}

export function expandShortcodes(html: string, context: ShortcodeContext): string {
  if (!html.includes("[")) return html;
  return media(galleries(captions(html), context));
}
