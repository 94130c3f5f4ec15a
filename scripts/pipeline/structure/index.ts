/**
 * Stage 1, structure: a unified plugin that decides what each block of the tree is
 * (title, heading, lead-in, furniture or body) and which section it stands under.
 */
import type { Root } from "../tree-types.ts";
import type { VFile } from "vfile";
import { assignSections } from "./assign-sections.ts";
import { flattenBlocks } from "./flatten-blocks.ts";
import { markFurniture } from "./mark-furniture.ts";
import type { SectionHeadings } from "./section-kinds.ts";

export type { SectionHeadings } from "./section-kinds.ts";

/** The structure plugin; options give the taxonomy's section headings. */
export function remarkStructure(options: { sectionHeadings: SectionHeadings }) {
  return (tree: Root, file: VFile): void => {
    const blocks = flattenBlocks(tree);
    const bodyStart = markFurniture(blocks);
    assignSections(blocks, bodyStart, options.sectionHeadings);
    if (!blocks.some((b) => b.data.role === "body")) {
      file.message("no body text found: every line looks like a heading, navigation or letter furniture", {
        ruleId: "no-body",
        source: "structure",
      });
    }
  };
}
