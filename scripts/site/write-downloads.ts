/**
 * Writes the large open-data downloads into <outDir>/data, streaming one document at a time:
 * findings.json and findings.csv (every finding), authorities/<slug>.json (an authority's documents
 * and findings, which the comparison chooser also reads) and themes/<id>.json. At national scale
 * these are hundreds of megabytes (more than one JavaScript string can hold at ten times the real
 * corpus), so they are not Astro endpoints. The output is the download format of formatDownloadJson.
 *
 *   node scripts/site/write-downloads.ts <outDir>     (scripts/build.ts runs it beside the search indexing)
 *
 * Environment: EXTRACTION_FILE, AUTHORITIES_FILE (see src/lib/load-extraction.ts), SITE_URL (absolute links).
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { assertExtractionExists, extractionPath, loadThemes } from "../../src/lib/load-extraction.ts";
import { NamedAuthorities } from "../../src/lib/open-data/download-authorities.ts";
import { FINDING_COLUMNS } from "../../src/lib/open-data/finding-columns.ts";
import { compareDocumentIds, documentFindingRows, documentRow, type DocumentRow } from "../../src/lib/open-data/finding-rows.ts";
import { type DocumentSpan, readExtractionDocumentAt, readExtractionDocumentSpans } from "../../src/lib/read-extraction-documents.ts";
import { formatDownloadJson } from "../../src/lib/open-data/responses.ts";
import { csvHeader, csvRecords } from "../../src/lib/open-data/to-csv.ts";
import { loadRegister } from "../../src/lib/search/load-register.ts";
import { loadSiteLookup } from "../../src/lib/search/load-site-lookup.ts";

/** What was written. */
export interface DownloadsWritten {
  files: number;
  bytes: number;
}

/**
 * A file written in pieces through a buffer: a JSON object whose last key is an array that grows
 * row by row, or plain text (CSV).
 */
class StreamedFile {
  #fd: number;
  #buffer: string[] = [];
  #size = 0;
  #rows = 0;
  bytes = 0;

  constructor(path: string, head: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.#fd = openSync(path, "w");
    this.write(head);
  }

  write(text: string): void {
    this.#buffer.push(text);
    this.#size += text.length;
    if (this.#size > 1 << 16) this.flush();
  }

  /** Appends one element, given as its JSON, to the open JSON array, a line each. */
  row(json: string): void {
    this.write(`${this.#rows++ === 0 ? "\n" : ",\n"}${json}`);
  }

  /** Closes the array ("[]" when it stayed empty) and whatever encloses it. */
  closeArray(tail: string): void {
    this.write(this.#rows === 0 ? `]${tail}` : `\n]${tail}`);
    this.close();
  }

  close(): void {
    this.flush();
    closeSync(this.#fd);
  }

  flush(): void {
    if (this.#buffer.length === 0) return;
    const text = this.#buffer.join("");
    this.bytes += writeSync(this.#fd, text);
    this.#buffer = [];
    this.#size = 0;
  }
}

/** The opening of a JSON object in the download format, up to its last key's array left open. */
function objectHead(fields: Record<string, unknown>, openKey: string): string {
  // Values as formatDownloadJson writes them one level down (arrays a line per element).
  const lines = Object.entries(fields).map(([key, value]) => `${JSON.stringify(key)}: ${formatDownloadJson(value, 1)}`);
  return `{\n${[...lines, `${JSON.stringify(openKey)}: [`].join(",\n")}`;
}

/**
 * Writes the downloads of the extraction file (EXTRACTION_FILE) under `outDir`/data, in two passes
 * over the file that each hold one document at a time: the first gathers the documents' rows, the
 * authorities they name and where each document lies in the file; the second reads the documents
 * back in id order and writes their findings. (Loading the whole extraction held 1.2 GB on the real
 * corpus and about ten times that at ten times it, so the downloads could not run beside the search
 * indexing.)
 */
export function writeDownloads(outDir: string, site = process.env["SITE_URL"] || undefined): DownloadsWritten {
  const path = extractionPath();
  assertExtractionExists(path);
  const lookup = loadSiteLookup();
  const data = join(resolve(outDir), "data");
  const files: StreamedFile[] = [];
  const open = (path: string, head: string) => {
    const file = new StreamedFile(join(data, path), head);
    files.push(file);
    return file;
  };

  // Pass 1: each document's row and span, and the authorities named.
  const located: { row: DocumentRow; span: DocumentSpan }[] = [];
  const named = new NamedAuthorities(lookup);
  for (const [doc, span] of readExtractionDocumentSpans(path)) {
    located.push({ row: documentRow(doc, site), span });
    named.add(doc);
  }
  located.sort((a, b) => compareDocumentIds(a.row.id, b.row.id));
  const documentsByAuthority = new Map<string, DocumentRow[]>();
  for (const { row } of located) {
    for (const code of new Set(row.authorities)) {
      const list = documentsByAuthority.get(code);
      if (list) list.push(row);
      else documentsByAuthority.set(code, [row]);
    }
  }
  const allJson = open("findings.json", "[");
  const allCsv = open("findings.csv", `\uFEFF${csvHeader(FINDING_COLUMNS)}`);
  const byAuthority = new Map(
    named.downloads(loadRegister()).map((authority) => [
      authority.code,
      open(`authorities/${authority.slug}.json`, objectHead({ authority, documents: documentsByAuthority.get(authority.code) ?? [] }, "findings")),
    ]),
  );
  const byTheme = new Map(
    loadThemes().map((t) => [
      t.id,
      open(`themes/${t.id}.json`, objectHead({ theme: { id: t.id, label: t.label, definition: t.definition, framework: t.framework } }, "findings")),
    ]),
  );

  // Pass 2: the findings, documents in id order; each row is serialised once for all the files holding it.
  for (const { span } of located) {
    const doc = readExtractionDocumentAt(path, span);
    const rows = documentFindingRows(doc, lookup, site);
    for (const row of rows) {
      const json = JSON.stringify(row);
      allJson.row(json);
      for (const code of new Set(row.authorities)) byAuthority.get(code)?.row(json);
      for (const theme of new Set(row.themes)) byTheme.get(theme)?.row(json);
    }
    allCsv.write(csvRecords(rows, FINDING_COLUMNS));
  }
  allCsv.close();
  allJson.closeArray("\n");
  for (const file of [...byAuthority.values(), ...byTheme.values()]) file.closeArray("\n}\n");
  return { files: files.length, bytes: files.reduce((n, f) => n + f.bytes, 0) };
}

if (import.meta.main) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error("usage: node scripts/site/write-downloads.ts <outDir>");
    process.exit(2);
  }
  const written = writeDownloads(outDir);
  console.log(`  ${written.files} download files, ${(written.bytes / 1e6).toFixed(1)} MB`);
}
