import { runImportCommand } from "./lib/import/import-command";

// `npm run import:blogger -- blog.atom [--dry-run] [--as EMAIL]`: brings a
// Blogger blog's posts, pages, writers, labels and comments into Masthead
// from its export, classic (Back up content) or Google Takeout's feed.atom
// (README, "Moving in from Blogger"). Safe to run again: only what is not
// here yet is added.

runImportCommand("blogger");
