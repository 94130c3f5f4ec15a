/** Load what extraction reads besides the documents: authorities, themes, taxonomy, publishers. */
import { createAuthorityMatcher } from "../authorities/find-authorities.ts";
import { loadAuthorities } from "../authorities/load-authorities.ts";
import { loadPublishers } from "../pipeline/metadata/detect-publisher.ts";
import type { ExtractionResources } from "../pipeline/extract-document.ts";
import { createThemeTagger } from "../themes/tag-themes.ts";
import { loadTaxonomy, loadThemes } from "../themes/load-themes.ts";

// Pre-2018 SIF reports grade other areas; the metadata stage looks for these as well as the ILACS ones.
const SIF_AREAS = [
  "the experiences and progress of children in care and care leavers",
  "overall judgement",
  "children who need help and protection",
  "children looked after and achieving permanence",
  "adoption performance",
  "experiences and progress of care leavers",
  "leadership, management and governance",
];

/** Load every resource once per run. */
export function loadResources(): ExtractionResources {
  const authorities = loadAuthorities();
  const taxonomy = loadTaxonomy();
  return {
    authorities,
    matcher: createAuthorityMatcher(authorities),
    tagThemes: createThemeTagger(loadThemes()),
    sectionHeadings: taxonomy.sectionHeadings,
    judgementAreas: [...taxonomy.grades.judgementAreas, ...SIF_AREAS],
    publishers: loadPublishers(),
  };
}
