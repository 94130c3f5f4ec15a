import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parse } from "csv-parse/sync";

/** One row of the corpus manifest (file, ofsted_urn, authority, published). */
export interface ManifestRow {
  /** Absolute path of the report. */
  path: string;
  /** Path as the manifest gives it, relative to the manifest. */
  file: string;
  urn: string;
  /** The authority as a loose slug ("norfolk", "bournemouth, christchurch & poole"). */
  authority: string;
  /** ISO publication date. */
  published: string;
}

/** Reads manifest.csv; paths resolve against the manifest's folder; rows come sorted by file. */
export async function readManifest(manifestPath: string): Promise<ManifestRow[]> {
  const records = parse(await readFile(manifestPath, "utf8"), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  }) as Record<string, string | undefined>[];
  const folder = dirname(manifestPath);
  return records
    .map((record) => {
      const file = record["file"] ?? "";
      return {
        path: resolve(folder, file),
        file,
        urn: record["ofsted_urn"] ?? "",
        authority: record["authority"] ?? "",
        published: record["published"] ?? "",
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** A deterministic sample of `limit` rows spread evenly over the (sorted) manifest; all rows when limit is absent or large. */
export function sampleRows<T>(rows: readonly T[], limit: number | undefined): T[] {
  if (limit === undefined || limit >= rows.length) return [...rows];
  const picked: T[] = [];
  for (let i = 0; i < limit; i++) picked.push(rows[Math.floor((i * rows.length) / limit)]!);
  return picked;
}
