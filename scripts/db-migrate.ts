import { runCli, onExit } from "./lib/cli/run";
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate/runner";

runCli(async () => {
  const database = await openDatabase();
  onExit(database.close);
  const result = await migrate(database.url, { log: (line) => console.log(line) });
  console.log(
    result.applied.length
      ? `✔ Applied ${result.applied.length} migration(s); ${result.alreadyApplied} were already applied.`
      : `✔ Database is up to date (${result.alreadyApplied} migrations applied).`,
  );
});
