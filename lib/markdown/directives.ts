import type { Paragraph, Root, RootContent, Text } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import { contextOf, type FileLike } from "./context";
import { isHandled } from "./figure";

type Directive = Extract<RootContent, { type: "textDirective" | "leafDirective" | "containerDirective" }>;

function isDirective(node: { type: string }): node is Directive {
  return node.type === "textDirective" || node.type === "leafDirective" || node.type === "containerDirective";
}

/**
 * Anything directive-shaped that no house plugin claimed goes back to what
 * the writer typed. This matters for ordinary prose: remark-directive reads
 * `10:30`, `Note:this` or `ratio 3:1` as text directives, and those must
 * render as the original characters, not vanish or become a `<div>`.
 *
 * Text and leaf directives become their exact source text (attributes
 * included, as inert text). Containers (`:::name … :::`) keep their content
 * and lose the fences, so a typo in `:::sharelin` costs formatting, not words.
 */
export function remarkDirectiveFallback() {
  return (tree: Root, file: FileLike): undefined => {
    const { source } = contextOf(file);
    const sourceOf = (node: Directive): string => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return `:${node.name}`;
      return source.slice(start, end);
    };
    visit(tree, (node, index, parent) => {
      if (!isDirective(node) || isHandled(node) || !parent || index === undefined) {
        return undefined;
      }
      const siblings = parent.children as RootContent[];
      if (node.type === "textDirective") {
        const text: Text = { type: "text", value: sourceOf(node) };
        siblings.splice(index, 1, text);
        return [SKIP, index + 1];
      }
      if (node.type === "leafDirective") {
        const paragraph: Paragraph = { type: "paragraph", children: [{ type: "text", value: sourceOf(node) }] };
        siblings.splice(index, 1, paragraph);
        return [SKIP, index + 1];
      }
      siblings.splice(index, 1, ...(node.children as RootContent[]));
      // Revisit from the same index: the unwrapped children may hold more directives.
      return [SKIP, index];
    });
  };
}
