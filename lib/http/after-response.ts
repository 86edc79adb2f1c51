import { after } from "next/server";
import { keepUntilDone } from "../ops/shutdown";

/**
 * Work a request causes but its answer need not wait for (alert emails).
 * Inside a Next request it runs after the response is sent, and a graceful
 * shutdown waits for it; elsewhere (scripts, tests) there is no response to
 * wait for, so it runs now.
 */
export async function afterResponse(task: () => Promise<void>): Promise<void> {
  try {
    after(() => {
      const work = task();
      keepUntilDone(work);
      return work;
    });
  } catch {
    await task();
  }
}
