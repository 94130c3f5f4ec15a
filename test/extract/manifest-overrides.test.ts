import { describe, expect, test } from "vitest";
import { loadAuthorities } from "../../scripts/authorities/load-authorities.ts";
import type { ManifestEntry } from "../../scripts/extract/manifest-metadata.ts";
import { applyManifestRow } from "../../scripts/extract/manifest-overrides.ts";
import type { ExtractedDocument } from "../../src/schemas/document.ts";

const authorities = loadAuthorities();
const SHA = "b".repeat(64);

function document(more: Partial<ExtractedDocument> = {}): ExtractedDocument {
  return {
    id: "undated-national-inspection-report-bbbbbbbb",
    source: "/corpus/x.pdf",
    sha256: SHA,
    kind: "inspection-report",
    title: "Inspection of children's services",
    publisher: "Ofsted",
    published: null,
    inspection: { type: null, dates: [], judgement: null, judgements: [] },
    authorities: [],
    findings: [],
    warnings: [],
    format: "pdf",
    pages: 1,
    text: "",
    blocks: [],
    ...more,
  };
}

function row(more: Partial<ManifestEntry>): ManifestEntry {
  return {
    manifest: "/corpus/manifest.csv",
    file: "x.pdf",
    urn: "80418",
    ons_code: "E10000020",
    authority: "Norfolk County Council",
    publication_type: "childrens-services-inspection",
    label: "Children's services inspection",
    published: "2019-07-13",
    source_url: "https://files.ofsted.gov.uk/v1/file/1",
    sha256: SHA,
    fetched_at: "2026-12-03T07:00:00.000Z",
    ...more,
  };
}

describe("applyManifestRow", () => {
  test("a children's services inspection keeps the framework its text names, else its date decides SIF or ILACS", () => {
    expect(applyManifestRow(document({ inspection: { type: "sif", dates: [], judgement: null, judgements: [] } }), row({}), authorities).inspection.type).toBe("sif");
    expect(applyManifestRow(document(), row({ published: "2015-10-20" }), authorities).inspection.type).toBe("sif");
    expect(applyManifestRow(document(), row({ published: "2019-07-13" }), authorities).inspection.type).toBe("ilacs");
  });

  test("letters are letters; an area SEND inspection has no children's services inspection type", () => {
    expect(applyManifestRow(document(), row({ publication_type: "monitoring-visit" }), authorities)).toMatchObject({ kind: "inspection-letter", inspection: { type: "monitoring-visit" } });
    expect(applyManifestRow(document({ inspection: { type: "jtai", dates: [], judgement: null, judgements: [] } }), row({ publication_type: "area-send" }), authorities)).toMatchObject({ kind: "inspection-letter", inspection: { type: null } });
  });

  test("the id follows the manifest's date and authority", () => {
    expect(applyManifestRow(document(), row({}), authorities).id).toBe("2019-07-13-norfolk-inspection-report-bbbbbbbb");
  });

  test("a provider with no ONS code keeps the text's authority; an unknown code is noted and the text's kept", () => {
    const kent = [{ code: "E10000016", name: "Kent" }];
    expect(applyManifestRow(document({ authorities: kent }), row({ ons_code: "" }), authorities).authorities).toEqual(kent);
    const unknown = applyManifestRow(document({ authorities: kent }), row({ ons_code: "E10000021" }), authorities);
    expect(unknown.authorities).toEqual(kent);
    expect(unknown.warnings.join(" ")).toContain("E10000021 is not in content/authorities/authorities.json");
  });

  test("a finding already about the manifest's authority is left as it was", () => {
    const finding = { id: "f-000000000001", text: "Norfolk is good.", polarity: "strength" as const, confidence: 0.9, cues: [], themes: [], authorities: ["E10000020"], goodPractice: false, section: null, page: 1, start: 0, end: 16 };
    const applied = applyManifestRow(document({ authorities: [{ code: "E10000020", name: "Norfolk" }], findings: [finding] }), row({}), authorities);
    expect(applied.findings[0]).toBe(finding);
  });
});
