import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { TaxonomySchema, ThemeSchema, type Taxonomy, type Theme } from "../../src/schemas/theme.ts";
import { readFrontMatter } from "./read-front-matter.ts";

/** content/themes of this project, wherever the process was started. */
export const DEFAULT_THEMES_DIR = fileURLToPath(new URL("../../content/themes/", import.meta.url));

/** content/taxonomy.json of this project. */
export const DEFAULT_TAXONOMY_PATH = fileURLToPath(new URL("../../content/taxonomy.json", import.meta.url));

/** Reads and validates the front matter of every content/themes/*.mdx, sorted by id. */
export function loadThemes(dir: string = DEFAULT_THEMES_DIR): Theme[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(".mdx") && !f.startsWith("_"));
  const themes = files.map((file) => {
    const path = join(dir, file);
    const { data } = readFrontMatter(readFileSync(path, "utf8"), path);
    const parsed = ThemeSchema.safeParse(data);
    if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
    if (parsed.data.id + ".mdx" !== file) throw new Error(`${path}: the id "${parsed.data.id}" does not match the file name`);
    return parsed.data;
  });
  return themes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Reads and validates content/taxonomy.json. */
export function loadTaxonomy(path: string = DEFAULT_TAXONOMY_PATH): Taxonomy {
  const parsed = TaxonomySchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
