/**
 * SVG path data for every children's services authority, drawn at build time with d3-geo from the
 * committed shapes (content/map/authorities.topo.json, derived by scripts/map/derive.ts). England
 * fills the main frame; London's boroughs, too small there to see or click, are drawn again larger
 * in an inset.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Feature, FeatureCollection, MultiPolygon } from "geojson";
import { geoPath, geoTransverseMercator } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";

/** Path of the shapes: env MAP_SHAPES_FILE, else content/map/authorities.topo.json. */
export function mapShapesPath(): string {
  return resolve(process.env["MAP_SHAPES_FILE"] ?? "content/map/authorities.topo.json");
}

/** One authority's outline in one frame of the map. */
export interface AreaPath {
  code: string;
  name: string;
  /** SVG path data in the frame's pixel space. */
  d: string;
}

/** The drawn map: England, and London's inset, each in its own box of the SVG. */
export interface MapLayout {
  width: number;
  height: number;
  england: AreaPath[];
  inset: { x: number; y: number; width: number; height: number; areas: AreaPath[] };
}

const WIDTH = 560;
const HEIGHT = 680;
const INSET = { x: 372, y: 8, width: 180, height: 140 };

let cache: { path: string; layout: MapLayout } | undefined;

/** The map's paths (cached per shapes file). `londonCodes` picks the inset's authorities. */
export function mapLayout(londonCodes: ReadonlySet<string>): MapLayout {
  const path = mapShapesPath();
  if (cache?.path === path) return cache.layout;
  const topology = JSON.parse(readFileSync(path, "utf8")) as Topology;
  const object = topology.objects["authorities"];
  if (!object) throw new Error(`${path}: no "authorities" object in the map shapes`);
  const all = (feature(topology, object) as FeatureCollection<MultiPolygon, { name: string }>).features;
  const london = all.filter((f) => londonCodes.has(String(f.id)));
  const layout: MapLayout = {
    width: WIDTH,
    height: HEIGHT,
    england: drawAreas(all, [WIDTH, HEIGHT], 4, 0),
    inset: { ...INSET, areas: drawAreas(london, [INSET.width, INSET.height], 4, 1) },
  };
  cache = { path, layout };
  return layout;
}

/** Each feature's path, in a transverse Mercator near the British National Grid's, fitted to the box. */
function drawAreas(features: Feature<MultiPolygon, { name: string }>[], size: [number, number], padding: number, digits: number): AreaPath[] {
  if (features.length === 0) return [];
  const collection: FeatureCollection<MultiPolygon, { name: string }> = { type: "FeatureCollection", features };
  const projection = geoTransverseMercator()
    .rotate([2, 0])
    .fitExtent([[padding, padding], [size[0] - padding, size[1] - padding]], collection);
  // Whole pixels are enough for England's frame (half its bytes); the inset is drawn larger than it is shown.
  const draw = geoPath(projection).digits(digits);
  return features.map((f) => ({ code: String(f.id), name: f.properties.name, d: draw(f) ?? "" }));
}
