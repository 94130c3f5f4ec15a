/**
 * The incremental cache: one extracted document per file under `<dir>/<version>/<sha256>.json`, so a
 * rebuild re-extracts only new or changed documents, and a new extractor version starts afresh.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { ExtractedDocument } from "../../src/schemas/document.ts";

/** Cached documents of one extractor version. */
export interface ExtractCache {
  /** The cached document for this content at this path, or undefined on a miss. */
  get(sha256: string, path: string): ExtractedDocument | undefined;
  /** Store a freshly extracted document. */
  put(document: ExtractedDocument): void;
}

/** Whether the environment turns the cache off (EXTRACT_CACHE=0, false or off). */
export function cacheDisabledByEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(0|false|off|no)$/i.test(env["EXTRACT_CACHE"] ?? "");
}

/** Open (creating lazily) the cache folder for `version` under `dir`. */
export function openExtractCache(dir: string, version: string): ExtractCache {
  const folder = join(dir, version);
  let made = false;
  return {
    get(sha256, path) {
      let cached: ExtractedDocument;
      try {
        cached = JSON.parse(readFileSync(join(folder, `${sha256}.json`), "utf8")) as ExtractedDocument;
      } catch {
        return undefined;
      }
      // The file name can show in the output (title fallback, reader by extension): only reuse under the same name.
      if (cached.sha256 !== sha256 || basename(cached.source) !== basename(path)) return undefined;
      return relocate(cached, path);
    },
    put(document) {
      if (!made) mkdirSync(folder, { recursive: true });
      made = true;
      const file = join(folder, `${document.sha256}.json`);
      // Write then rename, so an interrupted run never leaves a half-written entry.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(document));
      renameSync(temporary, file);
    },
  };
}

/** The cached document as if extracted at `path`: readers name the path in warnings, and `source` is the path. */
function relocate(document: ExtractedDocument, path: string): ExtractedDocument {
  const old = document.source;
  if (old === path) return document;
  return { ...document, source: path, warnings: document.warnings.map((w) => w.split(old).join(path)) };
}
