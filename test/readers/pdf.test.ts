import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readPdf } from "../../scripts/readers/pdf.ts";
import { collectVocabulary, joinLine } from "../../scripts/readers/pdf/join-lines.ts";
import { ReaderError, type Reader, type SourceDocument } from "../../scripts/readers/source-document.ts";
import { makePdf, type PlacedText } from "../fixtures/readers/pdf/make-pdf.ts";

/** Running header and footers that every page of the sample report carries. */
function furniture(page: number, pages: number): PlacedText[] {
  return [
    { x: 72, y: 800, size: 8, text: "Inspection of Testshire local authority children’s services" },
    { x: 72, y: 40, size: 8, text: `Page ${page} of ${pages}` },
    { x: 72, y: 28, size: 8, text: "www.example.gov.uk/testshire" },
    { x: 500, y: 30, size: 16, text: String(page) },
  ];
}

/** Body lines at a 14.5pt leading from a top baseline. */
function lines(x: number, top: number, texts: string[]): PlacedText[] {
  return texts.map((text, i) => ({ x, y: top - i * 14.5, text }));
}

const SAMPLE = makePdf(
  [
    [
      ...furniture(1, 2),
      { x: 72, y: 740, size: 20, bold: true, text: "Inspection of Testshire" },
      { x: 72, y: 700, size: 14, bold: true, text: "What needs to improve" },
      { x: 72, y: 672, text: "•" },
      ...lines(90, 672, ["Plans for children are not always specific."]),
      { x: 72, y: 652, text: "•" },
      ...lines(90, 652, ["Managers do not consistently record their oversight of practice with", "children and families."]),
      ...lines(72, 590, [
        "Social workers complete a thorough assess-",
        "ment of each child’s needs. They arrange a timely follow-",
        "up visit and help young people aged 16-",
        "and 17-year-olds who present as homeless.",
      ]),
      ...lines(72, 110, ["The local authority has worked hard over the last year to improve the"]),
    ],
    [
      ...furniture(2, 2),
      ...lines(72, 740, ["quality of its services for care leavers."]),
      { x: 72, y: 700, text: "Overall effectiveness" },
      { x: 400, y: 700, text: "Good" },
      ...lines(72, 660, ["Inspectors found that children are seen regularly."]),
    ],
  ],
  { title: "Inspection of Testshire", creationDate: "D:20230214161956+00'00'" },
);

/** readPdf is a Reader; the options argument is an extra. */
const asReader: Reader = readPdf;
const read = (bytes: Uint8Array, options?: { maxPages?: number }) => (options ? readPdf(bytes, "test.pdf", options) : asReader(bytes, "test.pdf"));

function pageOf(doc: SourceDocument, offset: number): number | undefined {
  return doc.pages.find((page) => offset >= page.start && offset < page.end)?.number;
}

describe("readPdf on a generated two-page report", () => {
  test("drops the running header, page numbers and the repeated footer", async () => {
    const { text } = await read(SAMPLE);
    expect(text).not.toContain("Inspection of Testshire local authority");
    expect(text).not.toMatch(/Page \d of \d/);
    expect(text).not.toContain("www.example.gov.uk/testshire");
    expect(text.split("\n")).not.toContain("2");
  });

  test("re-joins a word hyphenated across lines but keeps real hyphens", async () => {
    const { text } = await read(SAMPLE);
    expect(text).toContain("a thorough assessment of each child’s needs");
    expect(text).toContain("a timely follow-up visit");
    expect(text).toContain("aged 16- and 17-year-olds who present as homeless.");
    expect(text).not.toMatch(/-\n/);
  });

  test("joins a sentence broken by a page break and maps each page to its text", async () => {
    const doc = await read(SAMPLE);
    const sentence = "The local authority has worked hard over the last year to improve the quality of its services for care leavers.";
    const at = doc.text.indexOf(sentence);
    expect(at).toBeGreaterThan(-1);
    expect(pageOf(doc, at)).toBe(1);
    expect(pageOf(doc, doc.text.indexOf("quality of its services"))).toBe(2);
  });

  test("writes bullets as list items, one per line, with wrapped lines joined", async () => {
    const doc = await read(SAMPLE);
    expect(doc.text).toContain(
      "What needs to improve\n\n- Plans for children are not always specific.\n- Managers do not consistently record their oversight of practice with children and families.\n\n",
    );
    const items = doc.blocks.filter((block) => block.type === "list-item").map((block) => doc.text.slice(block.start, block.end));
    expect(items).toEqual([
      "- Plans for children are not always specific.",
      "- Managers do not consistently record their oversight of practice with children and families.",
    ]);
  });

  test("marks larger and bold lines as headings, the biggest at depth 1", async () => {
    const doc = await read(SAMPLE);
    const headings = doc.blocks.filter((block) => block.type === "heading").map((block) => [doc.text.slice(block.start, block.end), block.depth]);
    expect(headings).toEqual([
      ["Inspection of Testshire", 1],
      ["What needs to improve", 2],
    ]);
  });

  test("writes a table row as its cells joined by a bar", async () => {
    const { text } = await read(SAMPLE);
    expect(text).toContain("\n\nOverall effectiveness | Good\n\n");
  });

  test("takes the title and creation date from the information dictionary", async () => {
    const doc = await read(SAMPLE);
    expect(doc.format).toBe("pdf");
    expect(doc.meta).toEqual({ title: "Inspection of Testshire", published: "2023-02-14" });
    expect(doc.warnings).toEqual([]);
  });

  test("stops at maxPages and says so", async () => {
    const doc = await read(SAMPLE, { maxPages: 1 });
    expect(doc.pages.map((page) => page.number)).toEqual([1]);
    expect(doc.warnings.join(" ")).toMatch(/first 1 of 2 pages/);
    expect(doc.text).not.toContain("Overall effectiveness");
  });
});

describe("joinLine at a line-end hyphen", () => {
  const vocabulary = collectVocabulary(["Safeguarding is strong.", "A child-centred and well-being focus."]);
  const cases: [string, string, string][] = [
    ["a thorough assess-", "ment of need", "a thorough assessment of need"],
    ["the safe-", "guarding board", "the safeguarding board"],
    ["a timely follow-", "up visit", "a timely follow-up visit"],
    ["effective multi-", "agency work", "effective multi-agency work"],
    ["a child-", "centred approach", "a child-centred approach"],
    ["an out-of-", "hours service", "an out-of-hours service"],
    ["aged 16-", "and 17-year-olds", "aged 16- and 17-year-olds"],
    ["for care leavers post-", "16. There are", "for care leavers post-16. There are"],
    ["the pan-", "London protocol", "the pan-London protocol"],
    ["see www.gov.uk/", "ofsted for more", "see www.gov.uk/ofsted for more"],
    ["children and", "families", "children and families"],
  ];
  test.each(cases)("joins %j and %j as %j", (left, right, joined) => {
    expect(joinLine(left, right, vocabulary)).toBe(joined);
  });
});

describe("readPdf on inputs it cannot read", () => {
  const noText = makePdf([[]]);
  const encrypted = makePdf([[{ x: 72, y: 700, text: "Secret" }]], { encrypted: true });
  const cases: [string, Uint8Array, RegExp][] = [
    ["an empty file", new Uint8Array(), /empty/],
    ["binary junk", Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 251), /not a PDF/],
    ["a truncated PDF", SAMPLE.slice(0, Math.floor(SAMPLE.length / 2)), /truncated or corrupt/],
    ["an encrypted PDF", encrypted, /encrypted.*password/],
    ["a PDF without a text layer", noText, /no text layer \(scanned\?\)/],
  ];
  test.each(cases)("throws a ReaderError naming the problem for %s", async (_, bytes, message) => {
    const error = await read(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReaderError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain("test.pdf");
  });
});

describe("known gaps", () => {
  test.todo("splits a two-column legend whose columns are less than 2 ems apart (2013 grade scale: 'Outstanding (Grade 1)  A service that…')");
  test.todo("tells bold from italic when the font name is missing (Type3 or unnamed subset fonts)");
});

const CORPUS = "/work/shared/corpus/ofsted";
const corpusFiles = existsSync(CORPUS)
  ? readdirSync(CORPUS, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".pdf")).sort()
  : [];
/** Every sixth report (about 60), spread over the years; `node scripts/readers/pdf-dump.ts --check DIR` reads them all. */
const SAMPLE_FILES = corpusFiles.filter((_, i) => i % 6 === 0);

describe.skipIf(corpusFiles.length === 0)(`readPdf on the Ofsted corpus (skipped: ${CORPUS} is absent)`, () => {
  const docs = new Map<string, SourceDocument>();
  const load = async () => {
    if (docs.size > 0) return docs;
    for (const file of SAMPLE_FILES) docs.set(file, await readPdf(new Uint8Array(readFileSync(join(CORPUS, file))), file));
    return docs;
  };

  test("reads every sampled report to non-empty text", { timeout: 120_000 }, async () => {
    const read = await load();
    expect(read.size).toBe(SAMPLE_FILES.length);
    for (const [file, doc] of read) expect(doc.text.length, file).toBeGreaterThan(2000);
  });

  test("leaves no page numbers or 'Page N of M' lines", { timeout: 120_000 }, async () => {
    for (const [file, doc] of await load()) {
      const leftovers = doc.text.split("\n").filter((line) => /^\s*(page\s+\d+\s+of\s+\d+|\d{1,3})\s*$/i.test(line));
      expect(leftovers, file).toEqual([]);
    }
  });

  test("leaves no words broken by a hyphen at a line end", { timeout: 120_000 }, async () => {
    for (const [file, doc] of await load()) expect(doc.text, file).not.toMatch(/[A-Za-z]-\n/);
  });

  test("finds the improvement section in most reports", { timeout: 120_000 }, async () => {
    const read = [...(await load()).values()];
    const withSection = read.filter((doc) => /What needs to improve|Areas for improvement|Recommendations/.test(doc.text));
    expect(withSection.length / read.length).toBeGreaterThan(0.9);
  });

  test("gives ILACS reports (2018 on) their judgement table as 'Area | Grade' rows", { timeout: 120_000 }, async () => {
    const ilacs = [...(await load())].filter(([file]) => Number(/\/(\d{4})-/.exec(file)?.[1]) >= 2019);
    expect(ilacs.length).toBeGreaterThan(10);
    for (const [file, doc] of ilacs) {
      expect(doc.text, file).toMatch(/^Overall effectiveness \| (Outstanding|Good|Requires improvement to be good|Inadequate)$/m);
    }
  });

  test("maps pages monotonically over the whole text, and keeps blocks inside it", { timeout: 120_000 }, async () => {
    for (const [file, doc] of await load()) {
      expect(doc.pages[0]?.start, file).toBe(0);
      expect(doc.pages.at(-1)?.end, file).toBe(doc.text.length);
      doc.pages.forEach((page, i) => {
        expect(page.start, file).toBeLessThanOrEqual(page.end);
        if (i > 0) expect(page.start, file).toBe(doc.pages[i - 1]!.end);
      });
      for (const block of doc.blocks) expect(block.end, file).toBeLessThanOrEqual(doc.text.length);
      expect(doc.blocks.some((block) => block.type === "heading"), file).toBe(true);
    }
  });
});
