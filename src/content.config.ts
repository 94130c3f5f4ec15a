/** Content collections: the themes (MDX, front matter validated by ThemeSchema) for their pages' intros. */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { ThemeSchema } from "./schemas/theme.ts";

const themes = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/themes" }),
  schema: ThemeSchema,
});

export const collections = { themes };
