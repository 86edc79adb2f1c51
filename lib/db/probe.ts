import pg from "pg";
import { redactUrls } from "../text/redact";

/** A one-line explanation of why a database can't be reached, naming the host. */
export async function describeUnreachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return null;
  } catch (err) {
    const { hostname, port, pathname } = new URL(url);
    const where = `${hostname}:${port || 5432}${pathname}`;
    const code = (err as { code?: string }).code;
    const hint =
      code === "ECONNREFUSED"
        ? "is the server running and listening on that port?"
        : code === "ENOTFOUND"
          ? "check the host name in DATABASE_URL"
          : code === "28P01" || code === "28000"
            ? "check the user name and password in DATABASE_URL"
            : code === "3D000"
              ? "create the database first (createdb) or fix its name in DATABASE_URL"
              : "check DATABASE_URL and that the server accepts connections";
    // The URL's password never reaches the message, even inside the driver's own words.
    return redactUrls(`Cannot reach the database at ${where} (${(err as Error).message || code}): ${hint}`);
  } finally {
    await client.end().catch(() => {});
  }
}
