/** The scale generator: N varied copies of every document, each naming another authority. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateCorpus } from "../../scripts/bench/generate-corpus.ts";
import { readCorpus } from "../../scripts/bench/read-corpus.ts";
import type { ReadDocument } from "../../scripts/bench/read-corpus.ts";
import { subjectFinder, varyText } from "../../scripts/bench/vary-text.ts";
import { loadAuthorities } from "../../scripts/authorities/load-authorities.ts";

const seeds = join(import.meta.dirname, "../../content/reports");
const authorities = loadAuthorities();
const kent = authorities.find((a) => a.name === "Kent")!;
let documents: ReadDocument[];
let out: string;
let files: string[];

beforeAll(async () => {
  documents = (await readCorpus([seeds])).documents;
  out = mkdtempSync(join(tmpdir(), "generate-corpus-"));
  files = generateCorpus(documents.map((d) => ({ path: d.path, text: d.source.text })), authorities, 3, out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("the scale corpus generator", () => {
  test("writes three distinct .txt copies of every document for --scale 3", () => {
    expect(files).toHaveLength(documents.length * 3);
    expect(files.every((f) => f.endsWith(".txt"))).toBe(true);
    expect(new Set(files.map((f) => readFileSync(f, "utf8"))).size).toBe(files.length);
  });

  test("keeps apart documents of the same file name from different folders", () => {
    const dir = mkdtempSync(join(tmpdir(), "generate-same-name-"));
    try {
      const twins = [
        { path: "/corpus/kent/report.pdf", text: "Kent County Council. Leaders are ambitious." },
        { path: "/corpus/leeds/report.pdf", text: "Leeds City Council. Staff know children well." },
      ];
      expect(new Set(generateCorpus(twins, authorities, 2, dir))).toHaveProperty("size", 4);
      expect(readdirSync(join(dir, "copy-001"))).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("replaces the Kent letter's subject with another authority in every copy", () => {
    const letter = documents.find((d) => d.path.endsWith("2024-02-27-kent-focused-visit-letter.txt"))!;
    expect(subjectFinder(authorities)(letter.source.text)).toBe(kent);
    const copies = files.filter((f) => f.includes("2024-02-27-kent-focused-visit-letter-"));
    expect(copies).toHaveLength(3);
    const subjects = copies.map((f) => subjectFinder(authorities)(readFileSync(f, "utf8")));
    for (const [i, copy] of copies.entries()) {
      expect(readFileSync(copy, "utf8")).not.toMatch(/\bKent\b/);
      expect(subjects[i]).not.toBe(kent);
    }
    expect(new Set(subjects).size).toBe(3);
  });
});

describe("varying one text", () => {
  const text = "Inspection of Kent County Council children's services.\n\nInspection dates: 29 January 2024 to 2 February 2024. Leaders are ambitious. Staff know children well.";
  const target = authorities.find((a) => a.name === "Leeds")!;

  test("swaps the names, shifts the dates and keeps every sentence", () => {
    const varied = varyText(text, kent, { target, shiftDays: 7, seed: 3 });
    expect(varied).not.toMatch(/Kent/);
    expect(varied).toContain("Inspection of Leeds children's services.");
    expect(varied).toContain("5 February 2024");
    expect(varied).toContain("9 February 2024");
    for (const sentence of ["Leaders are ambitious.", "Staff know children well."]) expect(varied).toContain(sentence);
  });

  test("is the same for the same seed", () => {
    expect(varyText(text, kent, { target, shiftDays: 1, seed: 9 })).toBe(varyText(text, kent, { target, shiftDays: 1, seed: 9 }));
  });
});
