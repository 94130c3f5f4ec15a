/**
 * Which two-tier county each English non-metropolitan district (ONS code E07…) of April 2023 lies
 * in: the children's services authority for a district is its county council.
 *
 * ONS issued the E07 codes in 2009 in one block per county, counties in alphabetical order, so a
 * county's districts are a run of consecutive codes; districts recoded or created since then
 * (St Albans and Welwyn Hatfield 2012, East Hertfordshire and Stevenage 2013, East and West Suffolk
 * 2019) have later codes and are listed one by one. Counties abolished by 2023 (Buckinghamshire,
 * Cumbria, Dorset, Northamptonshire, North Yorkshire, Somerset) are unitary now and appear in the
 * boundaries under their own E06 code, so they need no entry. The derivation checks that every E07
 * district of the boundaries falls in exactly one county here and that every county has districts.
 */
export interface CountyDistricts {
  /** The county's ONS code (E10…). */
  county: string;
  /** Inclusive runs of district code numbers (E07000<nnn>). */
  runs: [number, number][];
}

export const COUNTY_DISTRICTS: readonly CountyDistricts[] = [
  { county: "E10000003", runs: [[8, 12]] }, // Cambridgeshire
  { county: "E10000007", runs: [[32, 39]] }, // Derbyshire
  { county: "E10000008", runs: [[40, 47]] }, // Devon
  { county: "E10000011", runs: [[61, 65]] }, // East Sussex
  { county: "E10000012", runs: [[66, 77]] }, // Essex
  { county: "E10000013", runs: [[78, 83]] }, // Gloucestershire
  { county: "E10000014", runs: [[84, 94]] }, // Hampshire
  { county: "E10000015", runs: [[95, 104], [240, 243]] }, // Hertfordshire
  { county: "E10000016", runs: [[105, 116]] }, // Kent
  { county: "E10000017", runs: [[117, 128]] }, // Lancashire
  { county: "E10000018", runs: [[129, 135]] }, // Leicestershire
  { county: "E10000019", runs: [[136, 142]] }, // Lincolnshire
  { county: "E10000020", runs: [[143, 149]] }, // Norfolk
  { county: "E10000024", runs: [[170, 176]] }, // Nottinghamshire
  { county: "E10000025", runs: [[177, 181]] }, // Oxfordshire
  { county: "E10000028", runs: [[192, 199]] }, // Staffordshire
  { county: "E10000029", runs: [[200, 206], [244, 245]] }, // Suffolk
  { county: "E10000030", runs: [[207, 217]] }, // Surrey
  { county: "E10000031", runs: [[218, 222]] }, // Warwickshire
  { county: "E10000032", runs: [[223, 229]] }, // West Sussex
  { county: "E10000034", runs: [[234, 239]] }, // Worcestershire
];

/** The county code of an E07 district code, or null when it is not in any county's runs. */
export function countyOfDistrict(districtCode: string): string | null {
  const match = /^E07(\d{6})$/.exec(districtCode);
  if (!match) return null;
  const n = Number(match[1]);
  const found = COUNTY_DISTRICTS.find((c) => c.runs.some(([from, to]) => n >= from && n <= to));
  return found?.county ?? null;
}
