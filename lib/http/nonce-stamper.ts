// Replaces the placeholder nonce in a response body with the response's own
// nonce, chunk by chunk: a streamed page can split the placeholder across two
// chunks, so a tail that could begin it waits for the next chunk. Both have
// the same length, so a Content-Length computed beforehand stays right.

export interface NonceStamper {
  /** The chunk to send in place of `chunk` (possibly shorter: a held-back tail comes with the next one). */
  chunk(chunk: string | Uint8Array, encoding?: BufferEncoding): Buffer;
  /** What is still held back, to send before the response ends. */
  flush(): Buffer | null;
}

export function createNonceStamper(placeholder: string, nonce: string): NonceStamper {
  if (placeholder.length !== nonce.length) throw new Error("The nonce must be as long as its placeholder.");
  const from = Buffer.from(placeholder, "latin1");
  const to = Buffer.from(nonce, "latin1");
  let held: Buffer | null = null;

  return {
    chunk(chunk, encoding) {
      let bytes =
        typeof chunk === "string"
          ? Buffer.from(chunk, encoding)
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (held) {
        bytes = Buffer.concat([held, bytes]);
        held = null;
      }
      let at = bytes.indexOf(from);
      // The producer may reuse its buffer: stamp a copy.
      if (at !== -1) bytes = Buffer.from(bytes);
      while (at !== -1) {
        to.copy(bytes, at);
        at = bytes.indexOf(from, at + from.length);
      }
      const keep = partialPlaceholderAtEnd(bytes, from);
      if (keep === 0) return bytes;
      held = Buffer.from(bytes.subarray(bytes.length - keep));
      return bytes.subarray(0, bytes.length - keep);
    },
    flush() {
      const rest = held;
      held = null;
      return rest;
    },
  };
}

/** The length of the longest end of `bytes` that is a proper beginning of `placeholder`. */
function partialPlaceholderAtEnd(bytes: Buffer, placeholder: Buffer): number {
  const longest = Math.min(placeholder.length - 1, bytes.length);
  for (let length = longest; length > 0; length--) {
    if (bytes.compare(placeholder, 0, length, bytes.length - length) === 0) return length;
  }
  return 0;
}

/** The whole body at once (a cached page): a string stays a string, as Next measured it. */
export function stampWhole(body: string, placeholder: string, nonce: string): string {
  return body.replaceAll(placeholder, nonce);
}
