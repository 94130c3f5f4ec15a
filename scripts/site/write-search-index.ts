import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { passageHtml, type PassageRecord } from "../../src/lib/search/passage-record.ts";
import { BUNDLE_PASSAGES, bundleFolder, splitIntoBundles } from "../../src/lib/search/search-bundles.ts";

/** What indexing produced. */
export interface SearchIndexResult {
  /** Pagefind pages written: one per passage. */
  records: number;
  /** Findings inside them. */
  findings: number;
  /** Pagefind bundles written (src/lib/search/search-bundles.ts): 1 unless the passages were over the limit. */
  bundles: number;
  errors: string[];
}

export interface SearchIndexOptions {
  /** Most passages per bundle (default BUNDLE_PASSAGES). */
  bundlePassages?: number;
}

/** Passages sent to the Pagefind service before waiting for its answers (it handles them in order). */
const IN_FLIGHT = 64;

/**
 * Indexes the passages with Pagefind's Node API, each as an HTML page (passageHtml), and writes the
 * bundles under `outputPath` (e.g. dist/pagefind): bundle 0 there, bundle n in `bundle-<n>/`, each
 * from a consecutive run of the passages in their order (search-bundles.ts). One bundle at a time,
 * each in a fresh Pagefind service that is closed once its bundle is written, so the service never
 * holds more than one bundle's text. Bundle folders left by an earlier indexing are removed.
 */
export async function writeSearchIndex(
  passages: readonly PassageRecord[],
  outputPath: string,
  options: SearchIndexOptions = {},
): Promise<SearchIndexResult> {
  const bundles = splitIntoBundles(passages, options.bundlePassages ?? BUNDLE_PASSAGES);
  // No passages still writes bundle 0 (Pagefind's script and an empty index), as one index did.
  if (bundles.length === 0) bundles.push([]);
  removeBundleFolders(outputPath);
  const result: SearchIndexResult = { records: 0, findings: 0, bundles: bundles.length, errors: [] };
  for (const [n, bundle] of bundles.entries()) {
    const folder = join(outputPath, bundleFolder(n));
    const written = await writeBundle(bundle, folder);
    if (n > 0) removeRuntime(folder);
    else removeUnusedRuntime(folder);
    result.records += written.records;
    result.findings += written.findings;
    result.errors.push(...written.errors.map((error) => (bundles.length > 1 ? `bundle ${n}: ${error}` : error)));
  }
  return result;
}

/** Writes one bundle from its own Pagefind service. */
async function writeBundle(passages: readonly PassageRecord[], outputPath: string): Promise<Omit<SearchIndexResult, "bundles">> {
  const errors: string[] = [];
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: "en" });
    errors.push(...createErrors);
    if (!index) return { records: 0, findings: 0, errors: [...errors, "Pagefind could not create an index."] };
    try {
      let added = 0;
      let findings = 0;
      // A bounded window of requests: the service's round trips overlap, and memory stays flat.
      for (let start = 0; start < passages.length; start += IN_FLIGHT) {
        const batch = passages.slice(start, start + IN_FLIGHT);
        const responses = await Promise.all(batch.map((p) => index.addHTMLFile({ url: p.url, content: passageHtml(p) })));
        responses.forEach((response, i) => {
          errors.push(...response.errors);
          if (response.errors.length === 0) {
            added += 1;
            findings += batch[i]!.findings.length;
          }
        });
      }
      const written = await index.writeFiles({ outputPath });
      errors.push(...written.errors);
      return { records: added, findings, errors };
    } finally {
      await index.deleteIndex();
    }
  } finally {
    // deleteIndex() frees the index inside the service but does not give the memory back to the
    // system (measured on the real corpus in bundles of 648 passages: 180 MB resident after
    // bundle 0's deleteIndex, 285 MB after a third bundle in the same service, where a fresh one
    // peaks at 258–278 MB), so the service is ended and the next createIndex starts a new one.
    await pagefind.close();
  }
}

/**
 * Pagefind's scripts, styles and WebAssembly, which it writes into every bundle: a merged bundle
 * is read with bundle 0's (mergeIndex loads only its entry file, pf_meta, index, filter and
 * fragment files), so the extra bundles' copies (about 600 kB each) are removed.
 */
const RUNTIME_FILE = /^(pagefind(-[a-z-]+)?\.(js|css)|wasm\.[^/]+\.pagefind)$/;

function removeRuntime(folder: string): void {
  if (!existsSync(folder)) return; // the bundle failed before Pagefind wrote it (its errors say why)
  for (const name of readdirSync(folder)) if (RUNTIME_FILE.test(name)) rmSync(join(folder, name));
}

/**
 * Pagefind's files the site never loads, which it writes beside the index anyway: its ready-made search
 * interfaces and their styles (the search page is the site's own, over pagefind.js), the highlighting
 * script, the web worker (the site asks for none: `noWorker`) and the WebAssembly of languages the
 * index does not hold (it is forced to English). About 530 kB.
 */
const UNUSED_RUNTIME_FILE = /^pagefind-(?:ui|component-ui|modular-ui|highlight|worker)\.(?:js|css)$/;

/** Removes from bundle 0 the runtime files the site does not load (UNUSED_RUNTIME_FILE, and WebAssembly no language of the entry names). */
function removeUnusedRuntime(folder: string): void {
  if (!existsSync(folder)) return;
  const entry = JSON.parse(readFileSync(join(folder, "pagefind-entry.json"), "utf8")) as { languages?: Record<string, { wasm?: string }> };
  const wasm = new Set(Object.values(entry.languages ?? {}).map((language) => `wasm.${language.wasm ?? "unknown"}.pagefind`));
  for (const name of readdirSync(folder)) {
    if (UNUSED_RUNTIME_FILE.test(name) || (/^wasm\.[^/]+\.pagefind$/.test(name) && !wasm.has(name))) rmSync(join(folder, name));
  }
}

/** Removes the `bundle-<n>` folders of an earlier indexing from bundle 0's folder. */
function removeBundleFolders(outputPath: string): void {
  let names: string[];
  try {
    names = readdirSync(outputPath);
  } catch {
    return; // nothing written there yet
  }
  for (const name of names) if (/^bundle-\d+$/.test(name)) rmSync(join(outputPath, name), { recursive: true, force: true });
}
