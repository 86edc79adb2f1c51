import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { messageBody, newMessage, signedHeaders } from "../../../lib/webhooks/payload";
import { looksLikeWebhookSecret, newWebhookSecret } from "../../../lib/webhooks/secret";

// Messages in the Standard Webhooks shape, signed so that the reference
// library verifies them.

const at = new Date("2026-12-06T10:00:00Z");

describe("webhook messages", () => {
  it("have a msg_ id, the event type, the event's time and the data, and nothing else in the body", () => {
    const message = newMessage("post.published", { post: { id: "p1" } }, at);
    expect(message.id).toMatch(/^msg_[0-9a-f-]{36}$/);
    expect(JSON.parse(messageBody(message))).toEqual({
      type: "post.published",
      timestamp: "2026-12-06T10:00:00.000Z",
      data: { post: { id: "p1" } },
    });
  });

  it("give every message its own id", () => {
    expect(newMessage("post.updated", {}).id).not.toBe(newMessage("post.updated", {}).id);
  });

  it("are signed so that Webhook.verify accepts the body with the hook's secret and refuses it with another", () => {
    const secret = newWebhookSecret();
    const message = newMessage("comment.approved", { comment: { id: "c1" } });
    const body = messageBody(message);
    const headers = signedHeaders(message, body, [secret]);
    expect(headers["webhook-id"]).toBe(message.id);
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(secret).verify(body.replace("c1", "c2"), headers)).toThrow();
  });

  it("carry one signature per secret during a rotation, and either secret verifies", () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const message = newMessage("post.updated", {});
    const body = messageBody(message);
    const headers = signedHeaders(message, body, [current, previous]);
    expect(headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(() => new Webhook(current).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(previous).verify(body, headers)).not.toThrow();
  });

  it("put the time of the attempt in webhook-timestamp, in seconds", () => {
    const message = newMessage("post.updated", {}, at);
    const headers = signedHeaders(message, messageBody(message), [newWebhookSecret()], at);
    expect(headers["webhook-timestamp"]).toBe(String(at.getTime() / 1000));
  });
});

describe("signing secrets", () => {
  it("are whsec_ and the base64 of 32 random bytes, new each time", () => {
    const secret = newWebhookSecret();
    expect(looksLikeWebhookSecret(secret)).toBe(true);
    expect(Buffer.from(secret.slice("whsec_".length), "base64")).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
  });
});
