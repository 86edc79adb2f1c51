import { chmod, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeToOutbox } from "../../lib/mail/outbox";

// Outbox messages carry sign-in, reset and invitation links: only the site's
// own user may read them.

const root = await mkdtemp(path.join(tmpdir(), "masthead-outbox-"));
afterAll(() => rm(root, { recursive: true, force: true }));

const modeOf = async (file: string) => (await stat(file)).mode & 0o777;

describe("the mail outbox", () => {
  it("creates its folder 0700 and each message 0600", async () => {
    const folder = path.join(root, "fresh", "outbox");
    const file = await writeToOutbox(Buffer.from("Subject: hello\n\nhttps://example.org/reset?token=x\n"), folder);
    expect(await modeOf(folder)).toBe(0o700);
    expect(await modeOf(file)).toBe(0o600);
    expect(await readFile(file, "utf8")).toContain("token=x");
  });

  it("makes a folder left readable by an older version private again", async () => {
    const folder = path.join(root, "old", "outbox");
    await writeToOutbox(Buffer.from("Subject: first\n\nbody\n"), folder);
    await chmod(folder, 0o755);
    const file = await writeToOutbox(Buffer.from("Subject: second\n\nbody\n"), folder);
    expect(await modeOf(folder)).toBe(0o700);
    expect(await modeOf(file)).toBe(0o600);
  });
});
