/** Reads title, author and date from a PDF's information dictionary. */
import { PDFDateString } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { SourceMeta } from "../source-document.ts";

const EARLIEST_YEAR = 1995;

/** SourceMeta from the info dictionary: Title (unless it is a file name), Author, CreationDate as an ISO date. */
export function metaFromInfo(info: Record<string, unknown>, now = new Date()): SourceMeta {
  const meta: SourceMeta = {};
  const title = cleanTitle(info["Title"]);
  if (title) meta.title = title;
  const author = typeof info["Author"] === "string" ? info["Author"].trim() : "";
  if (author) meta.author = author;
  const published = isoDate(info["CreationDate"], now);
  if (published) meta.published = published;
  return meta;
}

/** Word exports often carry "Microsoft Word - draft v3.docx" as the title; that is a file name, not a title. */
function cleanTitle(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const title = value.replace(/\s+/g, " ").trim();
  if (title === "" || /^microsoft word\b/i.test(title) || /\.(docx?|pdf|rtf|odt|indd)$/i.test(title)) return undefined;
  if (/^untitled$/i.test(title)) return undefined;
  return title;
}

/** "D:20230214161956+00'00'" to "2023-02-14", only for dates between 1995 and now. */
function isoDate(value: unknown, now: Date): string | undefined {
  if (typeof value !== "string") return undefined;
  const date = PDFDateString.toDateObject(value);
  if (!date || Number.isNaN(date.getTime())) return undefined;
  if (date.getUTCFullYear() < EARLIEST_YEAR || date.getTime() > now.getTime() + 86_400_000) return undefined;
  return date.toISOString().slice(0, 10);
}
