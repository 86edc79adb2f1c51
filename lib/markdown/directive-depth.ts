import { MAX_CONTAINER_DIRECTIVE_DEPTH } from "./limits";

// Over-approximates remark-directive's opening fence: `:::` and a name.
const OPENING = /:{3,}(?=[^:\s])/y;
const CLOSING = /^ {0,3}(:{3,})[ \t]*$/;
/**
 * A line that cannot hide or fake a closing fence: blank, or text indented at
 * most three columns that does not start a code fence, HTML, a quote, a list
 * item or a footnote definition. Anything else makes the open containers
 * "uncertain". (`*Good* homes` is simple; `* item` is not.)
 */
const SIMPLE = /^(?:[ \t]*$| {0,3}(?!```|~~~|[<>]|\[\^|[*+-](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))\S)/;

interface Open {
  colons: number;
  /** Opened at top level and holding only simple lines so far. */
  certain: boolean;
}

/**
 * Container directives (`:::name`) nest without any line prefix, so the
 * per-line nesting bound cannot see them, and micromark re-tokenizes a
 * container's content once per level, so depth multiplies the cost.
 *
 * This tracker keeps every container that *may* still be open. It forgets a
 * container only when it is sure micromark closed it: opened and closed at
 * top level with nothing but plain lines in between (a code fence inside
 * could hide the closing `:::`, a quote could end it early). Refusing
 * openings past MAX_CONTAINER_DIRECTIVE_DEPTH therefore bounds the real depth,
 * while any number of ordinary, one-after-another sharelines still work.
 */
export class DirectiveDepth {
  private readonly open: Open[] = [];

  /**
   * Feeds one line; `prefixEnd` is where its container prefix (`>`, list
   * markers, indentation) ends, or -1 when the nesting guard already escaped
   * it (it cannot open anything). Returns true when the line opens a container
   * that must be refused (the caller escapes it).
   */
  refuses(line: string, prefixEnd: number): boolean {
    OPENING.lastIndex = Math.max(prefixEnd, 0);
    if (prefixEnd >= 0 && OPENING.test(line)) {
      for (const container of this.open) container.certain = false;
      if (this.open.length >= MAX_CONTAINER_DIRECTIVE_DEPTH) return true;
      const leading = line.length - line.trimStart().length;
      this.open.push({ colons: OPENING.lastIndex - prefixEnd, certain: prefixEnd === leading && leading <= 3 });
      return false;
    }
    const top = this.open[this.open.length - 1];
    if (!top) return false;
    const closing = CLOSING.exec(line);
    if (closing && top.certain && closing[1]!.length >= top.colons) {
      this.open.pop();
      return false;
    }
    if (!SIMPLE.test(line)) for (const container of this.open) container.certain = false;
    return false;
  }
}
