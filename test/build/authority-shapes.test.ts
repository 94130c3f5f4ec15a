import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { FeatureCollection, MultiPolygon } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { authorityOfDistrict, deriveAuthorityShapes, signedArea, windForD3 } from "../../scripts/map/authority-shapes.ts";
import { COUNTY_DISTRICTS, countyOfDistrict } from "../../scripts/map/district-counties.ts";

const BOUNDARIES = new URL("../../../shared/reference/lad23-boundaries.geojson", import.meta.url).pathname;
const authorities = (JSON.parse(readFileSync(new URL("../../content/authorities/authorities.json", import.meta.url), "utf8")) as { code: string; name: string }[]).map(
  ({ code, name }) => ({ code, name }),
);

/** A unit square at (x, y), wound anticlockwise (as RFC 7946 GeoJSON has it). */
const square = (x: number, y: number) => [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]];

describe("district to county lookup", () => {
  test("places two-tier districts in their county and nothing else", () => {
    expect(countyOfDistrict("E07000008")).toBe("E10000003"); // Cambridge
    expect(countyOfDistrict("E07000240")).toBe("E10000015"); // St Albans, recoded in 2012
    expect(countyOfDistrict("E07000245")).toBe("E10000029"); // West Suffolk, created in 2019
    expect(countyOfDistrict("E06000001")).toBeNull();
    expect(countyOfDistrict("E07000300")).toBeNull();
  });

  test("names only counties the authority register knows", () => {
    const known = new Set(authorities.map((a) => a.code));
    for (const c of COUNTY_DISTRICTS) expect(known, c.county).toContain(c.county);
  });

  test("says why a district has no authority", () => {
    const known = new Set(["E06000001", "E10000016"]);
    expect(authorityOfDistrict("E06000001", known)).toEqual({ code: "E06000001" });
    expect(authorityOfDistrict("E07000105", known)).toEqual({ code: "E10000016" });
    expect(authorityOfDistrict("W06000001", known)).toEqual({ reason: "outside England" });
    expect(authorityOfDistrict("E07000008", known)).toEqual({ reason: "its county E10000003 is not a known authority" });
  });
});

describe("deriving authority shapes", () => {
  test("merges a county's districts into one shape and keeps unitaries apart", () => {
    const districts: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { LAD23CD: "E07000105", LAD23NM: "Ashford" }, geometry: { type: "Polygon", coordinates: square(0, 50) } },
        { type: "Feature", properties: { LAD23CD: "E07000106", LAD23NM: "Canterbury" }, geometry: { type: "Polygon", coordinates: square(1, 50) } },
        { type: "Feature", properties: { LAD23CD: "E06000035", LAD23NM: "Medway" }, geometry: { type: "Polygon", coordinates: square(0, 51) } },
        { type: "Feature", properties: { LAD23CD: "W06000001", LAD23NM: "Isle of Anglesey" }, geometry: { type: "Polygon", coordinates: square(-4, 53) } },
      ],
    };
    const { topology, leftOut, missing } = deriveAuthorityShapes(
      districts,
      [{ code: "E10000016", name: "Kent" }, { code: "E06000035", name: "Medway" }, { code: "E10000003", name: "Cambridgeshire" }],
      { simplifyQuantile: 0, quantization: 1e4 },
    );
    expect(leftOut).toEqual(["W06000001 Isle of Anglesey: outside England"]);
    expect(missing).toEqual(["E10000003 Cambridgeshire"]);
    const shapes = (feature(topology, topology.objects["authorities"]!) as FeatureCollection<MultiPolygon>).features;
    expect(shapes.map((f) => f.id)).toEqual(["E10000016", "E06000035"]);
    const kent = shapes[0]!.geometry.coordinates;
    // Ashford and Canterbury share an edge: one polygon, one ring, two units wide.
    expect(kent).toHaveLength(1);
    const xs = kent[0]![0]!.map((p) => p[0]!);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(2, 3);
  });

  test("winds outer rings clockwise and holes anticlockwise", () => {
    const ring = square(0, 0)[0]!;
    const hole = [[0.2, 0.2], [0.2, 0.8], [0.8, 0.8], [0.8, 0.2], [0.2, 0.2]];
    const wound = windForD3({ type: "MultiPolygon", coordinates: [[ring, hole]] });
    expect(signedArea(wound.coordinates[0]![0]!)).toBeLessThan(0);
    expect(signedArea(wound.coordinates[0]![1]!)).toBeGreaterThan(0);
  });
});

describe.skipIf(!existsSync(BOUNDARIES))(existsSync(BOUNDARIES) ? "the committed shapes" : `the committed shapes (skipped: no ${BOUNDARIES})`, () => {
  test("are what the derivation makes of the ONS boundaries, one per authority", () => {
    const districts = JSON.parse(readFileSync(BOUNDARIES, "utf8")) as FeatureCollection;
    const { topology, leftOut, missing } = deriveAuthorityShapes(districts, authorities);
    expect(missing).toEqual([]);
    expect(leftOut.filter((l) => !l.endsWith("outside England"))).toEqual([]);
    const committed = JSON.parse(readFileSync(new URL("../../content/map/authorities.topo.json", import.meta.url), "utf8")) as Topology;
    expect(JSON.parse(JSON.stringify(topology))).toEqual(committed);
  });
});
