import { describe, expect, test } from "vitest";
import { extractDocument } from "../../scripts/pipeline/extract-document.ts";
import { isPublicationNotice } from "../../scripts/pipeline/structure/line-patterns.ts";
import { loadResources } from "../../scripts/extract/load-resources.ts";

describe("publication notices", () => {
  test.each([
    "You may reuse this material free of charge in any format, under the terms of the Open Government Licence.",
    "To view the licence, visit www.nationalarchives.gov.uk/doc/open-government-licence or email psi@example.gov.uk.",
    "This report is available at https://reports.example.gov.uk/.",
    "This publication is also available from the Office's website.",
    "© Crown copyright 2016",
    "T: 0300 000 0000 Textphone: 0100 000 0000 E: enquiries@example.gov.uk",
  ])("%s is a notice", (text) => expect(isPublicationNotice(text)).toBe(true));

  test.each([
    "Information is not readily available for care leavers in an accessible format.",
    "Advice is available from the front door at any time of day.",
    "Leaders have reused the learning from audits well.",
    "Care leavers are helped to get a driving licence.",
  ])("%s is not", (text) => expect(isPublicationNotice(text)).toBe(false));

  test("a report's back page gives no finding, while the paragraph above it does", () => {
    const text = [
      "Inspection of children's social care services",
      "",
      "Social workers know their children well and visit them often. Managers do not always check that plans are carried out.",
      "",
      "You may reuse this information (not including logos) free of charge in any format or medium, under the terms of the Open Government Licence. To view this licence, visit www.nationalarchives.gov.uk/doc/open-government-licence, write to the Information Policy Team, The National Archives, Kew, London TW9 4DU, or email: psi@example.gov.uk.",
      "",
      "This publication is available at www.example.gov.uk/inspections.",
      "",
    ].join("\n");
    const source = { format: "text" as const, text, pages: [], blocks: [], meta: {}, warnings: [] };
    const document = extractDocument(source, { path: "/corpus/back-page.txt", sha256: "0".repeat(64) }, loadResources());
    const texts = document.findings.map((f) => f.text);
    expect(texts).toContain("Social workers know their children well and visit them often.");
    expect(texts.filter((t) => /licen[cs]e|available at/i.test(t))).toEqual([]);
  });
});
