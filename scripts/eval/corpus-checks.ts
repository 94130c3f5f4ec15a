import type { Extraction } from "../../src/schemas/extraction.ts";
import type { ExtractedDocument } from "../../src/schemas/document.ts";
import type { ManifestRow } from "./read-manifest.ts";
import { polarityDistribution, spread, tally, type PolarityDistribution, type Spread } from "./corpus-stats.ts";

/** Headings whose items are areas for improvement or recommendations, across the SIF and ILACS templates. */
export const IMPROVEMENT_HEADING =
  /what needs (?:to )?(?:be )?improv|areas? for (?:priority action|improvement)|recommendations?\b/i;

/**
 * The manifest's date is when GOV.UK published the report, which follows the date
 * printed on the letter or report by a few days; up to this many days is a right date.
 */
export const PUBLICATION_LAG_DAYS = 7;

/** True when a found date falls on, or up to PUBLICATION_LAG_DAYS before, the manifest's date. */
export function withinLag(found: string | null, manifest: string): boolean {
  if (found === null) return false;
  const days = (Date.parse(manifest) - Date.parse(found)) / 86_400_000;
  return days >= 0 && days <= PUBLICATION_LAG_DAYS;
}

/** A label-free check over the corpus: how many reports pass, and the first failing files with why. */
export interface CorpusCheck {
  name: string;
  passed: number;
  total: number;
  share: number;
  /** Failing files (first 10), each with what was found. */
  failures: { file: string; detail: string }[];
}

/** Everything the label-free corpus evaluation measures. */
export interface CorpusReport {
  reports: number;
  checks: CorpusCheck[];
  /** Findings under improvement headings that are labelled improvement or recommendation. */
  improvementSectionFindings: { labelled: number; total: number; share: number };
  polarity: PolarityDistribution;
  findingsPerReport: Spread;
  kinds: Record<string, number>;
  inspectionTypes: Record<string, number>;
  /** Reports with at least one warning. */
  withWarnings: number;
}

/** Maps a manifest's loose authority slug to an ONS code, or null when it is not known. */
export type CodeForSlug = (slug: string) => string | null;

/** Lower-case words joined by hyphens, "&" read as "and", so "Bournemouth, Christchurch & Poole" and its slug compare equal. */
export function looseSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Whether the document's subject is exactly the manifest's authority (by code when known, else by name). */
function subjectIsManifestAuthority(doc: ExtractedDocument, row: ManifestRow, codeForSlug: CodeForSlug): boolean {
  const code = codeForSlug(row.authority);
  if (code !== null) return doc.authorities.length === 1 && doc.authorities[0]!.code === code;
  return doc.authorities.length === 1 && looseSlug(doc.authorities[0]!.name) === looseSlug(row.authority);
}

/** Builds a check from per-row results (null detail = passed). */
function check(name: string, results: { file: string; detail: string | null }[]): CorpusCheck {
  const failures = results.filter((r): r is { file: string; detail: string } => r.detail !== null);
  const passed = results.length - failures.length;
  return { name, passed, total: results.length, share: results.length === 0 ? 0 : passed / results.length, failures: failures.slice(0, 10) };
}

/** Drops the file's own path from its warnings: the table already names the file. */
function withoutPath(warnings: readonly string[], source: string): string[] {
  return warnings.map((w) => w.split(`${source}: `).join("").split(source).join("this file"));
}

/** Shortens a text for a table cell. */
function clip(text: string, length = 90): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** Runs the label-free checks of the corpus extraction against its manifest. */
export function checkCorpus(rows: readonly ManifestRow[], extraction: Extraction, codeForSlug: CodeForSlug): CorpusReport {
  const byPath = new Map(extraction.documents.map((d) => [d.source, d]));
  const errorByPath = new Map(extraction.errors.map((e) => [e.source, e.message]));
  const docs = rows.flatMap((row) => {
    const doc = byPath.get(row.path);
    return doc ? [{ row, doc }] : [];
  });
  const improvementFindings = docs.flatMap(({ row, doc }) =>
    doc.findings.filter((f) => f.section !== null && IMPROVEMENT_HEADING.test(f.section)).map((f) => ({ row, f })),
  );
  const isImprovementLabel = (p: string): boolean => p === "improvement" || p === "recommendation";
  const labelled = improvementFindings.filter(({ f }) => isImprovementLabel(f.polarity));
  const show = (codes: readonly { code: string; name: string }[]): string =>
    codes.length === 0 ? "none" : codes.map((a) => `${a.code} ${a.name}`).join("; ");

  const checks = [
    check(
      "parses without error",
      rows.map((row) => ({
        file: row.file,
        detail: byPath.has(row.path) ? null : clip(errorByPath.get(row.path) ?? "no document and no error"),
      })),
    ),
    check(
      "subject authority = manifest",
      docs.map(({ row, doc }) => ({
        file: row.file,
        detail: subjectIsManifestAuthority(doc, row, codeForSlug)
          ? null
          : `found ${show(doc.authorities)}; manifest ${row.authority} (${codeForSlug(row.authority) ?? "no code"})`,
      })),
    ),
    check(
      "published = manifest",
      docs.map(({ row, doc }) => ({
        file: row.file,
        detail: doc.published === row.published ? null : `found ${doc.published ?? "null"}; manifest ${row.published}`,
      })),
    ),
    check(
      `published 0-${PUBLICATION_LAG_DAYS} days before manifest`,
      docs.map(({ row, doc }) => ({
        file: row.file,
        detail: withinLag(doc.published, row.published) ? null : `found ${doc.published ?? "null"}; manifest ${row.published}`,
      })),
    ),
    check(
      "has an inspection date",
      docs.map(({ row, doc }) => ({ file: row.file, detail: doc.inspection.dates.length > 0 ? null : "no inspection dates" })),
    ),
    check(
      "inspection dates before publication",
      docs.map(({ row, doc }) => ({
        file: row.file,
        detail: doc.inspection.dates.every((d) => d < row.published)
          ? null
          : `inspection ${doc.inspection.dates.join(", ")}; published ${row.published}`,
      })),
    ),
    check(
      "has improvement-heading findings",
      docs.map(({ row, doc }) => ({
        file: row.file,
        detail: doc.findings.some((f) => f.section !== null && IMPROVEMENT_HEADING.test(f.section))
          ? null
          : `no finding under an improvement heading (${doc.findings.length} findings)`,
      })),
    ),
    check(
      "improvement-heading findings labelled improvement/recommendation",
      improvementFindings.map(({ row, f }) => ({
        file: row.file,
        detail: isImprovementLabel(f.polarity) ? null : `${f.polarity}: ${clip(f.text, 70)}`,
      })),
    ),
    check(
      "has findings",
      docs.map(({ row, doc }) => ({ file: row.file, detail: doc.findings.length > 0 ? null : "no findings" })),
    ),
    check(
      "no warnings",
      docs.map(({ row, doc }) => ({ file: row.file, detail: doc.warnings.length === 0 ? null : clip(withoutPath(doc.warnings, doc.source).join(" | ")) })),
    ),
  ];

  return {
    reports: rows.length,
    checks,
    improvementSectionFindings: {
      labelled: labelled.length,
      total: improvementFindings.length,
      share: improvementFindings.length === 0 ? 0 : labelled.length / improvementFindings.length,
    },
    polarity: polarityDistribution(docs.flatMap(({ doc }) => doc.findings.map((f) => f.polarity))),
    findingsPerReport: spread(docs.map(({ doc }) => doc.findings.length)),
    kinds: tally(docs.map(({ doc }) => doc.kind)),
    inspectionTypes: tally(docs.map(({ doc }) => doc.inspection.type)),
    withWarnings: docs.filter(({ doc }) => doc.warnings.length > 0).length,
  };
}
