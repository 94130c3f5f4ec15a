/**
 * The incremental cache: one extracted, validated document per file under
 * `<dir>/<version>/<sha256>.entry`, so a rebuild re-extracts only new or changed documents, and a
 * new extractor version starts afresh. An entry is a one-line JSON head (content hash, source path,
 * finding ids) and then the document exactly as the extraction file holds it (elementBody),
 * so that a hit can be copied into the extraction file as it stands.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { ExtractedDocument } from "../../src/schemas/document.ts";
import { CorpusDocument } from "./corpus-document.ts";

/** Cached documents of one extractor version. */
export interface ExtractCache {
  /** The cached document for this content at this path, or undefined on a miss. */
  get(sha256: string, path: string): CorpusDocument | undefined;
  /** Store a freshly extracted, validated document. */
  put(document: CorpusDocument): void;
}

/** The first line of an entry. */
interface EntryHead {
  sha256: string;
  source: string;
  findingIds: string[];
}

const NEWLINE = 0x0a;
const CLOSING_BRACE = 0x7d;

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
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(folder, `${sha256}.entry`));
      } catch {
        return undefined;
      }
      // No head, or a body that does not end its object: the entry was cut short, so extract again.
      const newline = bytes.indexOf(NEWLINE);
      if (newline < 0 || bytes[bytes.length - 1] !== CLOSING_BRACE) return undefined;
      let head: EntryHead;
      try {
        head = JSON.parse(bytes.subarray(0, newline).toString("utf8")) as EntryHead;
      } catch {
        return undefined;
      }
      // The file name can show in the output (title fallback, reader by extension): only reuse under the same name.
      if (head.sha256 !== sha256 || basename(head.source) !== basename(path) || !Array.isArray(head.findingIds)) return undefined;
      const cached = CorpusDocument.ofBody(bytes.subarray(newline + 1), head.findingIds);
      return head.source === path ? cached : CorpusDocument.of(relocate(cached.document(), path));
    },
    put(entry) {
      if (!made) mkdirSync(folder, { recursive: true });
      made = true;
      const document = entry.document();
      const head: EntryHead = { sha256: document.sha256, source: document.source, findingIds: [...entry.findingIds] };
      const file = join(folder, `${document.sha256}.entry`);
      // Write then rename, so an interrupted run never leaves a half-written entry.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify(head)}\n`);
      writeFileSync(temporary, entry.body(), { flag: "a" });
      renameSync(temporary, file);
    },
  };
}

/** The cached document as if extracted at `path`: readers name the path in warnings, and `source` is the path. */
function relocate(document: ExtractedDocument, path: string): ExtractedDocument {
  const old = document.source;
  return { ...document, source: path, warnings: document.warnings.map((w) => w.split(old).join(path)) };
}
