import type { Break, InlineCode, Paragraph, PhrasingContent, Root, RootContent, Text } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import { contextOf, type FileLike } from "./context";

const text = (value: string): Text => ({ type: "text", value });

/** Inline code per line, joined by hard breaks: keeps pasted code readable without `<pre>`. */
function codeAsParagraph(value: string): Paragraph {
  const children: PhrasingContent[] = [];
  value.split("\n").forEach((line, i) => {
    if (i > 0) children.push({ type: "break" } satisfies Break);
    if (line) children.push({ type: "inlineCode", value: line } satisfies InlineCode);
  });
  return { type: "paragraph", children };
}

function prefixFirstParagraph(nodes: RootContent[], prefix: string): RootContent[] {
  const first = nodes[0];
  if (first?.type === "paragraph") {
    first.children.unshift(text(prefix));
    return nodes;
  }
  return [{ type: "paragraph", children: [text(prefix.trimEnd())] }, ...nodes];
}

/**
 * Bios and comments get a small vocabulary. GFM is parsed as a whole (remark-gfm
 * has no per-feature switch), so the constructs these profiles do not offer
 * are turned back into plain, readable content here rather than silently
 * dropped by the sanitizer: headings become paragraphs, images their alt
 * text, tables one paragraph per row, footnotes their literal `[^label]`,
 * code blocks inline code. Comments also lose lists (items become paragraphs
 * that keep the marker the commenter typed) and get a `<br>` for every line
 * break, the way people expect a comment box to work.
 */
export function remarkRestrict() {
  return (tree: Root, file: FileLike): undefined => {
    const { profile } = contextOf(file);
    const comment = profile === "comment";
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const siblings = parent.children as RootContent[];
      // SKIP: the replaced node's old children must not be walked as well.
      const replace = (...nodes: RootContent[]): [typeof SKIP, number] => {
        siblings.splice(index, 1, ...nodes);
        return [SKIP, index];
      };
      switch (node.type) {
        case "heading":
          return replace({ type: "paragraph", children: node.children });
        case "image":
        case "imageReference":
          return node.alt ? replace(text(node.alt)) : replace();
        case "table":
          return replace(
            ...node.children.map((row): Paragraph => ({
              type: "paragraph",
              children: row.children.flatMap((cell, i) => (i > 0 ? [text(" | "), ...cell.children] : cell.children)),
            })),
          );
        case "code":
          return node.value ? replace(codeAsParagraph(node.value)) : replace();
        case "footnoteReference":
          return replace(text(`[^${node.label ?? node.identifier}]`));
        case "footnoteDefinition":
          return replace(...prefixFirstParagraph(node.children, `[^${node.label ?? node.identifier}]: `));
        case "thematicBreak":
        case "html":
          return replace();
        case "list":
          if (!comment) return undefined;
          return replace(
            ...node.children.flatMap((item, i) => {
              const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : "- ";
              const task = item.checked === true ? "[x] " : item.checked === false ? "[ ] " : "";
              return prefixFirstParagraph(item.children, marker + task);
            }),
          );
        case "listItem":
          // Bio lists keep their items; task checkboxes are article-only.
          node.checked = null;
          return undefined;
        case "text":
          if (!comment || !node.value.includes("\n")) return undefined;
          return replace(
            ...node.value
              .split("\n")
              .flatMap((line, i): PhrasingContent[] =>
                i === 0 ? (line ? [text(line)] : []) : line ? [{ type: "break" }, text(line)] : [{ type: "break" }],
              ),
          );
        default:
          return undefined;
      }
    });
  };
}
