import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checkLetters, furnitureKind, readLetterManifest, type LetterRow } from "../../scripts/eval/letter-checks.ts";
import { formatLetterReport } from "../../scripts/eval/print-letter-report.ts";
import { makeDocument, makeFinding } from "./make-extraction.ts";

describe("letter furniture as a finding's text", () => {
  test.each([
    ["Dear Ms Ramsden", "salutation"],
    ["Yours sincerely Diane Partridge Her Majesty’s Inspector", "sign-off"],
    ["Ofsted Piccadilly Gate Store Street Manchester M1 2WD", "letterhead"],
    ["Ms J Smith Director of Children’s Services Anytown Council Town Hall Anytown AN1 2BC", "address"],
    ["Jo Bloggs, Chief Executive, Anytown Council Sam Doe, Chief Constable, Anyshire Police", "address"],
    ["Diane Partridge Her Majesty’s Inspector", "inspector"],
  ])("%s -> %s", (text, kind) => {
    expect(furnitureKind(text)).toBe(kind);
  });

  test.each([
    "Leaders have improved the quality of social work practice since the last inspection.",
    "The director of children’s services has strengthened management oversight.",
    "Inspectors found that children are seen quickly when risks escalate.",
  ])("a finding is not furniture: %s", (text) => {
    expect(furnitureKind(text)).toBeNull();
  });
});

describe("checks of a made-up letters extraction against its manifest", () => {
  const rows: LetterRow[] = [
    { path: "/l/kent/2024-02-27-focused-visit.pdf", file: "kent/2024-02-27-focused-visit.pdf", kind: "focused-visit", authority: "kent", date: "2024-02-27" },
    { path: "/l/leeds/2024-05-16-jtai.pdf", file: "leeds/2024-05-16-jtai.pdf", kind: "jtai", authority: "leeds", date: "2024-05-16" },
    { path: "/l/bury/2023-01-10-focused-visit.pdf", file: "bury/2023-01-10-focused-visit.pdf", kind: "focused-visit", authority: "bury", date: "2023-01-10" },
  ];
  const kent = makeDocument({
    source: rows[0]!.path,
    kind: "inspection-letter",
    dated: "2024-02-23",
    inspection: { type: "focused-visit", dates: ["2024-01-23", "2024-01-24"], judgement: null, judgements: [] },
    authorities: [{ code: "E10000016", name: "Kent" }],
    findings: [makeFinding({ text: "Leaders know their services well." })],
  });
  const leeds = makeDocument({
    source: rows[1]!.path,
    kind: "news",
    dated: "2024-04-01",
    inspection: { type: "jtai", dates: [], judgement: null, judgements: [], theme: null },
    authorities: [{ code: "E08000035", name: "Leeds" }, { code: "E08000032", name: "Bradford" }],
    findings: [makeFinding({ text: "Dear Leeds Safeguarding Partnership" }), makeFinding({ text: "Yours sincerely" })],
  });
  const codeForSlug = (slug: string): string | null => ({ kent: "E10000016", leeds: "E08000035" })[slug] ?? null;
  const report = checkLetters(rows, { documents: [kent, leeds], errors: [{ source: rows[2]!.path, message: "The PDF is encrypted." }] }, codeForSlug);
  const byName = Object.fromEntries(report.checks.map((c) => [c.name, c]));

  test("counts the letter that did not parse, with its reason", () => {
    expect(byName["parses without error"]).toMatchObject({ passed: 2, total: 3 });
    expect(byName["parses without error"]!.failures[0]!.detail).toContain("encrypted");
  });

  test("passes the right letter and fails the wrong one on each field", () => {
    for (const name of ["kind = inspection-letter", "subject authority = manifest", "has visit dates", "letter date within 7 days of manifest", "no letter furniture among findings"]) {
      expect(byName[name], name).toMatchObject({ passed: 1, total: 2 });
      expect(byName[name]!.failures[0]!.file, name).toBe("leeds/2024-05-16-jtai.pdf");
    }
    expect(byName["type = manifest"]).toMatchObject({ passed: 2, total: 2 });
    expect(byName["JTAI theme found"]).toMatchObject({ passed: 0, total: 1 });
  });

  test("counts furniture findings and the letters that have them", () => {
    expect(report.furniture).toEqual({ findings: 2, letters: 1 });
    expect(byName["no letter furniture among findings"]!.failures[0]!.detail).toContain("salutation");
  });

  test("prints every check and the failing letters", () => {
    const text = formatLetterReport(report);
    expect(text).toContain("Real letters: label-free checks (3 letters)");
    expect(text).toContain("Failing: subject authority = manifest");
    expect(text).toContain("found Leeds; Bradford; manifest leeds");
  });
});

describe("the letters' manifest", () => {
  test("reads file, kind, authority and date, resolving paths against its folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "letters-"));
    writeFileSync(join(dir, "manifest.csv"), "file,kind,authority,date,ofsted_urn\nz/2020-01-01-jtai.pdf,jtai,z,2020-01-01,1\na/2019-05-05-focused-visit.pdf,focused-visit,a,2019-05-05,2\n");
    const rows = await readLetterManifest(join(dir, "manifest.csv"));
    expect(rows.map((r) => r.file)).toEqual(["a/2019-05-05-focused-visit.pdf", "z/2020-01-01-jtai.pdf"]);
    expect(rows[0]).toMatchObject({ path: join(dir, "a/2019-05-05-focused-visit.pdf"), kind: "focused-visit", authority: "a", date: "2019-05-05" });
  });
});
