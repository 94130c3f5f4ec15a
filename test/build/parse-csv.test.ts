import { describe, expect, test } from "vitest";
import { AUTHORITY_FINDING_COLUMNS } from "../../src/lib/open-data/finding-columns.ts";
import { findingRows } from "../../src/lib/open-data/finding-rows.ts";
import { authorityFindingRow } from "../../src/lib/open-data/grouped-rows.ts";
import { comparableFindingsFromCsv, parseCsv } from "../../src/lib/open-data/parse-csv.ts";
import { toCsv } from "../../src/lib/open-data/to-csv.ts";
import { permalinkUrl } from "../../src/lib/urls.ts";
import { loadSiteLookup } from "../../src/lib/search/load-site-lookup.ts";
import { extraction } from "../site/fixture.ts";

describe("parseCsv", () => {
  test("reads quoted fields with commas, doubled quotes and line breaks, and empty fields", () => {
    const text = '\uFEFFid,text,page\r\nf-1,"Plans, and ""timely"" reviews",3\r\nf-2,"Two\r\nlines",\r\n';
    expect(parseCsv(text)).toEqual([["id", "text", "page"], ["f-1", 'Plans, and "timely" reviews', "3"], ["f-2", "Two\r\nlines", ""]]);
  });

  test("reads back what the per-authority download writes, lists and formula-guarded text included", () => {
    const rows = findingRows(extraction, loadSiteLookup()).map(authorityFindingRow);
    rows[0] = { ...rows[0]!, text: '=HYPERLINK("x"), said the report', themes: ["a", "b"], authorities: ["E10000016", "E06000035"] };
    const read = comparableFindingsFromCsv(`\uFEFF${toCsv(rows, AUTHORITY_FINDING_COLUMNS)}`, permalinkUrl);
    expect(read).toEqual(rows.map(({ id, text, polarity, themes, authorities, document }) => ({ id, text, polarity, themes, authorities, url: permalinkUrl(document, id) })));
  });
});
