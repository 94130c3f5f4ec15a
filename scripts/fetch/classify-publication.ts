/** Which sort of publication a report-finder label names: the types the fetcher downloads, or null for any other. */

/** The publication types the fetcher knows, as the manifest writes them. */
export const PUBLICATION_TYPES = ["childrens-services-inspection", "focused-visit", "jtai", "monitoring-visit", "area-send"] as const;
export type PublicationType = (typeof PUBLICATION_TYPES)[number];

// Most specific first: "Children's services focused visit" names children's services too.
const LABELS: [PublicationType, RegExp][] = [
  ["focused-visit", /\bfocused visit\b/i],
  ["monitoring-visit", /\bmonitoring visit\b/i],
  // Ofsted's site labels joint targeted area inspections "Joint area child protection inspection".
  ["jtai", /\bjoint (?:area child protection|targeted area) inspection\b|\bJTAI\b/i],
  ["area-send", /\b(?:local )?area SEND\b|\bSEND (?:full |area |joint )?(?:inspection|revisit|re-?visit)\b|\bspecial educational needs (?:and|&) disabilit/i],
  [
    "childrens-services-inspection",
    /\bchildren['’]?s services inspection\b|\bsingle inspection of (?:LA |local authority )?children['’]?s services\b|\binspection of (?:LA |local authority )?children['’]?s (?:social care )?services\b|\bsafeguarding and looked after children\b/i,
  ],
];

/** The type a label names ("Children's services focused visit" -> "focused-visit"), or null for a label the fetcher does not fetch. */
export function classifyPublication(label: string): PublicationType | null {
  for (const [type, pattern] of LABELS) if (pattern.test(label)) return type;
  return null;
}
