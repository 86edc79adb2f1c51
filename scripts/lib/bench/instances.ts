import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { startNextServer, waitUntilAnswering, type BenchServer } from "./server";

// Several production servers of one build, as several machines would run
// them: the first serves the build folder, each further one its own copy
// (less Next's build cache), and each has its own data folder, so nothing
// reaches one from another but what they share on purpose (the database,
// Redis, the bucket).

export interface Instance extends BenchServer {
  name: string;
  port: number;
  url: string;
}

export interface Instances {
  list: Instance[];
  /** Stops every instance still running and removes the build copies. */
  stop(): Promise<void>;
}

const NAMES = ["A", "B", "C", "D"];

export async function startInstances(options: {
  ports: readonly number[];
  dist: string;
  /** Instance A's data folder is <dataDir>/a, B's <dataDir>/b… */
  dataDir: string;
  env: Record<string, string>;
}): Promise<Instances> {
  if (options.ports.length > NAMES.length) throw new Error(`At most ${NAMES.length} instances.`);
  const list: Instance[] = [];
  const copies: string[] = [];
  const stop = async () => {
    await Promise.all(list.map((instance) => instance.stop()));
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  };
  try {
    for (const [index, port] of options.ports.entries()) {
      const name = NAMES[index]!;
      let dist = options.dist;
      if (index > 0) {
        dist = `${options.dist}-${name.toLowerCase()}`;
        copies.push(dist);
        rmSync(dist, { recursive: true, force: true });
        cpSync(options.dist, dist, {
          recursive: true,
          filter: (source) => source !== path.join(options.dist, "cache"),
        });
      }
      const server = startNextServer({
        port,
        env: {
          ...options.env,
          MASTHEAD_DIST_DIR: dist,
          MASTHEAD_DATA_DIR: path.join(options.dataDir, name.toLowerCase()),
        },
      });
      const url = `http://127.0.0.1:${port}`;
      list.push({ ...server, name, port, url });
      await waitUntilAnswering(server, url);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { list, stop };
}
