import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readMarkdown } from "../../scripts/readers/markdown.ts";
import { ReaderError } from "../../scripts/readers/source-document.ts";
import { expectGolden, FIXTURES, fixtureCases, renderBlocks } from "./golden-fixtures.ts";

const read = (markdown: string) => readMarkdown(Buffer.from(markdown, "utf8"), "input.md");
const NEWS = join(FIXTURES, "markdown/news-with-front-matter-and-raw-html/input.md");

describe("readMarkdown golden fixtures", () => {
  test.each(fixtureCases("markdown"))("%s", async (name) => {
    const dir = join(FIXTURES, "markdown", name);
    const document = await readMarkdown(readFileSync(join(dir, "input.md")), "input.md");
    expectGolden(join(dir, "expected.txt"), document.text);
    expectGolden(join(dir, "expected-blocks.txt"), renderBlocks(document));
    expectGolden(join(dir, "expected-meta.json"), `${JSON.stringify({ meta: document.meta, warnings: document.warnings }, null, 2)}\n`);
  });
});

describe("readMarkdown", () => {
  test("drops raw HTML blocks and inline tags, with the content of scripts", async () => {
    const { text } = await readMarkdown(readFileSync(NEWS), "input.md");
    for (const leak of ["RAW-HTML-BLOCK-TEXT", "SCRIPT-BLOCK-PAYLOAD", "INLINE-SCRIPT-PAYLOAD", "ONERROR-PAYLOAD", "<", "cookie"]) {
      expect(text).not.toContain(leak);
    }
    expect(text).toContain("Managers review contacts promptly and record their decisions.");
    expect(text).toContain("Inspectors visited in October.");
  });

  test("drops code blocks, images and footnote definitions: they are not prose", async () => {
    const { text } = await readMarkdown(readFileSync(NEWS), "input.md");
    for (const dropped of ["CODE-BLOCK-TEXT", "Photo of council offices", "FOOTNOTE-TEXT"]) expect(text).not.toContain(dropped);
  });

  test("takes title, date, publisher, author and URL from the front matter and keeps it out of the text", async () => {
    const document = await readMarkdown(readFileSync(NEWS), "input.md");
    expect(document.meta).toEqual({
      title: "Westshire's front door improves, says Ofsted",
      published: "2023-11-14",
      publisher: "Children's Services Weekly",
      author: "Sam Writer",
      url: "https://news.example.org/westshire-front-door",
    });
    expect(document.text).not.toContain("tags:");
    expect(document.text).not.toContain("---");
  });

  test("gives each heading, paragraph and list item a block whose offsets cover exactly its line", async () => {
    const document = await readMarkdown(readFileSync(NEWS), "input.md");
    const lines = new Set(document.text.split("\n"));
    for (const block of document.blocks) expect(lines).toContain(document.text.slice(block.start, block.end));
    expect(document.blocks.filter((block) => block.type === "heading").map((block) => block.depth)).toEqual([1, 2]);
    expect(document.blocks.filter((block) => block.type === "list-item")).toHaveLength(4);
  });

  test("joins a paragraph's soft line breaks but keeps a letter's address lines apart", async () => {
    const document = await read("Ofsted\nPiccadilly Gate\n\nMost children receive a timely and\nappropriate response.");
    expect(document.text).toBe("Ofsted\n\nPiccadilly Gate\n\nMost children receive a timely and appropriate response.");
  });

  test("uses the first level-1 heading as the title when there is no front matter", async () => {
    expect((await read("Intro line.\n\n# The title\n\nBody.")).meta).toEqual({ title: "The title" });
  });

  test("warns about front matter that is not valid YAML and reads the body", async () => {
    const document = await read("---\ntitle: [unclosed\n---\n\nBody text.");
    expect(document.text).toBe("Body text.");
    expect(document.warnings.join(" ")).toMatch(/front matter/);
  });

  test("refuses a file with nothing but markup", async () => {
    await expect(read("<div>only html</div>\n\n```\ncode\n```\n")).rejects.toThrow(ReaderError);
  });
});
