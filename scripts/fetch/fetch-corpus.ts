/**
 * The fetch, step by step: list the providers, read each provider page, and download every
 * publication of the wanted types that the manifest does not already hold, recording each in the
 * manifest as soon as its file is safely on disk, so an interrupted run loses nothing.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Authority } from "../../src/schemas/authority.ts";
import { checkPdf } from "./check-pdf.ts";
import { classifyPublication } from "./classify-publication.ts";
import type { PublicationType } from "./classify-publication.ts";
import { corpusPath, providerSlug } from "./corpus-path.ts";
import { MANIFEST_NAME, readFetchManifest, writeFetchManifest } from "./fetch-manifest.ts";
import type { ManifestRow } from "./fetch-manifest.ts";
import { listProviders } from "./list-providers.ts";
import type { ListedProvider } from "./parse-search-page.ts";
import { parseProviderPage } from "./parse-provider-page.ts";
import type { ListedPublication } from "./parse-provider-page.ts";
import type { PoliteClient } from "./polite-client.ts";
import type { AuthorityResolver } from "./resolve-authority.ts";
import { FetchTally } from "./fetch-tally.ts";
import type { FetchSummary, ProgressSink } from "./fetch-tally.ts";
import { PARTIAL_SUFFIX, writeAtomically } from "./write-atomically.ts";

/** What to fetch, where to, and with what. */
export interface FetchOptions {
  /** The corpus folder (created if absent). */
  out: string;
  /** The report finder's origin (tests point it at a local replica). */
  origin: string;
  client: PoliteClient;
  resolveAuthority: AuthorityResolver;
  /** Rows per search page (default the site's most, 100). */
  rows?: number;
  /** Only publications published on or after this ISO date. */
  since?: string;
  /** Only these providers: ONS codes, authority slugs, URNs or provider names. */
  authorities?: readonly string[];
  /** Fetch area SEND inspections too. */
  send?: boolean;
  /** Downloads at once (default 1; the client's gate has the last word). */
  concurrency?: number;
  /** Stops the run between two requests (Ctrl-C). */
  stop?: AbortSignal;
  progress?: ProgressSink;
  now?: () => Date;
}

/** A provider with the authority it is, when one matched. */
interface Provider extends ListedProvider {
  authority: Authority | null;
}

/** Fetch the corpus; never throws for one page or file, only for a folder or manifest it cannot use. */
export async function fetchCorpus(options: FetchOptions): Promise<FetchSummary> {
  const tally = new FetchTally(options.progress);
  // 1. The manifest so far, and no half-written file left by an interrupted run.
  const manifestPath = join(options.out, MANIFEST_NAME);
  const manifest = readFetchManifest(manifestPath);
  for (const problem of manifest.problems) tally.note(`${problem} (the row is dropped; its publication will be fetched again)`);
  const rows = new Map(manifest.rows.map((row) => [row.source_url, row]));
  removePartials(options.out);
  // 2. The providers, narrowed to those asked for.
  const listing = await listProviders(options.client, options.origin, options.rows);
  if (listing.failure) tally.fail("search", listing.failure.url, listing.failure.reason);
  const providers = selectProviders(listing.providers.map((p) => ({ ...p, authority: options.resolveAuthority(p.name) })), options.authorities, tally);
  tally.providersListed(providers.length);
  // 3. Each provider's publications: skip what the manifest holds, download the rest.
  for (const provider of providers) {
    if (options.stop?.aborted) break;
    if (!provider.authority) tally.note(`${provider.name} (URN ${provider.urn}) matches no current authority: its files go under ${providerSlug(provider.name)}/ without an ONS code`);
    let publications: ListedPublication[];
    try {
      publications = parseProviderPage(new TextDecoder().decode((await options.client.get(provider.url)).body), provider.url);
    } catch (error) {
      tally.fail(`${provider.name} (provider page)`, provider.url, message(error));
      tally.providerDone();
      continue;
    }
    const wanted = publications.flatMap((publication) => {
      const type = wantedType(publication, options, tally, provider);
      return type ? [{ publication, type }] : [];
    });
    // As many downloads at once as the client lets through (one by default); the manifest is rewritten after each.
    await eachInPool(wanted, options.concurrency ?? 1, async ({ publication, type }) => {
      if (options.stop?.aborted) return;
      const known = rows.get(publication.url);
      if (known && existsSync(join(options.out, known.file))) return tally.skipped();
      const row = await download(provider, publication, type, options, tally);
      if (!row) return;
      rows.set(row.source_url, row);
      writeFetchManifest(manifestPath, [...rows.values()]);
      tally.downloaded();
    });
    tally.providerDone();
  }
  return tally.summary(options.stop?.aborted ?? false);
}

/** The publication's type when it is one to fetch; otherwise null, with the reason counted. */
function wantedType(publication: ListedPublication, options: FetchOptions, tally: FetchTally, provider: Provider): PublicationType | null {
  const type = classifyPublication(publication.label);
  if (!type) return tally.ignored(`label not fetched: "${publication.label}"`);
  if (type === "area-send" && !options.send) return tally.ignored("area SEND inspection (fetched with --send)");
  if (publication.format && publication.format !== "pdf") return tally.ignored(`not a PDF (${publication.format})`);
  if (options.since && publication.published < options.since) return tally.ignored(`published before --since ${options.since}`);
  if (publication.dateNote) tally.note(`${provider.name}, ${publication.label}: ${publication.dateNote}`);
  tally.found();
  return type;
}

async function download(provider: Provider, publication: ListedPublication, type: PublicationType, options: FetchOptions, tally: FetchTally): Promise<ManifestRow | null> {
  const what = `${provider.name}: ${publication.label}, ${publication.published}`;
  try {
    const fetched = await options.client.get(publication.url, checkPdf);
    const folder = provider.authority?.slug ?? providerSlug(provider.name);
    const file = corpusPath(folder, publication.published, type, publication.fileId);
    writeAtomically(join(options.out, file), fetched.body);
    return {
      file,
      urn: provider.urn,
      ons_code: provider.authority?.code ?? "",
      authority: provider.name,
      publication_type: type,
      label: publication.label,
      published: publication.published,
      source_url: publication.url,
      sha256: createHash("sha256").update(fetched.body).digest("hex"),
      fetched_at: (options.now?.() ?? new Date()).toISOString(),
    };
  } catch (error) {
    tally.fail(what, publication.url, message(error));
    return null;
  }
}

/** The providers `wanted` names (all when it names none); a name that matches no provider is reported. */
function selectProviders(providers: Provider[], wanted: readonly string[] | undefined, tally: FetchTally): Provider[] {
  if (!wanted || wanted.length === 0) return providers;
  const keys = (p: Provider) => [p.urn, p.name.toLowerCase(), p.authority?.code.toLowerCase(), p.authority?.slug].filter(Boolean);
  for (const name of wanted) {
    if (!providers.some((p) => keys(p).includes(name.toLowerCase()))) tally.fail(`--authority ${name}`, "", "no provider listed by the search is this authority");
  }
  return providers.filter((p) => wanted.some((name) => keys(p).includes(name.toLowerCase())));
}

/** Run `work` over `items`, at most `size` at a time. */
async function eachInPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

/** Remove the .part files an interrupted run left (they are never documents). */
function removePartials(folder: string): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder, { recursive: true, encoding: "utf8" })) {
    const path = join(folder, name);
    if (name.endsWith(PARTIAL_SUFFIX) && statSync(path).isFile()) rmSync(path);
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
