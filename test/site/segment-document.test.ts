import { describe, expect, test } from "vitest";
import { segmentDocument, type RenderBlock, type RenderNode } from "../../src/lib/segment-document.ts";
import type { ExtractedDocument } from "../../src/schemas/index.ts";
import { documentStartingWith } from "./fixture.ts";

const blocksOf = (nodes: RenderNode[]): RenderBlock[] => nodes.flatMap((n) => (n.type === "list" ? n.items : [n]));
const kent = documentStartingWith("2024-02-27-kent");

describe("segmentDocument", () => {
  const { nodes, unplaced } = segmentDocument(kent);
  const blocks = blocksOf(nodes);

  test("wraps every finding exactly once with its own text", () => {
    const runs = blocks.flatMap((b) => b.runs).filter((r) => r.kind === "finding");
    expect(runs.map((r) => r.finding.id).sort()).toEqual(kent.findings.map((f) => f.id).sort());
    for (const run of runs) expect(run.text).toBe(run.finding.text);
    expect(unplaced).toEqual([]);
  });

  test("drops a first heading that repeats the title and maps the rest to h3 without gaps", () => {
    const headings = blocks.filter((b) => b.type === "heading");
    expect(headings[0]?.runs[0]?.text).toBe("Headline findings");
    expect(new Set(headings.map((h) => h.level))).toEqual(new Set([3]));
  });

  test("gathers consecutive list items into one list and strips their bullets", () => {
    const list = nodes.find((n) => n.type === "list");
    expect(list?.type === "list" && list.items.length).toBe(2);
    const first = list?.type === "list" ? list.items[0]?.runs : [];
    expect(first?.map((r) => r.text).join("")).toBe("The consistency of health partners' attendance at strategy meetings.");
  });

  test("keeps furniture blocks as furniture", () => {
    expect(blocks.filter((b) => b.type === "furniture").length).toBe(3);
  });

  test("covers text with no blocks as paragraphs, and lists findings it cannot place", () => {
    const text = "First sentence. Second one.\n\n- An item.";
    const finding = (id: string, start: number, end: number) => ({
      id, text: text.slice(start, end), polarity: "strength" as const, confidence: 1, cues: [], themes: [], authorities: [],
      goodPractice: false, section: null, page: null, start, end,
    });
    const doc = {
      ...kent, text, blocks: [],
      findings: [finding("f-000000000001", 0, 15), finding("f-000000000002", 5, 20), finding("f-000000000003", 31, 39)],
    } satisfies ExtractedDocument;
    const result = segmentDocument(doc);
    expect(result.nodes.map((n) => n.type)).toEqual(["paragraph", "list"]);
    expect(result.unplaced.map((f) => f.id)).toEqual(["f-000000000002"]);
    const item = result.nodes[1]?.type === "list" ? result.nodes[1].items[0] : undefined;
    expect(item?.runs).toEqual([{ kind: "finding", finding: doc.findings[2], text: "An item." }]);
  });
});

describe("bullet markers between blocks", () => {
  test("are not shown as text of their own", async () => {
    const { segmentDocument } = await import("../../src/lib/segment-document.ts");
    const text = "What needs to improve?\n\n- The quality of supervision.\n- Work with health partners.";
    const start = text.indexOf("The quality");
    const doc = {
      id: "d", source: "/x", sha256: "0".repeat(64), kind: "inspection-letter", title: "T", publisher: null, published: null,
      inspection: { type: null, dates: [], judgement: null, judgements: [] }, authorities: [], findings: [], warnings: [],
      format: "text", pages: null, text,
      blocks: [
        { type: "heading", start: 0, end: 22, depth: 2 },
        { type: "list-item", start, end: start + 29 },
        { type: "list-item", start: text.indexOf("Work"), end: text.length },
      ],
    } as const;
    const { nodes } = segmentDocument(structuredClone(doc) as never);
    const texts = JSON.stringify(nodes);
    expect(texts).not.toMatch(/"text":"-"/);
  });
});
