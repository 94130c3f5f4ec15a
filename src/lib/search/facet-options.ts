import type { Extraction } from "../../schemas/extraction.ts";
import { INSPECTION_LABEL, KIND_LABEL, POLARITY_LABEL } from "../labels.ts";
import { FILTERS, type FilterKey, findingAuthorities, findingFacets, type SiteLookup } from "./facets.ts";
import { slugify } from "./slugify.ts";

/** One value a filter can take, with its words and how many findings carry it. */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/** One filter of the search page with its values. */
export interface Facet {
  key: FilterKey;
  legend: string;
  options: FacetOption[];
}

const POLARITY_RANK: Record<string, number> = { strength: 0, improvement: 1, recommendation: 2, context: 3 };

/** Every filter's values over the whole extraction, with counts, in the order the page lists them. */
export function facetOptions(extraction: Extraction, lookup: SiteLookup): Facet[] {
  const counts = new Map<FilterKey, Map<string, number>>(FILTERS.map((f) => [f.key, new Map()]));
  const regionNames = new Map<string, string>();
  const authorityNames = new Map<string, string>();
  for (const doc of extraction.documents) {
    for (const finding of doc.findings) {
      for (const a of findingAuthorities(finding, doc, lookup)) {
        authorityNames.set(a.slug, a.name);
        if (a.region) regionNames.set(slugify(a.region), a.region);
      }
      for (const [key, values] of Object.entries(findingFacets(finding, doc, lookup)) as [FilterKey, string[]][]) {
        const tally = counts.get(key);
        for (const value of values) tally?.set(value, (tally.get(value) ?? 0) + 1);
      }
    }
  }
  const label = (key: FilterKey, value: string): string => {
    switch (key) {
      case "theme": return lookup.themeLabels.get(value) ?? value;
      case "polarity": return POLARITY_LABEL[value as keyof typeof POLARITY_LABEL] ?? value;
      case "authority": return authorityNames.get(value) ?? value;
      case "region": return regionNames.get(value) ?? value;
      case "kind": return KIND_LABEL[value as keyof typeof KIND_LABEL] ?? value;
      case "inspection": return INSPECTION_LABEL[value as keyof typeof INSPECTION_LABEL] ?? value;
      case "goodpractice": return "Held up as good practice";
      case "year": return value;
    }
  };
  return FILTERS.map(({ key, legend }) => {
    const options = [...(counts.get(key) ?? new Map<string, number>())].map(([value, count]) => ({
      value,
      label: label(key, value),
      count,
    }));
    return { key, legend, options: options.sort(compareOptions(key)) };
  });
}

/** Years newest first, polarities in their fixed order, everything else alphabetically by label. */
function compareOptions(key: FilterKey): (a: FacetOption, b: FacetOption) => number {
  if (key === "year") return (a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0);
  if (key === "polarity") return (a, b) => (POLARITY_RANK[a.value] ?? 9) - (POLARITY_RANK[b.value] ?? 9);
  return (a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.value < b.value ? -1 : 1);
}
