/**
 * The corpus manifest the fetcher writes and the build reads (manifest.csv beside the documents):
 * one row per downloaded publication, with what the report finder says of it.
 */
import { existsSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { PUBLICATION_TYPES } from "./classify-publication.ts";
import { writeAtomically } from "./write-atomically.ts";

/** The manifest's file name in a corpus folder. */
export const MANIFEST_NAME = "manifest.csv";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One row: a publication as the report finder lists it and as it was downloaded. */
export const ManifestRowSchema = z.object({
  /** The document's path, relative to the manifest's folder, with "/" separators. */
  file: z.string().min(1),
  /** Ofsted's unique reference number of the provider (the authority's children's services). */
  urn: z.string().regex(/^\d+$/),
  /** The authority's ONS code, or empty when the provider's name matched no current authority. */
  ons_code: z.string().regex(/^(E\d{8})?$/),
  /** The provider's name as the report finder gives it. */
  authority: z.string().min(1),
  /** The publication type (scripts/fetch/classify-publication.ts). */
  publication_type: z.enum(PUBLICATION_TYPES),
  /** The report finder's own label ("Children's services focused visit"). */
  label: z.string(),
  /** ISO publication date from the report finder. */
  published: z.string().regex(ISO_DATE),
  /** Where the file was downloaded from. */
  source_url: z.url(),
  /** SHA-256 of the file's bytes (hex). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** When it was downloaded (ISO timestamp). */
  fetched_at: z.iso.datetime(),
});
export type ManifestRow = z.infer<typeof ManifestRowSchema>;

/** The manifest's columns, in order. */
export const MANIFEST_COLUMNS = Object.keys(ManifestRowSchema.shape) as (keyof ManifestRow)[];

/** True when a CSV header row is the fetcher's manifest (other manifests, with other columns, are not read as one). */
export function isFetchManifestHeader(columns: readonly string[]): boolean {
  return MANIFEST_COLUMNS.every((column) => columns.includes(column));
}

/** A manifest read: its rows, and a message for each row that is not valid (the row is left out). */
export interface ReadManifest {
  rows: ManifestRow[];
  problems: string[];
}

/**
 * Read a manifest; a missing file is an empty manifest. Throws when the file is a CSV of other
 * columns, so the fetcher never overwrites a manifest that is not its own.
 */
export function readFetchManifest(path: string): ReadManifest {
  if (!existsSync(path)) return { rows: [], problems: [] };
  const records = parse(readFileSync(path, "utf8"), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const columns = records.length > 0 ? Object.keys(records[0]!) : headerOf(path);
  if (!isFetchManifestHeader(columns)) {
    throw new Error(`${path} is not the fetcher's manifest: it wants the columns ${MANIFEST_COLUMNS.join(", ")}; it has ${columns.join(", ") || "none"}`);
  }
  const rows: ManifestRow[] = [];
  const problems: string[] = [];
  records.forEach((record, i) => {
    const parsed = ManifestRowSchema.safeParse(record);
    if (parsed.success) rows.push(parsed.data);
    else problems.push(`${path}, row ${i + 2}: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  });
  return { rows, problems };
}

/** Write the manifest atomically, rows sorted by file, so a crash never leaves half of it. */
export function writeFetchManifest(path: string, rows: readonly ManifestRow[]): void {
  const sorted = [...rows].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  writeAtomically(path, stringify(sorted, { header: true, columns: MANIFEST_COLUMNS }));
}

function headerOf(path: string): string[] {
  const [header] = parse(readFileSync(path, "utf8"), { to_line: 1, bom: true }) as string[][];
  return header ?? [];
}
