import { describe, expect, test } from "vitest";
import { unified } from "unified";
import { VFile } from "vfile";
import { buildTree } from "../../scripts/pipeline/build-tree.ts";
import { remarkStructure } from "../../scripts/pipeline/structure/index.ts";
import { flattenBlocks } from "../../scripts/pipeline/structure/flatten-blocks.ts";
import type { Root } from "../../scripts/pipeline/tree-types.ts";
import type { SourceDocument } from "../../scripts/readers/source-document.ts";
import { loadTaxonomy } from "../../scripts/themes/load-themes.ts";

const { sectionHeadings } = loadTaxonomy();

function roles(text: string) {
  const source: SourceDocument = { format: "text", text, pages: [], blocks: [], meta: {}, warnings: [] };
  const tree = buildTree(source);
  const file = new VFile();
  unified().use(remarkStructure, { sectionHeadings }).runSync(tree as never, file);
  return flattenBlocks(tree as Root).map((b) => [b.text, b.data.role, b.data.furniture ?? b.data.sectionKind ?? null]);
}

describe("the structure stage", () => {
  test("sets a letter's head, salutation and sign-off apart and keeps the subject line as its title", () => {
    const text = [
      "Ofsted",
      "Agora",
      "6 Cumberland Place",
      "Nottingham NG1 6HJ",
      "",
      "4 April 2023",
      "",
      "Dear Mr Jones",
      "",
      "Monitoring visit to Anytown children's services",
      "",
      "This letter summarises the findings of the monitoring visit to Anytown children's services.",
      "",
      "Yours sincerely",
      "",
      "Jane Smith",
      "His Majesty's Inspector",
    ].join("\n");
    const result = roles(text);
    expect(result.find((r) => r[0] === "Dear Mr Jones")?.[1]).toBe("furniture");
    expect(result.find((r) => r[0] === "4 April 2023")?.[2]).toBe("dateline");
    expect(result.find((r) => r[0] === "Monitoring visit to Anytown children's services")?.[1]).toBe("title");
    expect(result.find((r) => r[0]!.startsWith("This letter"))?.[1]).toBe("body");
    for (const line of ["Yours sincerely", "Jane Smith", "His Majesty's Inspector"]) {
      expect(result.find((r) => r[0] === line)?.[1], line).toBe("furniture");
    }
  });

  test("marks a web page's related stories and footer as chrome, but not the article before them", () => {
    const text = [
      "Anytown children's services rated good",
      "",
      "Inspectors found that children receive a timely response from the front door service.",
      "",
      "The report praised the quality of assessments across the service.",
      "",
      "Related stories",
      "",
      "Minister announces new funding for youth services",
      "",
      "The government has announced a new fund for youth clubs across England [...]",
      "",
      "Read Full Story",
      "",
      "© 2024 Example Media. All rights reserved.",
    ].join("\n");
    const result = roles(text);
    expect(result.filter((r) => r[1] === "body").map((r) => r[0])).toEqual([
      "Inspectors found that children receive a timely response from the front door service.",
      "The report praised the quality of assessments across the service.",
    ]);
  });

  test("opens an improvement section at a 'What needs to improve' heading", () => {
    const text = [
      "Inspection of Anytown children's services",
      "",
      "Children are seen regularly by their social workers in almost all cases.",
      "",
      "What needs to improve?",
      "- The quality of supervision.",
    ].join("\n");
    const item = roles(text).find((r) => r[0] === "The quality of supervision.");
    expect(item?.[1]).toBe("body");
    expect(item?.[2]).toBe("improvement");
  });
});
