import { parse } from "yaml";
import { toIsoDate } from "../iso-date.ts";
import type { SourceMeta } from "../source-document.ts";

/** A Markdown file split into its front matter's metadata and its body. */
export interface SplitMarkdown {
  meta: SourceMeta;
  body: string;
  warnings: string[];
}

const FENCE = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

// Front-matter keys that static-site generators and exporters use for each field, in order of preference.
const KEYS = {
  title: ["title", "headline"],
  published: ["published", "date", "pubDate", "publishDate", "published_at", "datePublished"],
  publisher: ["publisher", "source", "site", "site_name", "siteName"],
  author: ["author", "authors", "byline"],
  url: ["url", "canonical", "canonical_url", "canonicalUrl", "link", "source_url", "sourceUrl", "source"],
} as const;

/** Splits YAML front matter (between "---" lines) off a Markdown text and maps its fields to SourceMeta. */
export function splitFrontMatter(markdown: string): SplitMarkdown {
  const fence = FENCE.exec(markdown);
  if (!fence) return { meta: {}, body: markdown, warnings: [] };
  const body = markdown.slice(fence[0].length);
  let data: unknown;
  try {
    data = parse(fence[1] ?? "");
  } catch (error) {
    return { meta: {}, body, warnings: [`The front matter is not valid YAML and was ignored (${(error as Error).message.split("\n")[0]}).`] };
  }
  if (typeof data !== "object" || data === null) return { meta: {}, body, warnings: [] };
  return { meta: metaFrom(data as Record<string, unknown>), body, warnings: [] };
}

function metaFrom(data: Record<string, unknown>): SourceMeta {
  const meta: SourceMeta = {};
  const title = firstValue(data, KEYS.title);
  if (title) meta.title = title;
  const published = firstValue(data, KEYS.published);
  if (published) meta.published = toIsoDate(published) ?? published;
  const publisher = firstValue(data, KEYS.publisher, (value) => !isUrl(value));
  if (publisher) meta.publisher = publisher;
  const author = firstValue(data, KEYS.author);
  if (author) meta.author = author;
  const url = firstValue(data, KEYS.url, isUrl);
  if (url) meta.url = url;
  return meta;
}

function firstValue(data: Record<string, unknown>, keys: readonly string[], accept = (_: string) => true): string | undefined {
  for (const key of keys) {
    const value = asText(data[key]);
    if (value && accept(value)) return value;
  }
  return undefined;
}

/** Front matter writes a field as a string, a date, a list, or an object with a name. */
function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(asText).filter(Boolean).join(", ") || undefined;
  if (typeof value === "object" && value !== null && "name" in value) return asText(value.name);
  return undefined;
}

function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}
