import { text } from "node:stream/consumers";

// Reads a new password without echoing it on a terminal; from a pipe it
// takes the first line, so scripts and tests can set one non-interactively.

export class PromptCancelled extends Error {}

function readHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stdout.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed = "";
    const finish = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write("\n");
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === "\r" || character === "\n") {
          finish();
          return resolve(typed);
        }
        if (character === "\u0003" || character === "\u0004") {
          finish();
          return reject(new PromptCancelled("Cancelled: the password was not changed."));
        }
        if (character === "\u007f" || character === "\b") typed = typed.slice(0, -1);
        else if (character >= " ") typed += character;
      }
    };
    stdin.on("data", onData);
  });
}

/** The new password: typed twice on a terminal, or the first line of piped input. */
export async function promptNewPassword(email: string): Promise<{ password: string; confirmation: string }> {
  if (!process.stdin.isTTY) {
    const [first = ""] = (await text(process.stdin)).split(/\r?\n/);
    return { password: first, confirmation: first };
  }
  const password = await readHidden(`New password for ${email}: `);
  const confirmation = await readHidden("Type it again: ");
  return { password, confirmation };
}
