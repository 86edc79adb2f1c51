import type { Processor } from "unified";

/**
 * micromark resolves emphasis (`*`, `_`), strikethrough (`~`) and label ends
 * (`]`, including GFM's footnote-call lookup) by scanning back over earlier
 * events of the same paragraph, and `<`/backtick runs make it scan ahead.
 * Paragraphs full of unmatched delimiters (`a* a* …`, `]]]]…`) make that
 * quadratic: 32,000 `]` take seconds. (Paragraph size and unclosed `[` spans
 * are bounded separately, in guard-source.ts.)
 *
 * This extension gives each inline run (one paragraph, heading or table cell)
 * a budget per delimiter character; past it the character is plain text. No
 * real paragraph has 128 of one of these outside code spans, whose content is
 * consumed before this construct is consulted.
 *
 * `]` is the exception: while a `[` it could close is open it always stays
 * markup. Turning it into text would leave that `[` unclosed, and GFM's
 * autolink-literal check walks back to the nearest unclosed `[` from every
 * later word.
 */
export const DELIMITER_BUDGET = 128;

const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const BUDGETED = [33, 42, 60, OPEN_BRACKET, CLOSE_BRACKET, 95, 96, 126] as const; // ! * < [ ] _ ` ~

// Minimal structural types for micromark's tokenizer API; the package that
// owns them (micromark-util-types) is not a direct dependency.
type Code = number | null;
type State = (code: Code) => State | undefined;
interface Effects {
  enter(type: string): unknown;
  consume(code: Code): void;
  exit(type: string): unknown;
}
interface TokenizeContext {
  now(): { offset: number };
}
type Tokenize = (this: TokenizeContext, effects: Effects, ok: State, nok: State) => State;

interface Budget {
  counts: Map<number, number>;
  /** Offset last counted per character, so re-tried positions count once. */
  counted: Map<number, number>;
  /** `[` we let through minus `]` we let through. */
  openBrackets: number;
}

/** Token type for a delimiter turned into text; see `literalFromMarkdown`. */
export const LITERAL_TOKEN = "mastheadLiteral";

// Keyed by micromark's per-inline-run tokenizer context (`this.parser` is
// shared by the document, the context is not), so each paragraph, heading
// and table cell gets its own budget. Weak, so nothing outlives a render.
const budgets = new WeakMap<object, Budget>();

function budgetFor(context: object): Budget {
  let budget = budgets.get(context);
  if (!budget) {
    budget = { counts: new Map(), counted: new Map(), openBrackets: 0 };
    budgets.set(context, budget);
  }
  return budget;
}

const tokenize: Tokenize = function (effects, ok, nok) {
  const budget = budgetFor(rootContext(this));
  const offset = this.now().offset;
  return (code) => {
    if (code === null) return nok(code);
    // micromark may retry a position after a failed attempt; count it once.
    const fresh = budget.counted.get(code) !== offset;
    let used = budget.counts.get(code) ?? 0;
    if (fresh) {
      used += 1;
      budget.counts.set(code, used);
      budget.counted.set(code, offset);
    }
    const withinBudget = used <= DELIMITER_BUDGET;
    if (fresh && code === OPEN_BRACKET && withinBudget) budget.openBrackets += 1;
    if (code === CLOSE_BRACKET && (withinBudget || budget.openBrackets > 0)) {
      if (fresh) budget.openBrackets = Math.max(0, budget.openBrackets - 1);
      return nok(code);
    }
    if (withinBudget) return nok(code);
    // Not `data`: micromark merges adjacent data tokens with a splice per
    // run, which is itself quadratic when runs are many and short.
    effects.enter(LITERAL_TOKEN);
    effects.consume(code);
    effects.exit(LITERAL_TOKEN);
    return ok;
  };
};

/**
 * micromark calls tokenizers with `this` set to the tokenizer context, or to
 * an object whose prototype is that context (when a construct has fields).
 * Walk down to the real context so the budget key is stable.
 */
function rootContext(context: object): object {
  let current = context;
  while (!Object.hasOwn(current, "events")) {
    const parent = Object.getPrototypeOf(current) as object | null;
    if (!parent || parent === Object.prototype) return context;
    current = parent;
  }
  return current;
}

const BACKTICK = 96;

/**
 * micromark only consults a character's constructs when one of them accepts
 * the previous character, then tries them all. Code spans refuse to start
 * right after a backtick (`` ``a` `` is one run, not a run plus a span), so
 * for backticks this construct must refuse exactly where they do, or it
 * would make micromark try a code span mid-run.
 */
function afterBacktickOk(this: { events: [string, { type: string }][] }, code: Code): boolean {
  return code !== BACKTICK || this.events[this.events.length - 1]?.[1].type === "characterEscape";
}

const construct = { name: "mastheadDelimiterBudget", tokenize, add: "before" as const };
const backtickConstruct = { ...construct, previous: afterBacktickOk };

const syntaxExtension = {
  text: Object.fromEntries(BUDGETED.map((code) => [code, code === BACKTICK ? backtickConstruct : construct])),
};

interface Point {
  line: number;
  column: number;
  offset: number;
}
interface TextNode {
  type: "text";
  value: string;
  position?: { start: Point; end: Point };
}
interface CompileContext {
  stack: { children?: { type: string }[] }[];
  sliceSerialize(token: unknown): string;
}

const point = ({ line, column, offset }: Point): Point => ({ line, column, offset });

/**
 * Turns a literal delimiter into text, joined to the text node before it.
 * The node needs a position: mdast-util-from-markdown appends following
 * `data` to it and updates `position.end`.
 */
const literalFromMarkdown = {
  enter: {
    [LITERAL_TOKEN](this: CompileContext, token: { start: Point; end: Point }) {
      const children = this.stack[this.stack.length - 1]?.children;
      if (!children) return;
      const value = this.sliceSerialize(token);
      const last = children[children.length - 1] as TextNode | undefined;
      if (last?.type === "text" && last.position) {
        last.value += value;
        last.position.end = point(token.end);
      } else {
        const node: TextNode = { type: "text", value, position: { start: point(token.start), end: point(token.end) } };
        children.push(node);
      }
    },
  },
};

/**
 * remark plugin registering the extension. Must be `use`d after remark-gfm
 * and remark-directive: later `add: 'before'` constructs run first.
 */
export function remarkDelimiterBudget(this: Processor): undefined {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(syntaxExtension);
  (data.fromMarkdownExtensions ??= []).push(literalFromMarkdown);
}
