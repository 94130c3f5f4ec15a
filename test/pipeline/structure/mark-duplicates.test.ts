/** Blocks that repeat an earlier one word for word (an image caption repeating the standfirst) become furniture. */
import { describe, expect, test } from "vitest";
import { markDuplicates } from "../../../scripts/pipeline/structure/mark-duplicates.ts";
import type { FlatBlock } from "../../../scripts/pipeline/structure/flatten-blocks.ts";

/** Blocks of these texts (a role of "furniture" for those given one), and what markDuplicates marked. */
function duplicates(texts: string[], furnitureAt: number[] = []): number[] {
  const blocks = texts.map((text, i) => ({ text, data: furnitureAt.includes(i) ? { role: "furniture" } : {} }) as unknown as FlatBlock);
  const marked: number[] = [];
  markDuplicates(blocks, (block, reason) => {
    expect(reason).toBe("duplicate");
    marked.push(blocks.indexOf(block));
  });
  return marked;
}

const STANDFIRST = "Inspectors found that children in care are well supported by their social workers.";

describe("markDuplicates", () => {
  test("marks a later block repeating an earlier one, whatever its case and white space", () => {
    expect(duplicates([STANDFIRST, "Another paragraph of the article, long enough.", `  ${STANDFIRST.toUpperCase().replace(/ /g, "\n ")}  `])).toEqual([2]);
  });

  test("marks every repeat after the first, and never the first", () => {
    expect(duplicates([STANDFIRST, STANDFIRST, "A different paragraph of some length here.", STANDFIRST])).toEqual([1, 3]);
  });

  test("compares texts past ASCII as the engine lower-cases them (the Kelvin sign is a k)", () => {
    const curly = "The council’s leader said the findings were a fair picture.";
    expect(duplicates([curly, curly.replace("The", "THE")])).toEqual([1]);
    expect(duplicates(["Children's social work at Kent was praised.", "Children's social work at \u212Aent was praised."])).toEqual([1]);
  });

  test("leaves short repeats, unique blocks and repeats of furniture alone", () => {
    expect(duplicates(["Read more", "Read more", "Short line of thirty chars ok.", "Short line of thirty chars ok."])).toEqual([]);
    expect(duplicates([STANDFIRST, "Another paragraph of the article, long enough."])).toEqual([]);
    expect(duplicates([STANDFIRST, STANDFIRST], [0])).toEqual([]);
  });
});
