import { runImportCommand } from "./lib/import/import-command";

// `npm run import:wordpress -- export.xml [--uploads DIR] [--dry-run] [--staff-accounts] [--as EMAIL]`:
// brings a WordPress site's posts, pages, writers, categories, tags, comments
// and images into Masthead (README, "Moving in from WordPress"). Safe to run
// again: only what is not here yet is added.

runImportCommand("wordpress");
