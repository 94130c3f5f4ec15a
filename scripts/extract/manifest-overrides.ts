/**
 * A document's metadata from the report finder, where the fetcher's manifest describes it: the
 * publication date, the inspection type and kind, and the subject authority replace what the text
 * gave. Each field that changes is noted among the document's warnings with what the text said,
 * and each finding given the manifest's authority carries a cue naming the manifest.
 */
import type { ExtractedDocument } from "../../src/schemas/document.ts";
import type { Authority } from "../../src/schemas/authority.ts";
import type { PublicationType } from "../fetch/classify-publication.ts";
import { documentId } from "../pipeline/metadata/document-id.ts";
import type { ManifestEntry } from "./manifest-metadata.ts";

type InspectionType = ExtractedDocument["inspection"]["type"];

// The graded framework's first reports (ILACS) were published in spring 2018; SIF's last ones by then.
const ILACS_FROM = "2018-04-01";

/** The document with the manifest row's metadata; unchanged but for a warning when the file is not the one fetched. */
export function applyManifestRow(document: ExtractedDocument, row: ManifestEntry, authorities: readonly Authority[]): ExtractedDocument {
  const cite = `the report finder's listing (manifest.csv: "${row.label}", ${row.source_url})`;
  if (row.sha256 !== document.sha256) {
    return { ...document, warnings: [...document.warnings, `this file is not the one ${cite} describes (its SHA-256 differs): its metadata is not used`] };
  }
  const changes: string[] = [];
  const note = (field: string, value: string, before: string | null) => {
    if (value !== (before ?? "")) changes.push(`${field} ${value} (the text gave ${before ?? "none"})`);
  };
  note("published", row.published, document.published);
  const type = inspectionType(row.publication_type, row.published, document.inspection.type);
  note("inspection type", type ?? "none", document.inspection.type);
  const kind = row.publication_type === "childrens-services-inspection" ? "inspection-report" : "inspection-letter";
  note("kind", kind, document.kind);
  const authority = row.ons_code ? authorities.find((a) => a.code === row.ons_code) : undefined;
  if (row.ons_code && !authority) changes.push(`no authority: its ONS code ${row.ons_code} is not in content/authorities/authorities.json, so the text's is kept`);
  const subjects = authority ? [{ code: authority.code, name: authority.name }] : document.authorities;
  note("authority", subjects.map((a) => a.name).join(", "), document.authorities.map((a) => a.name).join(", ") || null);
  const slug = authority?.slug ?? (subjects.length === 1 ? authorities.find((a) => a.code === subjects[0]!.code)?.slug : undefined) ?? (subjects.length > 1 ? "several" : "national");
  const findings = authority ? document.findings.map((finding) => withAuthority(finding, authority.code)) : document.findings;
  const warnings = changes.length > 0 ? [...document.warnings, `metadata from ${cite}: ${changes.join("; ")}`] : document.warnings;
  return {
    ...document,
    id: documentId(row.published, slug, kind, document.sha256),
    kind,
    publisher: "Ofsted",
    published: row.published,
    inspection: { ...document.inspection, type },
    authorities: subjects,
    findings,
    warnings,
  };
}

/** The inspection type a publication type stands for; a children's services inspection keeps the framework its text names, else its date decides. */
function inspectionType(type: PublicationType, published: string, fromText: InspectionType): InspectionType {
  switch (type) {
    case "childrens-services-inspection":
      return fromText === "sif" || fromText === "ilacs" ? fromText : published < ILACS_FROM ? "sif" : "ilacs";
    case "area-send":
      // Not one of the schema's children's services inspection types.
      return null;
    default:
      return type;
  }
}

/** A finding about the document's authority, as the stages would have attributed it had the text named it; the cue names the manifest. */
function withAuthority(finding: ExtractedDocument["findings"][number], code: string): ExtractedDocument["findings"][number] {
  if (finding.authorities.length === 1 && finding.authorities[0] === code) return finding;
  const cues = finding.cues.filter((cue) => cue.kind !== "authority");
  return { ...finding, authorities: [code], cues: [...cues, { kind: "authority", text: "manifest.csv", points: code, weight: 1 }] };
}
