/**
 * Derives the children's services authorities' shapes from ONS district boundaries: each English
 * district is assigned to its authority (itself when it is a unitary, metropolitan or London
 * authority; its county when it is a two-tier district), the districts' shared borders are found
 * as TopoJSON arcs, simplified, and each authority's districts merged into one shape.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature, mergeArcs } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Topology } from "topojson-specification";
import { countyOfDistrict } from "./district-counties.ts";

/** What the derivation needs of an authority. */
export interface ShapeAuthority {
  code: string;
  name: string;
}

/** The derived shapes and what became of every district. */
export interface DerivedShapes {
  topology: Topology;
  /** Districts left out, each with the reason (outside England, or no authority for it). */
  leftOut: string[];
  /** Authorities no district was assigned to. */
  missing: string[];
}

export interface DeriveOptions {
  /** Share of the arcs' points (by their weight) to drop: 0 keeps every point. */
  simplifyQuantile: number;
  /** Grid the final shapes are snapped to, as TopoJSON quantization. */
  quantization: number;
}

export const DEFAULT_DERIVE_OPTIONS: DeriveOptions = { simplifyQuantile: 0.7, quantization: 20_000 };

/** The authority a district belongs to, or the reason it has none. */
export function authorityOfDistrict(code: string, known: ReadonlySet<string>): { code: string } | { reason: string } {
  if (!code.startsWith("E")) return { reason: "outside England" };
  if (known.has(code)) return { code };
  const county = countyOfDistrict(code);
  if (county && known.has(county)) return { code: county };
  return { reason: county ? `its county ${county} is not a known authority` : "no county known for this district" };
}

/**
 * Merges the districts of `districts` (features with LAD23CD/LAD23NM properties) into one shape per
 * authority, simplified; rings are wound as d3-geo expects (outer rings clockwise).
 */
export function deriveAuthorityShapes(
  districts: FeatureCollection,
  authorities: readonly ShapeAuthority[],
  options: DeriveOptions = DEFAULT_DERIVE_OPTIONS,
): DerivedShapes {
  const known = new Set(authorities.map((a) => a.code));
  const leftOut: string[] = [];
  const kept: Feature<Polygon | MultiPolygon>[] = [];
  for (const f of districts.features) {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const code = String(props["LAD23CD"] ?? "");
    const name = String(props["LAD23NM"] ?? code);
    if (f.geometry?.type !== "Polygon" && f.geometry?.type !== "MultiPolygon") {
      leftOut.push(`${code} ${name}: not a polygon`);
      continue;
    }
    const owner = authorityOfDistrict(code, known);
    if ("reason" in owner) {
      leftOut.push(`${code} ${name}: ${owner.reason}`);
      continue;
    }
    kept.push({ type: "Feature", id: owner.code, properties: { authority: owner.code }, geometry: f.geometry });
  }
  // Quantized so that the districts' shared borders become shared arcs, simplified once for all.
  const districtCollection: FeatureCollection = { type: "FeatureCollection", features: kept };
  let topo = topology({ districts: districtCollection }, 1e6) as Topology;
  topo = presimplify(topo as never) as Topology;
  if (options.simplifyQuantile > 0) topo = simplify(topo as never, quantile(topo as never, options.simplifyQuantile)) as Topology;
  const object = topo.objects["districts"] as GeometryCollection;
  const byAuthority = new Map<string, typeof object.geometries>();
  for (const g of object.geometries) {
    const code = String(g.id);
    byAuthority.set(code, [...(byAuthority.get(code) ?? []), g]);
  }
  const merged: Feature<MultiPolygon>[] = authorities.flatMap((a) => {
    const parts = byAuthority.get(a.code);
    if (!parts) return [];
    const shape = mergeArcs(topo, parts as never) as TopoMultiPolygon;
    const geometry = feature(topo, { ...shape, type: "MultiPolygon" }).geometry as MultiPolygon;
    return [{ type: "Feature", id: a.code, properties: { name: a.name }, geometry: windForD3(geometry) }];
  });
  const missing = authorities.filter((a) => !byAuthority.has(a.code)).map((a) => `${a.code} ${a.name}`);
  const authorityCollection: FeatureCollection = { type: "FeatureCollection", features: merged };
  const out = topology({ authorities: authorityCollection }, options.quantization) as Topology;
  return { topology: out, leftOut, missing };
}

/** Outer rings clockwise and holes anticlockwise (in longitude, latitude), as d3-geo's spherical polygons need. */
export function windForD3(geometry: MultiPolygon): MultiPolygon {
  return {
    type: "MultiPolygon",
    coordinates: geometry.coordinates.map((polygon) =>
      polygon.map((ring, i) => {
        const clockwise = signedArea(ring) < 0;
        const wantClockwise = i === 0;
        return clockwise === wantClockwise ? ring : [...ring].reverse();
      }),
    ),
  };
}

/** Twice the planar signed area of a ring: positive when anticlockwise (y up). */
export function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! * ring[i]![1]!) - (ring[i]![0]! * ring[j]![1]!);
  }
  return sum;
}
