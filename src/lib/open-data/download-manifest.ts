/**
 * What the downloads step wrote (data/manifest.json): each whole-corpus download with its files, and
 * each file's size, rows and SHA-256. The data page shows it; SHA256SUMS lists the same checksums.
 */
import { escapeHtml } from "../render/escape-html.ts";

/** One file of a download (a download over the host's file limit is cut into parts). */
export interface ManifestFile {
  file: string;
  bytes: number;
  rows: number;
  sha256: string;
}

/** One whole-corpus download. */
export interface ManifestDownload {
  /** Its name when in one piece: findings.csv.gz. */
  name: string;
  title: string;
  /** What a row is ("finding", "line"…). */
  rowName: string;
  /** Rows in all its files together. */
  rows: number;
  /** Its files; a file's rows are 0 where a row is not in one file (the database's parts, put together with cat). */
  files: ManifestFile[];
}

/** data/manifest.json. */
export interface DownloadManifest {
  downloads: ManifestDownload[];
  /** Rows of the database's main tables. */
  database: Record<string, number>;
}

/** The id of the element on /data/ that the downloads step fills with the table of files. */
export const DOWNLOAD_TABLE_ID = "download-files";

/** The table of files, sizes, rows and checksums that replaces the data page's placeholder. */
export function downloadTableHtml(manifest: DownloadManifest, base: string): string {
  const rows = manifest.downloads.flatMap((download) =>
    download.files.map((file, i) => {
      const part = download.files.length > 1 ? ` (part ${i + 1} of ${download.files.length})` : "";
      return (
        `<tr><th scope="row"><a href="${escapeHtml(base + file.file)}" download>${escapeHtml(file.file)}</a>` +
        `<br><span class="muted">${escapeHtml(download.title + part)}</span></th>` +
        `<td>${formatSize(file.bytes)}</td><td>${rowsCell(download, file, i)}</td>` +
        `<td><code class="sha">${escapeHtml(file.sha256)}</code></td></tr>`
      );
    }),
  );
  return (
    `<div class="table-wrap" id="${DOWNLOAD_TABLE_ID}" tabindex="0" role="region" aria-label="Whole-corpus downloads"><table>` +
    `<caption>Whole-corpus downloads: size, rows and SHA-256 checksum</caption>` +
    `<thead><tr><th scope="col">File</th><th scope="col">Size</th><th scope="col">Rows</th><th scope="col">SHA-256</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table></div>`
  );
}

function rowsCell(download: ManifestDownload, file: ManifestFile, index: number): string {
  const count = (n: number) => `${n.toLocaleString("en-GB")} ${escapeHtml(n === 1 ? download.rowName : `${download.rowName}s`)}`;
  if (file.rows > 0 || download.files.length === 1) return count(file.rows);
  return index === 0 ? `${count(download.rows)} in all the parts together` : "";
}

/** Replaces the placeholder element of the built data page (or the table a previous run put there) with the table; the page unchanged when it has neither. */
export function fillDownloadTable(html: string, manifest: DownloadManifest, base: string): string {
  const placeholder = new RegExp(`<div[^>]* id="${DOWNLOAD_TABLE_ID}"[^>]*>[\\s\\S]*?</div>`);
  return html.replace(placeholder, () => downloadTableHtml(manifest, base));
}

/** Bytes in words: "9.4 MB", "812 kB". */
export function formatSize(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} kB`;
  return `${bytes} bytes`;
}
