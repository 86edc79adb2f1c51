import { config } from "zod/v4/core";

// Runs in the browser before the app starts. Zod compiles its parsers with
// `new Function` when it may, and finds out by trying: under the site's
// Content-Security-Policy (docs/security-headers.md) the try is refused and
// reported as a violation, although Zod carries on without. Telling it not to
// try keeps the browser's violation reports for real attacks.
config({ jitless: true });
