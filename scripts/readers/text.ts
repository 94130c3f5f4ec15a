import { decodeText } from "./decode-text.ts";
import type { Reader } from "./source-document.ts";
import { normalisePlainText } from "./text/normalise-plain-text.ts";

/** Reads a plain-text file (.txt): decodes it and normalises it to the SourceDocument conventions; structure is left to the pipeline. */
export const readText: Reader = async (bytes) => {
  const decoded = decodeText(bytes, undefined, { keepFormFeeds: true });
  return {
    format: "text",
    text: normalisePlainText(decoded.text),
    pages: [],
    blocks: [],
    meta: {},
    warnings: decoded.warnings,
  };
};
