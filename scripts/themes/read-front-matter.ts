import { parse } from "yaml";

/** The parts of an MDX or Markdown file: its YAML front matter (parsed) and its body. */
export interface FrontMatterFile {
  data: unknown;
  body: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a file into its YAML front matter and body; a file without front matter has data null. */
export function readFrontMatter(source: string, path = "<input>"): FrontMatterFile {
  const m = FENCE.exec(source.replace(/^\uFEFF/, ""));
  if (m === null) return { data: null, body: source };
  try {
    return { data: parse(m[1] as string) as unknown, body: source.slice(m[0].length) };
  } catch (error) {
    throw new Error(`${path}: the front matter is not valid YAML (${(error as Error).message})`);
  }
}
