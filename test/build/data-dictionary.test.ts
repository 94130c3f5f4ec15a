import { describe, expect, test } from "vitest";
import { DOCUMENT_FIELDS, FINDING_FIELDS } from "../../src/lib/data-dictionary.ts";
import { DOCUMENT_COLUMNS, FINDING_COLUMNS } from "../../src/lib/open-data/finding-columns.ts";

describe("data dictionary", () => {
  test.each([
    ["findings.csv", FINDING_COLUMNS, FINDING_FIELDS],
    ["documents.csv", DOCUMENT_COLUMNS, DOCUMENT_FIELDS],
  ] as const)("describes every column of %s, in order", (_file, columns, fields) => {
    expect(fields.map((f) => f.field)).toEqual(columns.map((c) => c.header));
    for (const f of fields) expect(f.description.length, f.field).toBeGreaterThan(10);
  });
});
