/**
 * Writes the large open-data downloads into <outDir>/data, streaming one document at a time:
 * findings.csv.gz and findings.jsonl.gz (every finding), findings.sqlite.gz (the database),
 * authorities/<slug>.csv (an authority's findings with their words, which the comparison chooser also
 * reads) and themes/<id>.csv (a theme's findings without their words), with manifest.json, SHA256SUMS and Datasette's metadata.json. At
 * national scale these are hundreds of megabytes (more than one JavaScript string can hold at ten
 * times the real corpus), so they are not Astro endpoints. A compressed download over a static
 * host's file limit is cut into parts (gzip-parts.ts), and so is a grouped CSV (grouped-csv-file.ts).
 * Same corpus, same bytes.
 *
 *   node scripts/site/write-downloads.ts <outDir>     (scripts/build.ts runs it beside the search indexing)
 *
 * Environment: EXTRACTION_FILE, AUTHORITIES_FILE (see src/lib/load-extraction.ts), SITE_URL (absolute links).
 */
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { GzipParts, type WrittenPart } from "../open-data/gzip-parts.ts";
import { FindingsDatabase } from "../open-data/findings-database.ts";
import { readHeaderLine, readOutcomes } from "../open-data/read-outcomes.ts";
import { datasetteMetadata } from "../../src/lib/open-data/datasette-metadata.ts";
import { type DownloadManifest, fillDownloadTable } from "../../src/lib/open-data/download-manifest.ts";
import { authorityFindingRow, themeFindingRow } from "../../src/lib/open-data/grouped-rows.ts";
import { GroupedCsvFile } from "../open-data/grouped-csv-file.ts";
import { assertExtractionExists, extractionPath, loadThemes } from "../../src/lib/load-extraction.ts";
import { NamedAuthorities } from "../../src/lib/open-data/download-authorities.ts";
import { AUTHORITY_FINDING_COLUMNS, FINDING_COLUMNS, THEME_FINDING_COLUMNS } from "../../src/lib/open-data/finding-columns.ts";
import { compareDocumentIds, documentFindingRows, documentRow, type DocumentRow } from "../../src/lib/open-data/finding-rows.ts";
import { type DocumentSpan, readExtractionDocumentAt, readExtractionDocumentSpans } from "../../src/lib/read-extraction-documents.ts";
import { csvHeader, csvRecords } from "../../src/lib/open-data/to-csv.ts";
import { paginateDocument } from "../../src/lib/paginate-document.ts";
import { loadRegister } from "../../src/lib/search/load-register.ts";
import { loadSiteLookup } from "../../src/lib/search/load-site-lookup.ts";

/** What was written. */
export interface DownloadsWritten {
  files: number;
  bytes: number;
}

/**
 * Writes the downloads of the extraction file (EXTRACTION_FILE) under `outDir`/data, in two passes
 * over the file that each hold one document at a time: the first gathers the documents' rows, the
 * authorities they name and where each document lies in the file; the second reads the documents
 * back in id order and writes their findings: gzipped CSV and JSON Lines of the whole corpus, plain
 * CSV per authority and per theme, and the SQLite database (with the outcomes Astro wrote to
 * trajectories/outcomes.csv). Then the checksums, the manifest and Datasette's metadata, and the
 * table of files on the built data page. (Loading the whole extraction held 1.2 GB on the real
 * corpus and about ten times that at ten times it, so the downloads could not run beside the search
 * indexing.)
 */
export async function writeDownloads(outDir: string, site = process.env["SITE_URL"] || undefined): Promise<DownloadsWritten> {
  const path = extractionPath();
  assertExtractionExists(path);
  const lookup = loadSiteLookup();
  const register = loadRegister();
  const themes = loadThemes();
  const data = join(resolve(outDir), "data");
  const files: GroupedCsvFile[] = [];
  const open = (path: string, head: string) => {
    const file = new GroupedCsvFile(join(data, path), head);
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
  const authorities = named.downloads(register);
  const authorityHead = `\uFEFF${csvHeader(AUTHORITY_FINDING_COLUMNS)}`;
  const themeHead = `\uFEFF${csvHeader(THEME_FINDING_COLUMNS)}`;
  const byAuthority = new Map(authorities.map((authority) => [authority.code, open(`authorities/${authority.slug}.csv`, authorityHead)]));
  const byTheme = new Map(themes.map((t) => [t.id, open(`themes/${t.id}.csv`, themeHead)]));
  const csv = new GzipParts(join(data, "findings.csv.gz"), { head: `\uFEFF${csvHeader(FINDING_COLUMNS)}` });
  const jsonLines = new GzipParts(join(data, "findings.jsonl.gz"));
  const work = mkdtempSync(join(tmpdir(), "findings-db-"));
  const databasePath = join(work, "findings.sqlite");
  const database = new FindingsDatabase(databasePath);
  database.addThemes(themes);
  database.addAuthorities(register, authorities);

  // Pass 2: the findings, documents in id order; each row is serialised once for all the files holding it.
  for (const { row: documentFacts, span } of located) {
    const doc = readExtractionDocumentAt(path, span);
    const partOf = paginateDocument(doc).partOf;
    const rows = documentFindingRows(doc, lookup, site, partOf);
    const lines: string[] = [];
    for (const row of rows) {
      lines.push(JSON.stringify(row));
      const ofAuthority = csvRecords([authorityFindingRow(row)], AUTHORITY_FINDING_COLUMNS);
      for (const code of new Set(row.authorities)) byAuthority.get(code)?.row(ofAuthority);
      const ofTheme = csvRecords([themeFindingRow(row)], THEME_FINDING_COLUMNS);
      for (const theme of new Set(row.themes)) byTheme.get(theme)?.row(ofTheme);
    }
    if (lines.length > 0) jsonLines.write(`${lines.join("\n")}\n`, rows.length);
    csv.write(csvRecords(rows, FINDING_COLUMNS), rows.length);
    database.addDocument(doc, rows, documentFacts.url, partOf);
  }
  for (const file of files) file.close();

  // Astro writes the outcomes as trajectories/outcomes.csv (137 MB at ten times the real corpus):
  // they go into the database and, gzipped, into data/outcomes.csv.gz, which the pages link to.
  const outcomesFile = join(resolve(outDir), "trajectories/outcomes.csv");
  let outcomes: GzipParts | undefined;
  if (existsSync(outcomesFile)) {
    const head = readHeaderLine(outcomesFile);
    const lineEnd = head.endsWith("\r\n") ? "\r\n" : "\n"; // the parser gives a record's text without its line end (or with only its \r)
    outcomes = new GzipParts(join(data, "outcomes.csv.gz"), { head });
    let skipped = 0;
    await readOutcomes(outcomesFile, (record, raw) => {
      if (!database.addOutcome(record)) skipped++;
      outcomes!.write(raw.replace(/\r?\n?$/, "") + lineEnd, 1);
    });
    if (skipped > 0) console.warn(`  findings.sqlite: ${skipped} outcomes of findings not in the extraction were left out (${outcomesFile})`);
    rmSync(outcomesFile);
  } else console.warn(`  findings.sqlite: no ${outcomesFile}, so its outcomes table is empty`);
  database.finish();
  const databaseParts = new GzipParts(join(data, "findings.sqlite.gz"));
  for (const chunk of readChunks(databasePath)) databaseParts.write(chunk);
  rmSync(work, { recursive: true, force: true });

  const download = (name: string, title: string, rowName: string, files: WrittenPart[], rows = files.reduce((n, f) => n + f.rows, 0)) => ({ name, title, rowName, rows, files });
  const databaseFiles = databaseParts.close();
  const manifest: DownloadManifest = {
    downloads: [
      download("findings.csv.gz", "Every finding, CSV (gzipped)", "row", csv.close()),
      download("findings.jsonl.gz", "Every finding, JSON Lines (gzipped)", "line", jsonLines.close()),
      // The database's rows are its findings; cut into parts, they are in the parts together, not in each.
      download(
        "findings.sqlite.gz", "SQLite database (gzipped)", "finding",
        databaseFiles.map((f) => ({ ...f, rows: databaseFiles.length === 1 ? database.counts.findings : 0 })), database.counts.findings,
      ),
      ...(outcomes ? [download("outcomes.csv.gz", "What happened next to every area to improve, CSV (gzipped)", "row", outcomes.close())] : []),
    ],
    database: { ...database.counts },
  };
  const extra = writeDescriptions(data, manifest, site);
  fillDataPage(join(data, "index.html"), manifest);
  const downloadFiles = manifest.downloads.flatMap((d) => d.files);
  return {
    files: files.reduce((n, f) => n + f.parts, 0) + downloadFiles.length + extra.files,
    bytes: files.reduce((n, f) => n + f.bytes, 0) + downloadFiles.reduce((n, f) => n + f.bytes, 0) + extra.bytes,
  };
}

/** manifest.json, SHA256SUMS (for `sha256sum -c`) and Datasette's metadata.json. */
function writeDescriptions(data: string, manifest: DownloadManifest, site: string | undefined): DownloadsWritten {
  const sums = manifest.downloads.flatMap((d) => d.files.map((f) => `${f.sha256}  ${f.file}\n`)).join("");
  const texts = [
    ["manifest.json", `${JSON.stringify(manifest, null, 2)}\n`],
    ["SHA256SUMS", sums],
    ["metadata.json", `${JSON.stringify(datasetteMetadata(site), null, 2)}\n`],
  ] as const;
  for (const [name, text] of texts) writeFileSync(join(data, name), text);
  return { files: texts.length, bytes: texts.reduce((n, [, text]) => n + Buffer.byteLength(text), 0) };
}

/** Puts the table of files into the built data page (Astro rendered it before the downloads existed). */
function fillDataPage(page: string, manifest: DownloadManifest): void {
  if (!existsSync(page)) return; // the downloads alone (tests, or a build without the site)
  writeFileSync(page, fillDownloadTable(readFileSync(page, "utf8"), manifest, ""));
}

/** A file's bytes, a few megabytes at a time. */
function* readChunks(path: string, size = 4 * 2 ** 20): Generator<Buffer> {
  const fd = openSync(path, "r");
  try {
    for (;;) {
      const buffer = Buffer.alloc(size);
      const read = readSync(fd, buffer, 0, size, null);
      if (read === 0) return;
      yield buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

if (import.meta.main) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error("usage: node scripts/site/write-downloads.ts <outDir>");
    process.exit(2);
  }
  const written = await writeDownloads(outDir);
  console.log(`  ${written.files} download files, ${(written.bytes / 1e6).toFixed(1)} MB`);
}
