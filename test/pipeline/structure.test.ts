import { describe, expect, test } from "vitest";
import { unified } from "unified";
import { VFile } from "vfile";
import { buildTree } from "../../scripts/pipeline/build-tree.ts";
import { remarkStructure } from "../../scripts/pipeline/structure/index.ts";
import { flattenBlocks } from "../../scripts/pipeline/structure/flatten-blocks.ts";
import type { Root } from "../../scripts/pipeline/tree-types.ts";
import type { SourceDocument } from "../../scripts/readers/source-document.ts";
import { sectionKindOf } from "../../scripts/pipeline/structure/section-kinds.ts";
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

  test("a report's grade-descriptor section is furniture up to the report's next heading of its own", () => {
    const text = [
      "Inspection of Anytown children's services",
      "",
      "Leaders have a clear understanding of the strengths of their services.",
      "",
      "What the inspection judgements mean: the LSCB",
      "",
      "An outstanding LSCB is highly influential in improving the care and protection of children.",
      "",
      "Good",
      "",
      "Multi-agency training in the protection and care of children is effective and evaluated regularly for impact.",
      "",
      "Information about this inspection",
      "",
      "Inspectors considered the quality of work and the difference adults make to the lives of children.",
    ].join("\n");
    const result = roles(text);
    expect(result.find((r) => r[0]!.startsWith("An outstanding LSCB"))?.[2]).toBe("grade-descriptors");
    expect(result.find((r) => r[0]!.startsWith("Multi-agency training"))?.[2]).toBe("grade-descriptors");
    expect(result.find((r) => r[0]!.startsWith("Inspectors considered"))?.[1]).toBe("body");
    expect(result.find((r) => r[0]!.startsWith("Leaders have"))?.[1]).toBe("body");
  });

  test("a report's back page is furniture from its first notice to the end", () => {
    const text = [
      "Inspection of Anytown children's services",
      "",
      "Managers do not always check that plans are carried out.",
      "",
      "The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects to achieve excellence in the care of children and young people.",
      "",
      "Piccadilly Gate",
      "",
      "Store Street",
      "",
      "Manchester",
    ].join("\n");
    const result = roles(text);
    expect(result.find((r) => r[0]!.startsWith("Managers"))?.[1]).toBe("body");
    for (const line of ["Piccadilly Gate", "Store Street", "Manchester"]) expect(result.find((r) => r[0] === line)?.[1], line).toBe("furniture");
  });

  test("a licence notice on a report's inside cover does not swallow the report after it", () => {
    const text = [
      "Inspection of looked after children services",
      "",
      "This document may be reproduced in whole or in part for non-commercial purposes, provided that the information quoted is reproduced without adaptation.",
      "",
      "The purpose of the inspection is to evaluate the contribution made by relevant services.",
      "",
      "Children are seen regularly by social workers who know them well.",
      "",
      "Plans are not always updated when children's circumstances change.",
    ].join("\n");
    const result = roles(text);
    expect(result.find((r) => r[0]!.startsWith("This document"))?.[2]).toBe("notice");
    expect(result.filter((r) => r[1] === "body")).toHaveLength(3);
  });

  test("verdict lines are headings and judgement-table rows are furniture", () => {
    const text = [
      "Inspection of Anytown children's services",
      "",
      "This report is about the inspection of children's services in Anytown in May 2024.",
      "",
      "Judgement | Grade",
      "",
      "Overall effectiveness | Good",
      "",
      "Children's services in Anytown are good.",
      "",
      "The overall judgement is good.",
      "",
      "Children’s services in Anytown are good because:",
      "",
      "- Leaders know their services well.",
    ].join("\n");
    const result = roles(text);
    expect(result.find((r) => r[0] === "Overall effectiveness | Good")?.[2]).toBe("judgement-table");
    expect(result.find((r) => r[0] === "Judgement | Grade")?.[2]).toBe("judgement-table");
    expect(result.find((r) => r[0] === "The overall judgement is good.")?.[1]).toBe("heading");
    expect(result.find((r) => r[0]!.endsWith("good because:"))?.[1]).toBe("heading");
    // The report's own sentence saying the same is a finding.
    expect(result.find((r) => r[0] === "Children's services in Anytown are good.")?.[1]).toBe("body");
    expect(result.find((r) => r[0] === "Leaders know their services well.")?.[1]).toBe("body");
  });
});

describe("section kinds of letters' and reports' headings", () => {
  test.each([
    ["Areas for priority action", "improvement"],
    ["Area for priority action", "improvement"],
    ["What needs to improve in this area of social work practice?", "improvement"],
    ["What needs to improve in the multi-agency response", "improvement"],
    ["Case study: area(s) for improvement", "improvement"],
    ["Practice study: areas for priority action and improvement", "improvement"],
    ["The local authority needs to take action to address and monitor the following areas of practice", "improvement"],
    ["Inspectors found", "findings"],
    ["Headline findings", "findings"],
    ["Main findings", "findings"],
    ["Findings", "findings"],
    ["Findings and evaluation of progress", "findings"],
    ["Overview", "findings"],
    ["Key strengths", "findings"],
    ["Multi-agency strengths", "findings"],
    ["Case study: highly effective practice", "findings"],
    ["The local authority has the following strengths", "findings"],
    ["Context", "context"],
    ["Information about this local authority area", "context"],
    ["Recommendations", "recommendations"],
    ["Leadership and management", "other"],
    ["Response to children living with neglect", "other"],
  ] as const)("%s is %s", (heading, kind) => expect(sectionKindOf(heading, sectionHeadings)).toBe(kind));
});

describe("the head of a letter", () => {
  test("an addressee line with a full stop above 'Dear …' and a subject line with a full stop are not body text", () => {
    const text = [
      "Ofsted",
      "Piccadilly Gate",
      "",
      "Ms Carmel Littleton Director of Children’s Services London Borough of Anytown.",
      "",
      "Dear Ms Littleton",
      "",
      "Focused visit to London Borough of Anytown local authority children’s services.",
      "",
      "This letter summarises the findings of the focused visit to Anytown children's services.",
    ].join("\n");
    const result = roles(text);
    expect(result.find((r) => r[0]!.startsWith("Ms Carmel"))?.[1]).toBe("furniture");
    expect(result.find((r) => r[0]!.startsWith("Focused visit"))?.[1]).toBe("title");
    expect(result.find((r) => r[0]!.startsWith("This letter"))?.[1]).toBe("body");
  });

  test("a 'Dear …' quoted after an article's opening paragraphs does not make them head", () => {
    const text = [
      "Council responds to inspectors",
      "",
      "The council has written to the inspectorate about its findings on the front door.",
      "",
      "Leaders said that the report was fair and that they had already acted on it.",
      "",
      "The letter was published on the council's website on Monday morning.",
      "",
      "Dear Chief Inspector",
      "",
      "We thank you for the visit and accept the findings in full.",
    ].join("\n");
    const result = roles(text);
    expect(result.find((r) => r[0]!.startsWith("The council has written"))?.[1]).toBe("body");
  });
});
