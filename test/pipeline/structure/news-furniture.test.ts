/** The structure stage on the furniture of news pages: navigation, mastheads, press-release notes, inline links, author notes. */
import { describe, expect, test } from "vitest";
import { unified } from "unified";
import { VFile } from "vfile";
import { buildTree } from "../../../scripts/pipeline/build-tree.ts";
import { remarkStructure } from "../../../scripts/pipeline/structure/index.ts";
import { flattenBlocks } from "../../../scripts/pipeline/structure/flatten-blocks.ts";
import { isChromeLine, isDateLine, isNavigationLine } from "../../../scripts/pipeline/structure/line-patterns.ts";
import type { Root } from "../../../scripts/pipeline/tree-types.ts";
import type { SourceDocument } from "../../../scripts/readers/source-document.ts";
import { loadTaxonomy } from "../../../scripts/themes/load-themes.ts";

const { sectionHeadings } = loadTaxonomy();

function roles(lines: string[]): [string, string | undefined][] {
  const source: SourceDocument = { format: "text", text: lines.join("\n\n"), pages: [], blocks: [], meta: {}, warnings: [] };
  const tree = buildTree(source);
  unified().use(remarkStructure, { sectionHeadings }).runSync(tree as never, new VFile());
  return flattenBlocks(tree as Root).map((b) => [b.text, b.data.role]);
}

const body = (lines: string[]) => roles(lines).filter(([, role]) => role === "body").map(([text]) => text);

describe("lines of a news page's chrome", () => {
  test.each(["News | Sport | What's On | Jobs", "Home > News > Press releases", "Speech / Guidance", "Sign in | Register"])("'%s' is navigation", (line) => {
    expect(isNavigationLine(line)).toBe(true);
  });

  test("a table row with a long cell is not navigation", () => {
    expect(isNavigationLine("The impact of leaders on social work practice with children and families | Good")).toBe(false);
  });

  test.each([
    "Published: 08:00 Friday 14 July 2023",
    "Posted on: 21 March 2019 at 11:02",
    "14:32, 3 OCT 2023",
    "Last updated 10:42 BST, Thu 5 Oct 2023",
    "Date published: 28/11/2018",
    "12 July, 2019 By Mark Smulian",
    "Issued: 14 November 2023",
  ])("'%s' is a dateline", (line) => {
    expect(isDateLine(line)).toBe(true);
  });

  test.each(["- ENDS -", "Notes to editors", "Comments (12)", "3 Responses to \"Council rated good\"", "From: Ofsted", "Is this page useful?", "Subscribe to our magazine to read more practice guides.", "Photo: Adobe Stock", "Image source, Getty Images", "6 min read", "Register now to continue reading", "Download the report (PDF, 1.2MB)", "Click here to read the letter", "Cookies on our website", "Cookies on GOV.UK", "Accept additional cookies", "We'd like to use analytics cookies. Accept | Reject", "Accept all cookies", "Manage preferences", "Was this page useful? Yes | No"])(
    "'%s' is chrome",
    (line) => {
      expect(isChromeLine(line)).toBe(true);
    },
  );

  test("a sentence of an article is not chrome", () => {
    expect(isChromeLine("Inspectors found that the council's press team had been reorganised.")).toBe(false);
    expect(isChromeLine("Pictures, videos and messages were shared between children.")).toBe(false);
  });
});

describe("the head and tail of a news page", () => {
  test("the headline is the title, not the masthead or the menu above it", () => {
    const result = roles(["Anytown Evening Post", "News | Sport | Jobs", "Council's children's services rated good", "Inspectors found that children were helped at the right time by skilled staff."]);
    expect(result.find(([, role]) => role === "title")?.[0]).toBe("Council's children's services rated good");
  });

  test("a cookie banner above the masthead is not the title", () => {
    const result = roles(["Cookies on our website", "We'd like to use analytics cookies. Accept | Reject", "Anytown Council", "Ofsted: Anytown's children's services 'good'", "Inspectors found that leaders know their services well."]);
    expect(result.find(([, role]) => role === "title")?.[0]).toBe("Ofsted: Anytown's children's services 'good'");
  });

  test("a press release ends at ENDS: its notes to editors are not findings", () => {
    const lines = [
      "Council welcomes inspection report",
      "Inspectors found that children in care live in stable homes with carers who know them well.",
      "ENDS",
      "Notes to editors",
      "The council was previously rated good in 2019.",
    ];
    expect(body(lines)).toEqual(["Inspectors found that children in care live in stable homes with carers who know them well."]);
  });

  test("an inline 'Related:' link is an island in the article, not the start of its tail", () => {
    const lines = [
      "Council moves out of inadequate",
      "Inspectors said leaders had created a stable workforce over two years of hard work.",
      "Related: How one council rebuilt its front door",
      "Caseloads have fallen to an average of 17 children, inspectors noted.",
      "The council's lead member said the authority would not rest until services were good.",
    ];
    expect(body(lines)).toHaveLength(3);
  });

  test("a 'Share this' island near the top does not hide a tail of related stories", () => {
    const lines = [
      "Council rated good",
      "Inspectors said that children were seen regularly by social workers who knew them well.",
      "Share this",
      "The report praised the council's work with families at risk of homelessness.",
      "Leaders have a clear understanding of the quality of practice, the report said.",
      "Managers oversee plans closely and challenge drift, inspectors found.",
      "Related articles",
      "Council launches fostering drive",
      "Youth services cut again",
    ];
    expect(body(lines)).toHaveLength(4);
  });

  test("a columnist's note after the column is not a finding", () => {
    const lines = [
      "Why the middle grade is not failure",
      "Councils judged requires improvement lose social workers to neighbours rated good, and the cost of agency staff rises.",
      "A single word should not define a service, or the people who work in it.",
      "Jo Lindsay is a former director of children's services.",
    ];
    expect(body(lines)).toHaveLength(2);
  });
});
