import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { decodeText } from "./decode-text.ts";
import { splitFrontMatter } from "./markdown/front-matter-meta.ts";
import { mdastToText } from "./markdown/mdast-to-text.ts";
import { ReaderError, type Reader } from "./source-document.ts";

/**
 * Reads a Markdown file (.md): YAML front matter becomes metadata; headings, paragraphs and list items
 * become text and blocks. Raw HTML and code blocks are dropped, so no markup or script reaches the text.
 */
export const readMarkdown: Reader = async (bytes) => {
  const decoded = decodeText(bytes);
  const { meta, body, warnings } = splitFrontMatter(decoded.text);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body);
  const { text, blocks } = mdastToText(tree);
  if (text === "") throw new ReaderError("no text: the Markdown holds only front matter, markup or code");
  const title = meta.title ?? firstTitle(text, blocks);
  return {
    format: "markdown",
    text,
    pages: [],
    blocks,
    meta: title ? { ...meta, title } : meta,
    warnings: [...decoded.warnings, ...warnings],
  };
};

function firstTitle(text: string, blocks: ReturnType<typeof mdastToText>["blocks"]): string | undefined {
  const heading = blocks.find((block) => block.type === "heading" && block.depth === 1);
  return heading ? text.slice(heading.start, heading.end) : undefined;
}
