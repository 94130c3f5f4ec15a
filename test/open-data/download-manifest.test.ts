import { describe, expect, test } from "vitest";
import { type DownloadManifest, downloadTableHtml, fillDownloadTable, formatSize } from "../../src/lib/open-data/download-manifest.ts";

const manifest: DownloadManifest = {
  downloads: [
    { name: "findings.csv.gz", title: "Every finding, CSV (gzipped)", rowName: "row", rows: 137_297, files: [{ file: "findings.csv.gz", bytes: 9_834_139, rows: 137_297, sha256: "a".repeat(64) }] },
    {
      name: "findings.sqlite.gz",
      title: "SQLite <database>",
      rowName: "finding",
      rows: 137_297,
      files: [
        { file: "findings-part01.sqlite.gz", bytes: 24_216_763, rows: 0, sha256: "b".repeat(64) },
        { file: "findings-part02.sqlite.gz", bytes: 812, rows: 0, sha256: "c".repeat(64) },
      ],
    },
  ],
  database: { findings: 137_297 },
};

describe("the data page's table of downloads", () => {
  test("lists every file with a link, its size, its rows and its checksum, naming the parts of a cut file", () => {
    const html = downloadTableHtml(manifest, "");
    expect(html).toContain('<a href="findings.csv.gz" download>findings.csv.gz</a>');
    expect(html).toContain("<td>9.8 MB</td><td>137,297 rows</td>");
    expect(html).toContain("a".repeat(64));
    expect(html).toContain("SQLite &lt;database&gt; (part 2 of 2)");
    expect(html).toContain("<td>812 bytes</td><td></td>");
    expect(html).toContain("<td>24.2 MB</td><td>137,297 findings in all the parts together</td>");
  });

  test("replaces the page's placeholder, and the table a previous run wrote, leaving the rest of the page", () => {
    const page = '<main><p>Before</p><div id="download-files"><p class="muted">written by npm run build</p></div><p>After</p></main>';
    const filled = fillDownloadTable(page, manifest, "");
    expect(filled).not.toContain("written by npm run build");
    expect(filled).toContain("<p>Before</p><div class=");
    expect(filled.endsWith("</div><p>After</p></main>")).toBe(true);
    expect(fillDownloadTable(filled, manifest, "")).toBe(filled);
    expect(fillDownloadTable("<main></main>", manifest, "")).toBe("<main></main>");
  });

  test("sizes read as people say them", () => {
    expect([formatSize(999), formatSize(12_834), formatSize(24_216_763)]).toEqual(["999 bytes", "13 kB", "24.2 MB"]);
  });
});
