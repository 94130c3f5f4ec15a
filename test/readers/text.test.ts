import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ReaderError } from "../../scripts/readers/source-document.ts";
import { readText } from "../../scripts/readers/text.ts";
import { normalisePlainText } from "../../scripts/readers/text/normalise-plain-text.ts";
import { expectGolden, FIXTURES, fixtureCases } from "./golden-fixtures.ts";

const read = (text: string) => readText(Buffer.from(text, "utf8"), "input.txt");

describe("readText golden fixtures", () => {
  test.each(fixtureCases("text"))("%s", async (name) => {
    const dir = join(FIXTURES, "text", name);
    const document = await readText(readFileSync(join(dir, "input.txt")), "input.txt");
    expectGolden(join(dir, "expected.txt"), document.text);
  });
});

describe("readText", () => {
  test("returns the normalised text with no blocks or pages: the structure stage infers them", async () => {
    const document = await read("Kent improves front door service\n\nInspectors found:\n\n• The front door is efficient.");
    expect(document).toEqual({
      format: "text",
      text: "Kent improves front door service\n\nInspectors found:\n\n- The front door is efficient.",
      pages: [],
      blocks: [],
      meta: {},
      warnings: [],
    });
  });

  test("joins a sentence broken by a page break in the Kent letter", async () => {
    const document = await readText(readFileSync(join(FIXTURES, "text/letter-with-page-breaks/input.txt")), "input.txt");
    expect(document.text).toContain("manage these effectively in the longer term. There has been");
    expect(document.text).toContain("Children's records are written thoughtfully and respectfully");
  });

  test("keeps the address, salutation and sign-off lines of a letter apart", async () => {
    const document = await readText(readFileSync(join(FIXTURES, "text/letter-with-page-breaks/input.txt")), "input.txt");
    for (const line of ["Ofsted", "Piccadilly Gate", "M1 2WD", "27 February 2024", "Dear Ms Hammond", "Yours sincerely", "Amanda Maxwell", "His Majesty's Inspector"]) {
      expect(document.text.split("\n")).toContain(line);
    }
  });

  test("removes a PDF copy's running headers and page numbers at form feeds, keeps its title, and re-joins the cut sentence", async () => {
    const document = await readText(readFileSync(join(FIXTURES, "text/pdf-copy-with-running-headers/input.txt")), "input.txt");
    expect(document.text.startsWith("Inspection of Westshire local authority children's services\n\n")).toBe(true);
    expect(document.text.match(/Inspection of Westshire/g)).toHaveLength(1);
    for (const furniture of ["4 to 8 March 2024 2", "4 to 8 March 2024 3", "Page 3 of 3", "\f"]) expect(document.text).not.toContain(furniture);
    expect(document.text).toContain("since the last inspection in the longer term. Strategy meetings are timely");
  });

  test("keeps a list under one heading apart from numbered paragraphs after it", async () => {
    const document = await read("What needs to improve?\n\n◼ Plans.\n◼ Supervision.\n\n2. Social workers know their children well.");
    expect(document.text).toBe("What needs to improve?\n\n- Plans.\n- Supervision.\n\n- Social workers know their children well.");
  });

  test("refuses an empty file with a ReaderError", async () => {
    await expect(readText(new Uint8Array(), "empty.txt")).rejects.toThrow(ReaderError);
  });
});

describe("normalisePlainText", () => {
  test.each([
    ["joins a hard-wrapped line that continues in lower case", "Most children receive a timely and\nappropriate response.", "Most children receive a timely and appropriate response."],
    ["joins across a page break when the next part starts in lower case", "Leaders manage workload pressures in the longer\n\nterm. Caseloads fell.", "Leaders manage workload pressures in the longer term. Caseloads fell."],
    ["re-joins a word hyphenated across lines", "The quality of assess-\nment has improved.", "The quality of assessment has improved."],
    ["keeps the hyphen of a compound split at it", "The work of the multi-\nagency safeguarding hub is strong.", "The work of the multi-agency safeguarding hub is strong."],
    ["keeps a hyphen the document writes elsewhere", "Child-centred work. Practice is child-\ncentred and kind.", "Child-centred work. Practice is child-centred and kind."],
    ["keeps a heading apart from the paragraph under it", "Headline findings\nMost children receive a timely response.", "Headline findings\n\nMost children receive a timely response."],
    ["keeps navigation links on their own lines", "Make an Enquiry\nContact Us\nclosechevron-downbars linkedin facebook", "Make an Enquiry\n\nContact Us\n\nclosechevron-downbars linkedin facebook"],
    ["keeps a sentence apart from the next one on its own line", "The front door is efficient.\nManagers are knowledgeable.", "The front door is efficient.\n\nManagers are knowledgeable."],
    ["does not join a complete sentence to a lower-case line after a blank line", "Inspectors found that most decisions were appropriate.\n\nand then", "Inspectors found that most decisions were appropriate.\n\nand then"],
    ["does not join a short capitalised line to a lower-case paragraph", "Contact Us\n\nclosechevron-downbars linkedin", "Contact Us\n\nclosechevron-downbars linkedin"],
    ["joins a long line that ends on a word a sentence cannot end on", "Leaders have improved the quality of assessments and the use of\nKent Support Levels across the county.", "Leaders have improved the quality of assessments and the use of Kent Support Levels across the county."],
    [
      "joins the lines of a paragraph wrapped with a proportional font, even where a sentence ends with a line",
      "Headline findings\nMost children referred to the front door service receive a timely and\nappropriate response. Managers and social workers show a clear grasp\nof risk. Thresholds are applied appropriately across all of the teams.\nManagement oversight is effective and decisions are well recorded.\nWhat needs to improve",
      "Headline findings\n\nMost children referred to the front door service receive a timely and appropriate response. Managers and social workers show a clear grasp of risk. Thresholds are applied appropriately across all of the teams. Management oversight is effective and decisions are well recorded.\n\nWhat needs to improve",
    ],
    ["joins the wrapped continuation of a list item", "- The quality of management oversight and\n  supervision.\n- Health partners.", "- The quality of management oversight and supervision.\n- Health partners."],
    ["turns list items separated by blank lines into one list", "- One.\n\n- Two.", "- One.\n- Two."],
    ["collapses tabs, runs of spaces and no-break spaces", "The report\tsaid  the service\u00a0had improved. ", "The report said the service had improved."],
  ])("%s", (_, input, expected) => {
    expect(normalisePlainText(input)).toBe(expected);
  });

  test.each([["• "], ["  • "], ["- "], ["* "], ["– "], ["1. "], ["2) "], ["(a) "], ["(iv) "], ["▪ "]])("writes a %j bullet as \"- item\"", (marker) => {
    expect(normalisePlainText(`Inspectors found:\n${marker}Thresholds are well understood.`)).toBe("Inspectors found:\n\n- Thresholds are well understood.");
  });

  test("does not take a year or a sentence starting with a number for a list item", () => {
    expect(normalisePlainText("2017. A year to remember.\n\n16 and 17-year-olds are housed quickly.")).toBe("2017. A year to remember.\n\n16 and 17-year-olds are housed quickly.");
  });
});
