/** Page through the report finder's search for every "Local authority children's services" provider. */
import type { ListedProvider } from "./parse-search-page.ts";
import { parseSearchPage } from "./parse-search-page.ts";
import type { PoliteClient } from "./polite-client.ts";
import { MAX_ROWS, searchUrl } from "./report-finder.ts";

/** The providers found, and a message for a search page that could not be read (the pages before it still count). */
export interface ProviderListing {
  providers: ListedProvider[];
  failure: { url: string; reason: string } | null;
}

// About 153 providers at 100 a page: far more pages than this means the paging has gone wrong.
const MAX_PAGES = 50;

/** Every provider the search lists, following "next" links; stops at the first page that fails, saying which. */
export async function listProviders(client: PoliteClient, origin: string, rows = MAX_ROWS): Promise<ProviderListing> {
  const providers = new Map<string, ListedProvider>();
  const seen = new Set<string>();
  for (let next: string | null = searchUrl(origin, 0, rows); next; ) {
    const url: string = next;
    if (seen.has(url) || seen.size >= MAX_PAGES) {
      return { providers: [...providers.values()], failure: { url, reason: `the search's paging loops or runs past ${MAX_PAGES} pages` } };
    }
    seen.add(url);
    try {
      const page = parseSearchPage(new TextDecoder().decode((await client.get(url)).body), url);
      for (const provider of page.providers) if (!providers.has(provider.urn)) providers.set(provider.urn, provider);
      next = page.next;
    } catch (error) {
      return { providers: [...providers.values()], failure: { url, reason: error instanceof Error ? error.message : String(error) } };
    }
  }
  return { providers: [...providers.values()], failure: null };
}
