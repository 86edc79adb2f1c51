import { after } from "next/server";

/**
 * Work a request causes but its answer need not wait for (alert emails).
 * Inside a Next request it runs after the response is sent; elsewhere
 * (scripts, tests) there is no response to wait for, so it runs now.
 */
export async function afterResponse(task: () => Promise<void>): Promise<void> {
  try {
    after(task);
  } catch {
    await task();
  }
}
