/**
 * The fetcher's manifests among a corpus's inputs (scripts/fetch/fetch-manifest.ts): each
 * manifest.csv of its columns is read, not extracted, and indexed by the absolute path of each
 * document it describes, so extraction can take the publication date, type and authority from
 * the report finder. A manifest.csv of other columns is left an ordinary input.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { isFetchManifestHeader, MANIFEST_NAME, readFetchManifest } from "../fetch/fetch-manifest.ts";
import type { ManifestRow } from "../fetch/fetch-manifest.ts";
import type { InputEntry } from "./list-inputs.ts";

/** A manifest row with the manifest it came from. */
export interface ManifestEntry extends ManifestRow {
  /** Absolute path of the manifest.csv. */
  manifest: string;
}

/** The fetcher's manifests among the inputs. */
export interface CorpusManifests {
  /** Rows by the absolute path of the document they describe. */
  byPath: Map<string, ManifestEntry>;
  /** The manifests read (not documents: left out of the inputs). */
  files: Set<string>;
  /** Problems to report as error entries: a bad row, a row whose file is absent, an unreadable manifest. */
  problems: { source: string; message: string }[];
}

/** Find and read the fetcher's manifests among `inputs`. */
export function readCorpusManifests(inputs: readonly InputEntry[]): CorpusManifests {
  const manifests: CorpusManifests = { byPath: new Map(), files: new Set(), problems: [] };
  const present = new Set(inputs.map((input) => input.path));
  for (const input of inputs) {
    if ("error" in input || basename(input.path) !== MANIFEST_NAME || !isFetchManifest(input.path)) continue;
    manifests.files.add(input.path);
    try {
      const { rows, problems } = readFetchManifest(input.path);
      for (const problem of problems) manifests.problems.push({ source: input.path, message: `${problem}; its document is read without the report finder's metadata` });
      for (const row of rows) {
        const path = resolve(dirname(input.path), row.file);
        if (!present.has(path)) {
          const missing = existsSync(path) ? "is not among the inputs" : "is missing";
          manifests.problems.push({ source: input.path, message: `${row.file} ${missing} (${row.label}, ${row.published}): run \`npm run fetch\` to fetch it again` });
          continue;
        }
        manifests.byPath.set(path, { ...row, manifest: input.path });
      }
    } catch (error) {
      manifests.problems.push({ source: input.path, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return manifests;
}

/** True when the file's header row is the fetcher's manifest's. */
function isFetchManifest(path: string): boolean {
  try {
    const [header] = parse(readFileSync(path, "utf8"), { to_line: 1, bom: true }) as string[][];
    return isFetchManifestHeader(header ?? []);
  } catch {
    return false;
  }
}
