import { describe, expect, test } from "vitest";
import { JUDGED_FINDING_COST, PART_BUDGET, paginateDocument } from "../../src/lib/paginate-document.ts";
import { documentUrl, findingUrl, registerDocuments } from "../../src/lib/urls.ts";
import type { ExtractedDocument, Finding } from "../../src/schemas/index.ts";
import { documentStartingWith } from "./fixture.ts";

/** A long report: `sections` headings, each followed by paragraphs of judged findings. */
function longReport(sections: number, perSection: number): ExtractedDocument {
  let text = "";
  const blocks: ExtractedDocument["blocks"] = [];
  const findings: Finding[] = [];
  for (let s = 0; s < sections; s += 1) {
    const heading = `Section ${s}`;
    if (text) text += "\n\n";
    blocks.push({ type: "heading", depth: 2, start: text.length, end: text.length + heading.length });
    text += heading;
    for (let p = 0; p < perSection; p += 1) {
      const sentence = `Finding ${s}-${p} says that practice is good in this area of the service.`;
      text += "\n\n";
      blocks.push({ type: "paragraph", start: text.length, end: text.length + sentence.length });
      findings.push({
        id: `f-${String(findings.length).padStart(12, "0")}`, text: sentence, polarity: "strength", confidence: 1, cues: [],
        themes: [], authorities: [], goodPractice: false, section: heading, page: null, start: text.length, end: text.length + sentence.length,
      });
      text += sentence;
    }
  }
  return { ...documentStartingWith("2024-02-27-kent"), id: "long-report", text, blocks, findings };
}

describe("paginateDocument", () => {
  test("keeps a short document in one part", () => {
    const result = paginateDocument(documentStartingWith("2024-02-27-kent"));
    expect(result.parts.length).toBe(1);
  });

  test("splits a long document into parts within the budget, starting parts at headings", () => {
    const doc = longReport(20, 10);
    const result = paginateDocument(doc);
    const perPart = Math.floor(PART_BUDGET / JUDGED_FINDING_COST);
    expect(result.parts.length).toBeGreaterThanOrEqual(Math.ceil(doc.findings.length / perPart));
    for (const part of result.parts) expect(part.nodes[0]?.type).toBe("heading");
    expect(result.parts.map((p) => p.number)).toEqual(result.parts.map((_, i) => i + 1));
    expect(result.partOf.size).toBe(doc.findings.length);
  });

  test("makes findingUrl point at the part that holds the finding", () => {
    const doc = longReport(20, 10);
    registerDocuments([doc]);
    const last = doc.findings.at(-1) as Finding;
    const part = paginateDocument(doc).partOf.get(last.id);
    expect(part).toBeGreaterThan(1);
    expect(findingUrl(doc.id, last.id)).toBe(`/reports/long-report/${part}/#${last.id}`);
    expect(findingUrl(doc.id, doc.findings[0]?.id ?? "")).toBe(`${documentUrl(doc.id)}#${doc.findings[0]?.id}`);
  });
});

/** One heading, then a single bullet list of `items` judged findings (as a report's long list comes out of a PDF). */
function longList(items: number): ExtractedDocument {
  const doc = longReport(1, items);
  const blocks = doc.blocks.map((b) => (b.type === "paragraph" ? { ...b, type: "list-item" as const } : b));
  return { ...doc, id: "long-list", blocks };
}

describe("paginateDocument long lists", () => {
  test("splits a list longer than a part between parts, keeping every item once and in order", () => {
    const doc = longList(200);
    const result = paginateDocument(doc);
    expect(result.parts.length).toBeGreaterThan(1);
    const items = result.parts.flatMap((part) => part.nodes.flatMap((n) => (n.type === "list" ? n.items : [])));
    expect(items.length).toBe(200);
    const ids = items.map((item) => item.runs.find((r) => r.kind === "finding")?.finding.id);
    expect(ids).toEqual(doc.findings.map((f) => f.id));
    expect(result.partOf.size).toBe(200);
  });
});

describe("paginateDocument heading levels", () => {
  test("starts every part's headings at h3, even when the part begins under a deeper heading", () => {
    const doc = longReport(20, 10);
    // Make every other section heading a sub-heading (depth 3), so some parts begin with one.
    let n = 0;
    const blocks = doc.blocks.map((b) => (b.type === "heading" && n++ % 2 === 1 ? { ...b, depth: 3 } : b));
    const result = paginateDocument({ ...doc, blocks });
    for (const part of result.parts) {
      const first = part.nodes.find((node) => node.type === "heading");
      expect(first?.type === "heading" && first.level).toBe(3);
    }
  });
});
