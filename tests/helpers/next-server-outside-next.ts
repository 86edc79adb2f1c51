import nextServer from "next/server.js";

// Integration tests call route handlers directly, outside a Next server, where
// no request exists to mark as dynamic: connection() resolves at once, as it
// does at request time in the server. Everything else is Next's own
// (after() still refuses, so lib/http/after-response.ts runs the task now).

export const { NextRequest, NextResponse, after, userAgent, userAgentFromString, URLPattern } = nextServer;

export async function connection(): Promise<void> {}
