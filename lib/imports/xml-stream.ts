// The streaming half of every export reader (WordPress's WXR, Blogger's
// Atom): the file goes through an incremental XML parser chunk by chunk, and
// each record is handed on as soon as its closing tag is read. Reading
// pauses while the consumer works on a record, so memory holds one chunk and
// the records it completed, never the document.

export interface RecordParser<R> {
  /** Parses the next piece of text, returning the records it completed. */
  write(text: string): R[];
  /** The document's end: the records still pending, or an error for a truncated file. */
  end(): R[];
}

export async function* streamRecords<R>(
  chunks: AsyncIterable<string | Buffer>,
  parser: RecordParser<R>,
): AsyncGenerator<R> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    yield* parser.write(text);
  }
  yield* parser.write(decoder.decode());
  yield* parser.end();
}
