/**
 * Build-time data loading for the site: the extraction, the authority register and the themes.
 *
 * Everything reads files synchronously with node:fs (no astro:content), so the same
 * functions work in Astro pages, endpoints, scripts and tests. Results are cached per
 * process. Paths can be overridden by environment variables, which is how the site is
 * built from a fixture (EXTRACTION_FILE=test/fixtures/site/extraction.json).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import {
  AuthoritySchema,
  DocumentSchema,
  ExtractionSchema,
  ThemeSchema,
  type Authority,
  type ExtractedDocument,
  type Extraction,
  type Theme,
} from "../schemas/index.ts";
import { buildCorpusIndex, type CorpusIndex } from "./corpus-index.ts";
import { readExtraction } from "./read-extraction-documents.ts";
import type { FindingRef } from "./finding-ref.ts";
import { registerDocuments } from "./urls.ts";
import { SharedValues } from "./share-repeated-values.ts";
import { buildSimilarityIndex, similarFindings, type SimilarityIndex } from "./similar-findings.ts";

export type { CorpusIndex } from "./corpus-index.ts";
export type { FindingRef } from "./finding-ref.ts";

/** Path of the extraction the site renders: env EXTRACTION_FILE, else generated/extraction.json. */
export function extractionPath(): string {
  return resolve(process.env["EXTRACTION_FILE"] ?? "generated/extraction.json");
}

/** Path of the authority register: env AUTHORITIES_FILE, else content/authorities/authorities.json. */
export function authoritiesPath(): string {
  return resolve(process.env["AUTHORITIES_FILE"] ?? "content/authorities/authorities.json");
}

/** Folder of the theme MDX files (also the content collection's base, which cannot follow an env variable). */
export function themesDir(): string {
  return resolve("content/themes");
}

let extractionCache: Extraction | undefined;
let authoritiesCache: Authority[] | undefined;
let themesCache: Theme[] | undefined;
let indexCache: CorpusIndex | undefined;
let similarityCache: SimilarityIndex | undefined;

/** The extraction, validated against ExtractionSchema (cached). Throws, naming the file, when it is missing or invalid. */
export function loadExtraction(): Extraction {
  if (extractionCache) return extractionCache;
  // The site only reads it: repeated values share one copy (about half the heap; share-repeated-values.ts).
  const shared = new SharedValues();
  extractionCache = readExtractionFile(extractionPath(), STREAM_ABOVE_BYTES, (document) => shared.share(document));
  // Long documents are split into parts; findingUrl needs the documents to find a finding's part.
  registerDocuments(extractionCache.documents);
  return extractionCache;
}

/** Files larger than this are read a document at a time: V8 cannot hold much more than 512 MB in one string. */
export const STREAM_ABOVE_BYTES = 256e6;

/**
 * Reads and validates an extraction file, uncached. Throws, naming the file, when it is missing or
 * invalid. A file over `streamAbove` bytes (a corpus ten times the real one makes 1.5 GB) is read a
 * document at a time rather than as one string. `eachDocument` sees each validated document as it is made.
 */
export function readExtractionFile(
  path: string,
  streamAbove = STREAM_ABOVE_BYTES,
  eachDocument: (document: ExtractedDocument) => ExtractedDocument = (document) => document,
): Extraction {
  assertExtractionExists(path);
  if (statSync(path).size > streamAbove) {
    const documents: ExtractedDocument[] = [];
    const errors = readExtraction(path, (document) => void documents.push(eachDocument(document)));
    return { documents, errors };
  }
  return parseJsonFile(path, (json) => validateExtraction(json, eachDocument));
}

/** Throws, saying how to make one, when there is no extraction file at `path`. */
export function assertExtractionExists(path: string): void {
  if (!existsSync(path)) {
    throw new Error(`No extraction at ${path}: run \`npm run extract -- --out ${path} content/reports\` or set EXTRACTION_FILE.`);
  }
}

/**
 * ExtractionSchema.parse, a document at a time: each validated document replaces its raw one as
 * soon as it is made, so the raw and validated copies of the whole corpus are never both held
 * (on the real corpus that was 800 MB at once rather than 500). Errors name the document.
 */
export function validateExtraction(json: unknown, eachDocument: (document: ExtractedDocument) => ExtractedDocument = (d) => d): Extraction {
  const shell = ExtractionSchema.extend({ documents: z.array(z.unknown()) }).parse(json);
  const documents = shell.documents;
  for (let i = 0; i < documents.length; i++) {
    const result = DocumentSchema.safeParse(documents[i]);
    if (!result.success) {
      const id = (documents[i] as { id?: unknown } | null)?.id;
      throw new Error(`document ${i}${typeof id === "string" ? ` (${id})` : ""}: ${result.error.message}`);
    }
    documents[i] = eachDocument(result.data);
  }
  return shell as Extraction;
}

/** The 153 authorities, validated and sorted by name (cached). */
export function loadAuthorities(): Authority[] {
  if (authoritiesCache) return authoritiesCache;
  const path = authoritiesPath();
  if (!existsSync(path)) throw new Error(`No authority register at ${path}: run \`npm run authorities\` or set AUTHORITIES_FILE.`);
  const list = parseJsonFile(path, (json) => AuthoritySchema.array().parse(json));
  authoritiesCache = list.sort((a, b) => compareText(a.name, b.name) || compareText(a.code, b.code));
  return authoritiesCache;
}

/** The themes' front matter from content/themes/*.mdx, validated and sorted by label (cached). */
export function loadThemes(): Theme[] {
  themesCache ??= readThemes(themesDir());
  return themesCache;
}

/** Read and validate the front matter of every *.mdx in a folder, sorted by label then id. */
export function readThemes(dir: string): Theme[] {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.mdx$/.test(f) && !f.startsWith("_")).sort() : [];
  return files
    .map((file) => {
      const path = join(dir, file);
      const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, "utf8"))?.[1];
      if (frontMatter === undefined) throw new Error(`${path} has no front matter.`);
      return ThemeSchema.parse(parseYaml(frontMatter));
    })
    .sort((a, b) => compareText(a.label, b.label) || compareText(a.id, b.id));
}

/** The lookups over the extraction and the register (cached). */
export function loadCorpusIndex(): CorpusIndex {
  indexCache ??= buildCorpusIndex(loadExtraction(), loadAuthorities());
  return indexCache;
}

/** Up to `limit` similar findings from other authorities (see similarFindings), over a cached index. */
export function getSimilarFindings(ref: FindingRef, limit = 3): FindingRef[] {
  similarityCache ??= buildSimilarityIndex(loadCorpusIndex().findings);
  return similarFindings(ref, similarityCache, limit);
}

/** The document with this id, or undefined. */
export function getDocumentById(id: string): ExtractedDocument | undefined {
  return loadCorpusIndex().documentsById.get(id);
}

/** The finding with this id and its document, or undefined. */
export function getFindingById(id: string): FindingRef | undefined {
  return loadCorpusIndex().findingsById.get(id);
}

/** The authority with this ONS code, or undefined. */
export function getAuthorityByCode(code: string): Authority | undefined {
  return loadCorpusIndex().authoritiesByCode.get(code);
}

/** The authority with this URL slug, or undefined. */
export function getAuthorityBySlug(slug: string): Authority | undefined {
  return loadCorpusIndex().authoritiesBySlug.get(slug);
}

/** The theme with this id, or undefined. */
export function getThemeById(id: string): Theme | undefined {
  return loadThemes().find((t) => t.id === id);
}

/** Findings tagged with a theme, newest first. */
export function getFindingsByTheme(themeId: string): FindingRef[] {
  return loadCorpusIndex().findingsByTheme.get(themeId) ?? [];
}

/** Findings about an authority (by ONS code), newest first. */
export function getFindingsByAuthority(code: string): FindingRef[] {
  return loadCorpusIndex().findingsByAuthority.get(code) ?? [];
}

/** Documents whose subject is an authority (by ONS code), newest first. */
export function getDocumentsByAuthority(code: string): ExtractedDocument[] {
  return loadCorpusIndex().documentsByAuthority.get(code) ?? [];
}

function parseJsonFile<T>(path: string, validate: (json: unknown) => T): T {
  try {
    return validate(JSON.parse(readFileSync(path, "utf8")));
  } catch (error) {
    throw new Error(`${path} is not valid: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Locale-independent ordering, so output does not depend on the machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
