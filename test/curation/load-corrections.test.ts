import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checkCorrections } from "../../scripts/curation/check-corrections.ts";
import { loadCorrections } from "../../scripts/curation/load-corrections.ts";
import { loadAuthorities, loadThemes } from "../../src/lib/load-extraction.ts";
import { CorrectionsFileSchema } from "../../src/schemas/correction.ts";
import { readFileSync } from "node:fs";

const dir = mkdtempSync(join(tmpdir(), "corrections-"));
const write = (name: string, json: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(json));
  return path;
};

describe("the curation file", () => {
  test("content/corrections.json is valid, explains itself, and its example and corrections name real themes and authorities", () => {
    const file = CorrectionsFileSchema.parse(JSON.parse(readFileSync("content/corrections.json", "utf8")));
    expect(file.$comment).toMatch(/findingId/);
    const all = [...file.corrections, ...(file.$example ? [file.$example] : [])];
    const known = { themes: loadThemes().map((t) => t.id), authorities: loadAuthorities().map((a) => a.code) };
    expect(checkCorrections(all, known)).toEqual([]);
  });
});

describe("loadCorrections", () => {
  test("reads the corrections and ignores $comment and $example", () => {
    const path = write("ok.json", {
      $comment: "how to",
      corrections: [{ findingId: "f-0123456789ab", polarity: "strength", note: "n", curator: "c", date: "2025-01-01" }],
    });
    expect(loadCorrections(path).map((c) => c.findingId)).toEqual(["f-0123456789ab"]);
  });

  test("gives no corrections when the file does not exist", () => {
    expect(loadCorrections(join(dir, "absent.json"))).toEqual([]);
  });

  test.each([
    ["a correction without a note", { findingId: "f-0123456789ab", polarity: "strength", curator: "c", date: "2025-01-01" }],
    ["an unknown polarity", { findingId: "f-0123456789ab", polarity: "weakness", note: "n", curator: "c", date: "2025-01-01" }],
    ["a malformed finding id", { findingId: "0123456789ab", note: "n", curator: "c", date: "2025-01-01" }],
    ["a date that is not ISO", { findingId: "f-0123456789ab", note: "n", curator: "c", date: "31/01/2025" }],
  ])("rejects %s, naming the file", (_name, correction) => {
    const path = write("bad.json", { corrections: [correction] });
    expect(() => loadCorrections(path)).toThrow(path);
  });
});
