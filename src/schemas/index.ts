/** One schema per entity; types come from z.infer. */
export * from "./cue.ts";
export * from "./finding.ts";
export * from "./document.ts";
export * from "./extraction.ts";
export * from "./authority.ts";
export * from "./theme.ts";
