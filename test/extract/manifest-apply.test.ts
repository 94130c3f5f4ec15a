/**
 * A corpus folder the fetcher wrote: the extraction reads its manifest.csv instead of extracting it,
 * and each described document takes its publication date, type, kind and authority from it.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { extractCorpus } from "../../scripts/extract/extract-corpus.ts";
import { writeFetchManifest } from "../../scripts/fetch/fetch-manifest.ts";
import type { ManifestRow } from "../../scripts/fetch/fetch-manifest.ts";
import { makePdf } from "../../scripts/reliability/make-pdf.ts";
import type { Extraction } from "../../src/schemas/extraction.ts";

const FOCUSED_VISIT = [
  "Dear Ms Smith",
  "Focused visit to Kent children's services",
  "This letter summarises the findings of the focused visit to Kent children's services.",
  "Social workers know their children well and visit them regularly.",
  "Managers do not always record the reasons for their decisions.",
  "Yours sincerely",
];
// A JTAI letter that never names its authority: only the manifest can say whose it is.
const JTAI = [
  "Dear Director of Children's Services",
  "Joint targeted area inspection of the multi-agency response to children",
  "Partners share information well when children are at risk.",
  "Leaders have not ensured that strategy meetings include health practitioners.",
];

let dir: string;
let extraction: Extraction;
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function row(file: string, bytes: Uint8Array, more: Partial<ManifestRow>): ManifestRow {
  return {
    file,
    urn: "80476",
    ons_code: "E10000016",
    authority: "Kent County Council",
    publication_type: "focused-visit",
    label: "Children's services focused visit",
    published: "2021-05-20",
    source_url: `https://files.ofsted.gov.uk/v1/file/${file.length}`,
    sha256: sha(bytes),
    fetched_at: "2026-12-03T07:00:00.000Z",
    ...more,
  };
}

function writeCorpus(into: string): void {
  const focused = makePdf({ pages: [FOCUSED_VISIT] });
  const jtai = makePdf({ pages: [JTAI] });
  const changed = makePdf({ pages: [["Dear Ms Green", "Focused visit to Norfolk children's services", "Children are seen promptly."]] });
  mkdirSync(join(into, "kent"), { recursive: true });
  writeFileSync(join(into, "kent/2021-05-20-focused-visit-1.pdf"), focused);
  writeFileSync(join(into, "kent/2022-03-10-jtai-2.pdf"), jtai);
  writeFileSync(join(into, "kent/2023-01-01-focused-visit-3.pdf"), changed);
  writeFetchManifest(join(into, "manifest.csv"), [
    row("kent/2021-05-20-focused-visit-1.pdf", focused, {}),
    row("kent/2022-03-10-jtai-2.pdf", jtai, { publication_type: "jtai", label: "Joint area child protection inspection", published: "2022-03-10" }),
    // Its file was replaced after the fetch: the row no longer describes it.
    { ...row("kent/2023-01-01-focused-visit-3.pdf", changed, { published: "2023-01-01" }), sha256: "0".repeat(64) },
    row("kent/2024-02-02-monitoring-visit-4.pdf", focused, { publication_type: "monitoring-visit", published: "2024-02-02" }),
  ]);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "manifest-corpus-"));
  writeCorpus(dir);
  extraction = await extractCorpus([dir], { cache: false, workers: 0 });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const doc = (file: string) => extraction.documents.find((d) => d.source.endsWith(file))!;

describe("a corpus with the fetcher's manifest", () => {
  test("the manifest is read, not extracted; a row whose file is missing is an error naming both", () => {
    expect(extraction.documents).toHaveLength(3);
    expect(extraction.errors).toEqual([{ source: join(dir, "manifest.csv"), message: expect.stringMatching(/^kent\/2024-02-02-monitoring-visit-4\.pdf is missing .*npm run fetch/) }]);
  });

  test("a letter takes its publication date, type, kind and authority from the report finder", () => {
    const letter = doc("kent/2022-03-10-jtai-2.pdf");
    expect(letter).toMatchObject({ published: "2022-03-10", kind: "inspection-letter", publisher: "Ofsted", inspection: { type: "jtai" }, authorities: [{ code: "E10000016", name: "Kent" }] });
    expect(letter.id).toMatch(/^2022-03-10-kent-inspection-letter-[0-9a-f]{8}$/);
  });

  test("what the manifest changed is noted with what the text gave, and each finding it attributed cites it", () => {
    const letter = doc("kent/2022-03-10-jtai-2.pdf");
    const note = letter.warnings.find((w) => w.startsWith("metadata from the report finder's listing"));
    // The publication date agrees already (the extraction reads it from the fetcher's file name), so the note names the rest.
    expect(note).toContain("kind inspection-letter (the text gave commentary)");
    expect(note).toContain("authority Kent (the text gave none)");
    expect(letter.findings.length).toBeGreaterThan(0);
    for (const finding of letter.findings) {
      expect(finding.authorities).toEqual(["E10000016"]);
      expect(finding.cues).toContainEqual({ kind: "authority", text: "manifest.csv", points: "E10000016", weight: 1 });
    }
  });

  test("a document the text already describes as the manifest does gets no note for what agrees", () => {
    const letter = doc("kent/2021-05-20-focused-visit-1.pdf");
    expect(letter).toMatchObject({ published: "2021-05-20", inspection: { type: "focused-visit" }, authorities: [{ code: "E10000016" }] });
    const note = letter.warnings.find((w) => w.startsWith("metadata from")) ?? "";
    expect(note).not.toContain("authority");
    expect(letter.findings.every((f) => !f.cues.some((c) => c.text === "manifest.csv"))).toBe(true);
  });

  test("a file that is not the one fetched keeps its own metadata, with a warning saying why", () => {
    const letter = doc("kent/2023-01-01-focused-visit-3.pdf");
    expect(letter.authorities.map((a) => a.code)).not.toContain("E10000016");
    expect(letter.warnings).toContainEqual(expect.stringContaining("its SHA-256 differs"));
  });

  test("a manifest.csv of other columns is not the fetcher's: it stays an input, reported as not a document", async () => {
    const other = mkdtempSync(join(tmpdir(), "other-manifest-"));
    try {
      writeFileSync(join(other, "manifest.csv"), "file,kind,authority,date,ofsted_urn\na.pdf,jtai,kent,2020-01-01,80476\n");
      writeFileSync(join(other, "a.txt"), "Kent children's services are good.");
      const result = await extractCorpus([other], { cache: false, workers: 0 });
      expect(result.errors).toEqual([{ source: join(other, "manifest.csv"), message: expect.stringContaining("not a document") }]);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  test("documents from the cache take the manifest's metadata too, and a manifest changed since needs no re-extraction", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "manifest-cache-"));
    const corpus = mkdtempSync(join(tmpdir(), "manifest-cached-corpus-"));
    try {
      writeCorpus(corpus);
      unlinkSync(join(corpus, "kent/2023-01-01-focused-visit-3.pdf"));
      const cached = { cacheDir, extractorVersion: "manifest-test", workers: 0 };
      await extractCorpus([corpus], cached);
      let hits = 0;
      const again = await extractCorpus([corpus], { ...cached, onProgress: (_d, _t, _p, info) => void (info.cached && hits++) });
      expect(hits).toBe(2);
      expect(again.documents.find((d) => d.source.endsWith("jtai-2.pdf"))).toMatchObject({ published: "2022-03-10", inspection: { type: "jtai" } });
      // The report finder corrects a date: the next build takes it from the cache with the new date.
      const manifest = join(corpus, "manifest.csv");
      writeFileSync(manifest, readFileSync(manifest, "utf8").replace(",2022-03-10,", ",2022-03-11,"));
      hits = 0;
      const corrected = await extractCorpus([corpus], { ...cached, onProgress: (_d, _t, _p, info) => void (info.cached && hits++) });
      expect(hits).toBe(2);
      expect(corrected.documents.find((d) => d.source.endsWith("jtai-2.pdf"))!.published).toBe("2022-03-11");
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
      rmSync(corpus, { recursive: true, force: true });
    }
  });
});
