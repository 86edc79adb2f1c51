// After a command-line import the running site still serves the pages it
// cached before: asked through its internal endpoint (as `npm run worker`
// does), it drops the listings the import changed at once.

export async function askSiteToDropListings(baseUrl: string, secret: string, tags: string[]): Promise<string> {
  if (tags.length === 0) return "";
  try {
    const response = await fetch(new URL("/api/internal/revalidate", baseUrl), {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify({ tags: tags.slice(0, 1000) }),
      signal: AbortSignal.timeout(10_000),
    });
    return response.ok
      ? `The site at ${baseUrl} dropped its cached listings.`
      : `The site at ${baseUrl} refused to drop its cached listings (HTTP ${response.status}); they refresh within the hour.`;
  } catch {
    return `No site answered at ${baseUrl}: it will show the imported posts once started (or within the hour).`;
  }
}
