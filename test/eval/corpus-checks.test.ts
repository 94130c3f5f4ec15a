import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { loadCodeForSlug } from "../../scripts/eval/authority-code-for-slug.ts";
import { readManifest } from "../../scripts/eval/read-manifest.ts";
import { AUTHORITIES_PATH } from "../../scripts/authorities/load-authorities.ts";
import { checkCorpus, IMPROVEMENT_HEADING, looseSlug, withinLag } from "../../scripts/eval/corpus-checks.ts";
import type { ManifestRow } from "../../scripts/eval/read-manifest.ts";
import { makeDocument, makeFinding } from "./make-extraction.ts";

describe("improvement headings", () => {
  test.each([
    ["What needs to improve in this area of social work practice", true],
    ["What needs to improve in this local authority?", true],
    ["Areas for improvement", true],
    ["Areas for priority action", true],
    ["Recommendations", true],
    ["Headline findings", false],
    ["Main findings", false],
    ["The effectiveness of leaders and managers", false],
  ])("%s -> %s", (heading, expected) => {
    expect(IMPROVEMENT_HEADING.test(heading)).toBe(expected);
  });
});

describe("publication dates against the manifest's GOV.UK date", () => {
  test.each<[string | null, string, boolean]>([
    ["2023-01-13", "2023-01-13", true],
    ["2023-01-12", "2023-01-13", true],
    ["2023-01-06", "2023-01-13", true],
    ["2023-01-05", "2023-01-13", false],
    ["2023-01-14", "2023-01-13", false],
    ["2022-12-30", "2023-01-02", true],
    [null, "2023-01-13", false],
  ])("found %s, manifest %s -> %s", (found, manifest, expected) => {
    expect(withinLag(found, manifest)).toBe(expected);
  });
});

describe("loose slugs", () => {
  test("a manifest slug with '&' and commas equals the authority's slugified name", () => {
    expect(looseSlug("bournemouth, christchurch & poole")).toBe(looseSlug("Bournemouth, Christchurch and Poole"));
  });
});

const manifestPath = resolve(process.env["SHARED_DIR"] ?? "../shared", "corpus/ofsted/manifest.csv");

const rows: ManifestRow[] = [
  { path: "/c/norfolk/a.pdf", file: "norfolk/a.pdf", urn: "1", authority: "norfolk", published: "2023-01-13" },
  { path: "/c/kent/b.pdf", file: "kent/b.pdf", urn: "2", authority: "kent", published: "2022-06-01" },
  { path: "/c/kent/c.pdf", file: "kent/c.pdf", urn: "2", authority: "kent", published: "2019-03-01" },
];
const codes: Record<string, string> = { norfolk: "E10000020", kent: "E10000016" };

describe("label-free corpus checks", () => {
  const report = checkCorpus(
    rows,
    {
      documents: [
        makeDocument({
          source: "/c/norfolk/a.pdf",
          published: "2023-01-13",
          authorities: [{ code: "E10000020", name: "Norfolk" }],
          inspection: { type: "ilacs", dates: ["2022-11-28"], judgement: "good", judgements: [] },
          findings: [
            makeFinding({ text: "Most children are seen promptly.", polarity: "strength", section: "Main findings" }),
            makeFinding({ text: "The quality of plans.", polarity: "improvement", section: "What needs to improve?" }),
            makeFinding({ text: "Leaders know their service well.", polarity: "strength", section: "What needs to improve?" }),
          ],
        }),
        makeDocument({
          source: "/c/kent/b.pdf",
          published: "2022-06-02",
          authorities: [{ code: "E06000035", name: "Medway" }],
          inspection: { type: "focused-visit", dates: ["2022-06-05"], judgement: null, judgements: [] },
          findings: [makeFinding({ text: "Inspectors looked at records.", polarity: "context" })],
          warnings: ["Page 3 has no text."],
        }),
      ],
      errors: [{ source: "/c/kent/c.pdf", message: "The PDF is encrypted." }],
    },
    (slug) => codes[slug] ?? null,
  );
  const find = (name: string) => report.checks.find((c) => c.name === name)!;

  test("a report with an error entry fails to parse, with the error as the detail", () => {
    expect(find("parses without error")).toMatchObject({ passed: 2, total: 3, failures: [{ file: "kent/c.pdf", detail: "The PDF is encrypted." }] });
  });

  test("compares the subject authority by code and the publication date with the manifest", () => {
    expect(find("subject authority = manifest")).toMatchObject({ passed: 1, total: 2 });
    expect(find("subject authority = manifest").failures[0]?.detail).toContain("E06000035 Medway");
    expect(find("published = manifest")).toMatchObject({ passed: 1, total: 2 });
    expect(find("published 0-7 days before manifest")).toMatchObject({ passed: 1, total: 2 });
  });

  test("flags inspection dates on or after the publication date", () => {
    expect(find("inspection dates before publication")).toMatchObject({ passed: 1, total: 2 });
    expect(find("inspection dates before publication").failures[0]?.file).toBe("kent/b.pdf");
  });

  test("measures findings under improvement headings, and the reports that have any", () => {
    expect(report.improvementSectionFindings).toMatchObject({ labelled: 1, total: 2, share: 0.5 });
    expect(find("has improvement-heading findings")).toMatchObject({ passed: 1, total: 2 });
  });

  test("summarises polarity, findings per report and warnings over the parsed reports", () => {
    expect(report.polarity.strength.count).toBe(2);
    expect(report.findingsPerReport).toEqual({ min: 1, median: 2, max: 3 });
    expect(report.withWarnings).toBe(1);
  });

  test("without a code for the slug, compares slugified names", () => {
    const byName = checkCorpus(rows.slice(0, 1), { documents: [makeDocument({ source: "/c/norfolk/a.pdf", authorities: [{ code: "x", name: "Norfolk" }] })], errors: [] }, () => null);
    expect(byName.checks.find((c) => c.name === "subject authority = manifest")?.passed).toBe(1);
  });
});

describe.skipIf(!existsSync(manifestPath) || !existsSync(AUTHORITIES_PATH))(`manifest slugs (needs ${manifestPath} and ${AUTHORITIES_PATH})`, () => {
  test("every authority slug of the real manifest maps to an ONS code", async () => {
    const { codeForSlug } = loadCodeForSlug();
    const unmapped = (await readManifest(manifestPath)).filter((r) => codeForSlug(r.authority) === null).map((r) => r.authority);
    expect(unmapped).toEqual([]);
  });
});
