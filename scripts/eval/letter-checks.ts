/**
 * Label-free checks of the extraction over real Ofsted letters (focused visits, JTAIs, monitoring
 * visits) against their manifest (file, kind, authority, date, ofsted_urn): every letter parses, is
 * a letter of the manifest's type about the manifest's authority, has its visit dates and its own
 * date near the manifest's, and no letter furniture (salutation, sign-off, address lines) is a finding.
 */
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parse } from "csv-parse/sync";
import type { Extraction } from "../../src/schemas/extraction.ts";
import type { ExtractedDocument } from "../../src/schemas/document.ts";
import type { CodeForSlug, CorpusCheck } from "./corpus-checks.ts";
import { looseSlug } from "./corpus-checks.ts";
import { tally } from "./corpus-stats.ts";
import { clip } from "./format-table.ts";

/** One row of the letters' manifest. */
export interface LetterRow {
  /** Absolute path of the letter. */
  path: string;
  /** Path as the manifest gives it. */
  file: string;
  /** The inspection type as the manifest names it ("focused-visit", "jtai", "monitoring-visit"). */
  kind: string;
  /** The authority's loose slug. */
  authority: string;
  /** ISO date the manifest gives (Ofsted's publication date). */
  date: string;
}

/** A letter's date and the manifest's may differ by this many days either way (publication follows the letter; a few letters are published early). */
export const LETTER_DATE_DAYS = 7;

/** Everything the letter checks measure. */
export interface LetterReport {
  letters: number;
  checks: CorpusCheck[];
  /** Findings that are letter furniture, and the letters that have any. */
  furniture: { findings: number; letters: number };
  types: Record<string, number>;
  themes: Record<string, number>;
}

/** Reads the letters' manifest.csv; paths resolve against its folder; rows come sorted by file. */
export async function readLetterManifest(manifestPath: string): Promise<LetterRow[]> {
  const records = parse(await readFile(manifestPath, "utf8"), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string | undefined>[];
  return records
    .map((r) => ({ path: resolve(dirname(manifestPath), r["file"] ?? ""), file: r["file"] ?? "", kind: r["kind"] ?? "", authority: r["authority"] ?? "", date: r["date"] ?? "" }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

// Letter furniture as a finding's text: the salutation, the sign-off, Ofsted's letterhead and the address block.
const FURNITURE: [string, RegExp][] = [
  ["salutation", /^Dear\s+\S/],
  ["sign-off", /\b(?:Yours\s+(?:sincerely|faithfully)|Kind regards|Best wishes)\b/i],
  ["copy line", /^I am copying this letter to\b/i],
  ["letterhead", /\bPiccadilly Gate\b|\benquiries@ofsted\.gov\.uk\b|\bTextphone\b|\bwww\.gov\.uk\/ofsted\b/i],
  ["address", /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/],
  ["inspector", /^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+(?:Senior\s+)?(?:Her|His) Majesty['’]s Inspector\b/],
];
const ROLE = /\b(?:Chief Executive|Director of Children['’]s Services|Executive Director|Chief Constable|Police and Crime Commissioner|Accountable Officer|Chief Nurse|Independent (?:Chair|Scrutineer)|Lead Member)\b/g;

/** Why a finding's text is letter furniture ("salutation", "address"…), or null when it is not. */
export function furnitureKind(text: string): string | null {
  const t = text.trim();
  for (const [kind, pattern] of FURNITURE) if (pattern.test(t)) return kind;
  // An addressee list: several office-holders' titles in one "sentence".
  if ((t.match(ROLE) ?? []).length >= 2) return "address";
  return null;
}

/** Days from `a` to `b` (positive when b is later). */
function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

/** Builds a check from per-row results (null detail = passed), keeping the first ten failures. */
function check(name: string, results: { file: string; detail: string | null }[]): CorpusCheck {
  const failures = results.filter((r): r is { file: string; detail: string } => r.detail !== null);
  const passed = results.length - failures.length;
  return { name, passed, total: results.length, share: results.length === 0 ? 0 : passed / results.length, failures: failures.slice(0, 10) };
}

/** Whether the letter's subject is exactly the manifest's authority. */
function isManifestAuthority(doc: ExtractedDocument, row: LetterRow, codeForSlug: CodeForSlug): boolean {
  if (doc.authorities.length !== 1) return false;
  const code = codeForSlug(row.authority);
  return code !== null ? doc.authorities[0]!.code === code : looseSlug(doc.authorities[0]!.name) === looseSlug(row.authority);
}

/** Runs the label-free checks of a letters extraction against its manifest. */
export function checkLetters(rows: readonly LetterRow[], extraction: Extraction, codeForSlug: CodeForSlug): LetterReport {
  const byPath = new Map(extraction.documents.map((d) => [d.source, d]));
  const errorByPath = new Map(extraction.errors.map((e) => [e.source, e.message]));
  const docs = rows.flatMap((row) => (byPath.has(row.path) ? [{ row, doc: byPath.get(row.path)! }] : []));
  const each = (test: (doc: ExtractedDocument, row: LetterRow) => string | null, only = docs) => only.map(({ row, doc }) => ({ file: row.file, detail: test(doc, row) }));
  const furnitureOf = (doc: ExtractedDocument) => doc.findings.flatMap((f) => {
    const kind = furnitureKind(f.text);
    return kind ? [{ text: f.text, kind }] : [];
  });
  const furniture = docs.map(({ row, doc }) => ({ file: row.file, found: furnitureOf(doc) }));
  const jtais = docs.filter(({ row }) => row.kind === "jtai");

  const checks = [
    check("parses without error", rows.map((row) => ({ file: row.file, detail: byPath.has(row.path) ? null : clip(errorByPath.get(row.path) ?? "no document and no error", 90) }))),
    check("kind = inspection-letter", each((doc) => (doc.kind === "inspection-letter" ? null : `found ${doc.kind}`))),
    check("type = manifest", each((doc, row) => (doc.inspection.type === row.kind ? null : `found ${doc.inspection.type ?? "null"}; manifest ${row.kind}`))),
    check("subject authority = manifest", each((doc, row) => (isManifestAuthority(doc, row, codeForSlug) ? null : `found ${doc.authorities.map((a) => a.name).join("; ") || "none"}; manifest ${row.authority}`))),
    check("has visit dates", each((doc) => (doc.inspection.dates.length > 0 ? null : "no visit dates"))),
    check("visit dates before the letter", each((doc, row) => (doc.inspection.dates.every((d) => d <= (doc.dated ?? row.date)) ? null : `visit ${doc.inspection.dates.join(", ")}; letter ${doc.dated ?? row.date}`))),
    check(`letter date within ${LETTER_DATE_DAYS} days of manifest`, each((doc, row) => (doc.dated && Math.abs(daysBetween(doc.dated, row.date)) <= LETTER_DATE_DAYS ? null : `letter ${doc.dated ?? "null"}; manifest ${row.date}`))),
    check("JTAI theme found", each((doc) => (doc.inspection.theme ? null : `no theme in "${clip(doc.title, 70)}"`), jtais)),
    check("has findings", each((doc) => (doc.findings.length > 0 ? null : "no findings"))),
    check("no letter furniture among findings", furniture.map(({ file, found }) => ({ file, detail: found.length === 0 ? null : `${found.length}: ${found[0]!.kind} "${clip(found[0]!.text, 60)}"` }))),
  ];
  return {
    letters: rows.length,
    checks,
    furniture: { findings: furniture.reduce((n, x) => n + x.found.length, 0), letters: furniture.filter((x) => x.found.length > 0).length },
    types: tally(docs.map(({ doc }) => doc.inspection.type)),
    themes: tally(jtais.map(({ doc }) => doc.inspection.theme ?? null)),
  };
}
