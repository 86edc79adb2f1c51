import { describe, expect, it } from "vitest";
import { requestIdFor } from "../../../lib/ops/request-id";

const GENERATED = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("a request's id", () => {
  it("keeps an id a proxy in front gave the request, when it is a plain token", () => {
    for (const id of ["5f2b0c1d9e8a7b6c", "edge-1234.abcd", "req:42@lb-1", "a".repeat(128)]) {
      expect(requestIdFor(id)).toBe(id);
    }
  });

  it("makes a new one when there is none, or when the incoming one could forge a log line or header", () => {
    const unsafe = ["", "two words", "line\nbreak", 'quote"d', "a".repeat(129), "-leading-dash", "ünïcode", "<script>"];
    for (const id of [undefined, ["a", "b"], ...unsafe]) expect(requestIdFor(id)).toMatch(GENERATED);
  });

  it("makes a different one for every request", () => {
    expect(requestIdFor(undefined)).not.toBe(requestIdFor(undefined));
  });
});
