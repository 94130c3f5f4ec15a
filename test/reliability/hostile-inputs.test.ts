/**
 * Hostile inputs through the whole extractor: each gets a clear outcome naming the file and the
 * problem, the rest of the run still extracts, no input is lost, and --strict makes failure loud.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { extractCorpus } from "../../scripts/extract/extract-corpus.ts";
import { HOSTILE_INPUTS, writeHostileCorpus } from "../../scripts/reliability/hostile-corpus.ts";
import type { HostileInput } from "../../scripts/reliability/hostile-corpus.ts";
import { documentProblems } from "../../scripts/reliability/check-input.ts";
import { ExtractionSchema } from "../../src/schemas/extraction.ts";
import type { Extraction } from "../../src/schemas/extraction.ts";

const ROOT = join(import.meta.dirname, "../..");
let dir: string;
let inputs: (HostileInput & { path: string })[];
let extraction: Extraction;
const secondsPerInput = new Map<string, number>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hostile-"));
  inputs = writeHostileCorpus(dir);
  let last = performance.now();
  // In-process and in sorted order, so the time between two progress calls is one input's time.
  extraction = await extractCorpus([dir], {
    cache: false,
    workers: 0,
    onProgress: (_done, _total, path) => {
      const now = performance.now();
      secondsPerInput.set(path, (now - last) / 1000);
      last = now;
    },
  });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const outcomeOf = (path: string) => ({
  document: extraction.documents.find((d) => d.source === path),
  error: extraction.errors.find((e) => e.source === path),
});

describe("a corpus of hostile inputs", () => {
  test("gives valid output in which every input appears exactly once, as a document or an error", () => {
    expect(() => ExtractionSchema.parse(extraction)).not.toThrow();
    const seen = [...extraction.documents.map((d) => d.source), ...extraction.errors.map((e) => e.source)].sort();
    expect(seen).toEqual(inputs.map((i) => i.path).sort());
  });

  test.each(HOSTILE_INPUTS.map((i) => [i.name, i.what, i] as const))("%s (%s) gets its expected outcome", (name, _what, expected) => {
    const path = join(dir, name);
    const { document, error } = outcomeOf(path);
    if (expected.outcome === "error") {
      expect(error, `${name} should be refused, got a document`).toBeDefined();
      expect(error!.source).toBe(path);
      expect(error!.message).toMatch(expected.message!);
    } else if (expected.outcome === "document") {
      expect(error?.message, `${name} should be extracted`).toBeUndefined();
      expect(document!.findings.length).toBeGreaterThan(0);
      if (expected.contains) expect(document!.text).toContain(expected.contains);
      if (expected.warning) expect(document!.warnings.join("\n")).toMatch(expected.warning);
    } else if (error) {
      expect(error.message).toMatch(expected.message ?? /./);
    }
    if (document) expect(documentProblems(document)).toEqual([]);
  });

  test("takes under 5 seconds on any one input", () => {
    const slow = [...secondsPerInput].filter(([, seconds]) => seconds > 5);
    expect(slow).toEqual([]);
  });

  test("reads no byte-order mark or replacement character into the text of well-encoded files", () => {
    for (const name of ["utf-8-bom.txt", "utf-16le-bom.txt", "utf-16be-nobom.txt", "windows-1252.txt"]) {
      const text = outcomeOf(join(dir, name)).document!.text;
      expect(text, name).not.toMatch(/[\ufeff\ufffd\u0000]/);
    }
  });

  test("keeps scripts, handlers and javascript: URLs of HTML and Markdown out of the text", () => {
    for (const name of ["hostile.html", "hostile.md", "fragment.html"]) {
      const text = outcomeOf(join(dir, name)).document?.text ?? "";
      // Escaped markup in the source (&lt;script&gt;) is text and may stay; real elements and attributes may not.
      expect(text, name).not.toMatch(/__pwned|javascript:/i);
    }
  });

  test("keeps markup written in a plain-text file as text, to be escaped by the site", () => {
    expect(outcomeOf(join(dir, "hostile-markup.txt")).document!.text).toContain("<script>window.__pwned");
  });

  test("gives the same sentence in two different documents two different finding ids", () => {
    const sentence = "Leaders should ensure that strategy discussions include all relevant agencies.";
    const ids = ["shared-sentence-1.txt", "shared-sentence-2.txt"].map((name) => outcomeOf(join(dir, name)).document!.findings.find((f) => f.text === sentence)?.id);
    expect(ids[0]).toBeDefined();
    expect(ids[1]).toBeDefined();
    expect(ids[0]).not.toBe(ids[1]);
  });

  test("gives every finding and document of the run a distinct id", () => {
    const findingIds = extraction.documents.flatMap((d) => d.findings.map((f) => f.id));
    expect(new Set(findingIds).size).toBe(findingIds.length);
    const documentIds = extraction.documents.map((d) => d.id);
    expect(new Set(documentIds).size).toBe(documentIds.length);
  });

  test("keeps a path with spaces, an apostrophe, a dash and accents exactly as it is on disk", () => {
    const path = join(dir, "rapports d'été/Kent – été.txt");
    expect(outcomeOf(path).document?.source).toBe(path);
  });
});

describe("the extract command on hostile inputs", () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["scripts/extract.ts", "--quiet", "--no-cache", ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });

  test("exits non-zero with --strict, names every failed file on stderr, and still writes every document", () => {
    const out = join(dir, "..", `${dir.split("/").at(-1)}-strict.json`);
    const result = run("--strict", "--out", out, dir);
    try {
      expect(result.status).toBe(1);
      const written = ExtractionSchema.parse(JSON.parse(readFileSync(out, "utf8")));
      expect(written.documents.map((d) => d.source).sort()).toEqual(extraction.documents.map((d) => d.source).sort());
      for (const error of written.errors) expect(result.stderr).toContain(error.source);
    } finally {
      rmSync(out, { force: true });
    }
  }, 120_000);

  test("exits 0 without --strict on the same inputs", () => {
    const result = run(join(dir, "valid.pdf"), join(dir, "empty.txt"));
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(join(dir, "empty.txt"));
  }, 60_000);
});
