/** Load what extraction reads besides the documents: authorities, themes, taxonomy, publishers, the polarity model. */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createAuthorityMatcher } from "../authorities/find-authorities.ts";
import { loadAuthorities } from "../authorities/load-authorities.ts";
import { loadPublishers } from "../pipeline/metadata/detect-publisher.ts";
import type { BaseResources, ExtractionResources } from "../pipeline/extract-document.ts";
import { createThemeTagger } from "../themes/tag-themes.ts";
import { loadTaxonomy, loadThemes } from "../themes/load-themes.ts";
import { loadPolarityModel, type PolarityModel } from "../pipeline/polarity/polarity-model.ts";
import { loadThemeModel, type ThemeModel } from "../themes/theme-model.ts";
import { PROJECT_ROOT } from "./extractor-version.ts";

/** Where `npm run train` writes the polarity model and extraction reads it. */
export const POLARITY_MODEL_FILE = resolve(PROJECT_ROOT, "content/model/polarity.json");
/** Where `npm run train` writes the theme model. */
export const THEME_MODEL_FILE = resolve(PROJECT_ROOT, "content/model/themes.json");

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
  return { ...loadBaseResources(), polarityModel: readPolarityModel(), themeModel: readThemeModel() };
}

/** Every resource but the polarity model: what training needs to prepare the gold documents. */
export function loadBaseResources(): BaseResources {
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

/** Read the trained polarity model; a missing or malformed file stops extraction with what to do. */
export function readPolarityModel(path: string = POLARITY_MODEL_FILE): PolarityModel {
  return loadPolarityModel(readModelJson(path), path);
}

/** Read the trained theme model; a missing or malformed file stops extraction with what to do. */
export function readThemeModel(path: string = THEME_MODEL_FILE): ThemeModel {
  return loadThemeModel(readModelJson(path), path);
}

function readModelJson(path: string): unknown {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run train\` (it needs ../shared/gold) or restore it from git`);
  return JSON.parse(readFileSync(path, "utf8"));
}
