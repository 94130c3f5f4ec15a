import iconv from "iconv-lite";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readHtml } from "../../scripts/readers/html.ts";
import { parseDocument, readBodyBlocks } from "../../scripts/readers/html/find-article.ts";
import { ReaderError } from "../../scripts/readers/source-document.ts";
import { expectGolden, FIXTURES, fixtureCases, renderBlocks } from "./golden-fixtures.ts";

const fixture = (name: string) => readFileSync(join(FIXTURES, "html", name, "input.html"));
const read = (html: string) => readHtml(Buffer.from(html, "utf8"), "page.html");

// Every piece of chrome in the news-page fixture: none may reach the text.
const NEWS_PAGE_CHROME = [
  "We use cookies", "Accept all cookies", "Manage cookie settings", "Jobs Board", "Events and Awards", "Subscribe",
  "Search the site", "Home", "Social care", "Sam Writer", "14 November 2023", "Share on Facebook", "Share on Twitter",
  "Email this article", "Agency photographer", "Advertisement", "ADVERT-TEXT", "Read more: Ofsted annual report",
  "Sign up to our newsletter", "in your inbox", "Copyright", "All rights reserved", "Topics:", "Safeguarding",
  "Related stories", "RELATED-STORY-ONE", "RELATED-STORY-TWO", "Eastshire", "Read Full Story", "Most read",
  "SIDEBAR-MOST-READ", "Example Media", "Contact Us", "Privacy policy", "NOSCRIPT-PIXEL",
  "TRACKING-SCRIPT-TEXT", "dataLayer", "font-family", "IMG-ONERROR-PAYLOAD", "JS-LINK-PAYLOAD", "javascript:", "<",
];
const NEWS_PAGE_ARTICLE = [
  "Westshire front door praised by Ofsted",
  "Westshire County Council's children's services have made good progress at the front door, according to a focused visit by Ofsted.",
  "\"Most children receive a timely and proportionate response when concerns are first raised,\" the report said.",
  "when inspectors raised concerns about the quality of assessments and the timeliness of strategy discussions.",
  "- Thresholds are well understood by partner agencies, and most referrals are appropriate.\n- Managers provide regular and effective oversight of decisions in the MASH.\n- Social workers know their children well and see them regularly.",
  "However, the report said the quality of written plans is variable, and health partners do not consistently attend strategy meetings.",
  "Ofsted recommends that the council improves the recording of management decisions so that the rationale is clear on every child's record.",
  "Westshire's director of children's services said the council welcomed the findings.",
];

describe("readHtml golden fixtures", () => {
  test.each(fixtureCases("html"))("%s", async (name) => {
    const dir = join(FIXTURES, "html", name);
    const document = await readHtml(fixture(name), "input.html");
    expectGolden(join(dir, "expected.txt"), document.text);
    expectGolden(join(dir, "expected-blocks.txt"), renderBlocks(document));
    expectGolden(join(dir, "expected-meta.json"), `${JSON.stringify({ meta: document.meta, warnings: document.warnings }, null, 2)}\n`);
  });
});

describe("readHtml on a news page", () => {
  test.each(NEWS_PAGE_ARTICLE)("keeps the article text %j", async (expected) => {
    expect((await readHtml(fixture("news-page"), "page.html")).text).toContain(expected);
  });

  test.each(NEWS_PAGE_CHROME)("leaves out the page chrome %j", async (chrome) => {
    expect((await readHtml(fixture("news-page"), "page.html")).text).not.toContain(chrome);
  });

  test("reads the title, date, publisher, author and canonical URL from the page's metadata", async () => {
    expect((await readHtml(fixture("news-page"), "page.html")).meta).toEqual({
      title: "Westshire front door praised by Ofsted",
      published: "2023-11-14",
      publisher: "Children's Services Weekly",
      author: "Sam Writer",
      url: "https://news.example.org/news/westshire-front-door-praised",
    });
  });

  test("makes the headline a level-1 heading block and the sub-heading level 2", async () => {
    const document = await readHtml(fixture("news-page"), "page.html");
    const headings = document.blocks.filter((block) => block.type === "heading");
    expect(headings.map((block) => [document.text.slice(block.start, block.end), block.depth])).toEqual([
      ["Westshire front door praised by Ofsted", 1],
      ["What inspectors found", 2],
    ]);
  });
});

describe("readHtml on other pages", () => {
  test("leaves out a GOV.UK page's cookie banner, breadcrumbs, feedback form and licence footer", async () => {
    const { text, meta } = await readHtml(fixture("gov-page"), "page.html");
    for (const chrome of ["cookies", "Skip to main content", "Education, training and skills", "Is this page useful?", "Report a problem", "Open Government Licence", "Crown copyright", "Print this page", "Government activity"]) {
      expect(text).not.toContain(chrome);
    }
    expect(text).toContain("What needs to improve in this area of social work practice?\n\n- The timeliness of initial child protection conferences.\n- The quality of written plans for children in need.");
    expect(meta.published).toBe("2024-03-03");
  });

  test("turns bullet lines separated by <br> into list items, and joins other <br> lines with a space", async () => {
    const { text, meta } = await readHtml(fixture("press-release-br-bullets"), "page.html");
    expect(text).toContain("following a focused visit to the council's children's services in May.");
    expect(text).toContain("The inspectors highlighted:\n\n- Most children are seen quickly after a referral is received.\n- Managers know their teams well");
    expect(text).not.toContain("Back to news");
    expect(text).not.toContain("Posted on");
    expect(meta.published).toBe("2019-06-12");
  });

  test("warns when a page holds little article text", async () => {
    const { warnings } = await readHtml(fixture("no-article"), "page.html");
    expect(warnings.join(" ")).toMatch(/little article text/);
  });

  test("decodes a Windows-1252 page by its <meta charset>, keeping the pound sign and curly quotes", async () => {
    const html = `<html><head><meta charset="windows-1252"><title>Costs</title></head><body><article><h1>Costs</h1>
      <p>The council’s “front door” review cost £15,000, said the report, which found that most children were seen quickly by social workers.</p>
      <p>Inspectors said that managers’ oversight of decisions was effective and that thresholds were well understood by partners.</p></article></body></html>`;
    const document = await readHtml(iconv.encode(html, "windows-1252"), "page.html");
    expect(document.text).toContain("The council’s “front door” review cost £15,000");
    expect(document.warnings).toEqual([]);
  });

  test("refuses a page with no text", async () => {
    await expect(read("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>")).rejects.toThrow(ReaderError);
  });
});

describe("readBodyBlocks, the fallback when Readability finds no article", () => {
  test("reads the article of the news page without its navigation, header, footer, sidebar, forms and chrome", () => {
    const text = readBodyBlocks(parseDocument(fixture("news-page").toString("utf8")))
      .map((block) => block.text)
      .join("\n");
    expect(text).toContain("Managers provide regular and effective oversight of decisions in the MASH.");
    expect(text).toContain("Ofsted recommends that the council improves the recording of management decisions");
    for (const chrome of ["We use cookies", "Jobs Board", "Search the site", "Share on Facebook", "ADVERT-TEXT", "newsletter", "RELATED-STORY-ONE", "SIDEBAR-MOST-READ", "Example Media", "NOSCRIPT-PIXEL", "TRACKING-SCRIPT-TEXT"]) {
      expect(text).not.toContain(chrome);
    }
  });
});
