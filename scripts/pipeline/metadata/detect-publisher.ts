/** Who published a document: the format's own metadata, else a known publisher's signature in the page. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const PublishersSchema = z.object({
  publishers: z.array(z.object({ name: z.string(), signatures: z.array(z.string()) })),
});
/** A publisher and the words that identify its pages. */
export type Publisher = z.infer<typeof PublishersSchema>["publishers"][number];

const DEFAULT_PATH = fileURLToPath(new URL("../../../content/publishers.json", import.meta.url));

/** Read the publisher registry (content/publishers.json). */
export function loadPublishers(path: string = DEFAULT_PATH): Publisher[] {
  return PublishersSchema.parse(JSON.parse(readFileSync(path, "utf8"))).publishers;
}

/** Folds case and curly apostrophes, so signatures match however the page types them. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'");
}

/** True when `haystack` holds `part` as whole words, or their plural ("Ofsted Inspectors"): "CYP Now" is not in "CYP Nowhere". */
function containsWhole(haystack: string, part: string): boolean {
  for (let at = haystack.indexOf(part); at >= 0; at = haystack.indexOf(part, at + 1)) {
    const before = haystack[at - 1] ?? " ";
    const after = haystack.slice(at + part.length, at + part.length + 2);
    if (!/[\p{L}\p{N}]/u.test(before) && /^(?:s?(?![\p{L}\p{N}]))/u.test(after)) return true;
  }
  return false;
}

/** The registry's name for a publisher a page names itself ("Copyright 2023 BBC" is "BBC News"), else the page's own name. */
export function registryName(name: string, publishers: Publisher[]): string {
  return knownPublisher(name, publishers, true)?.name ?? name;
}

/** The registry's publisher a name is, by its name, a signature or its initials; with `byFirstWords`, also one whose name it begins ("BBC"). */
export function knownPublisher(name: string, publishers: Publisher[], byFirstWords = false): Publisher | null {
  const key = fold(name).replace(/^the /, "");
  return (
    publishers.find(
      (p) => fold(p.name) === key || p.signatures.some((s) => fold(s) === key) || initials(p.name) === key || (byFirstWords && fold(p.name).startsWith(`${key} `)),
    ) ?? null
  );
}

/** The initials of a name of several words, folded ("Local Government Chronicle" is "lgc"). */
function initials(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? fold(words.map((w) => w[0]).join("")) : null;
}

/** A signature no other page quotes by accident: a domain, an e-mail or a web address. */
function isAddress(signature: string): boolean {
  return /[.@/]/.test(signature);
}

/**
 * The publisher of a page: the one the format's own metadata names, else one whose web or e-mail
 * address the page carries, else one whose name or tag line it carries (in the registry's order),
 * else the metadata's own name. Names come last because articles quote them: a news page quoting
 * "Her Majesty's Inspector" is not Ofsted's, and an Ofsted letter naming the Department for Education is not the DfE's.
 * Without `byName`, names in the text are not read at all (a news article's prose quotes publishers it is not by).
 */
export function detectPublisher(text: string, metaPublisher: string | undefined, publishers: Publisher[], byName = true): string | null {
  const meta = fold(metaPublisher ?? "");
  const page = fold(text);
  const signs = (p: Publisher, haystack: string, which: (s: string) => boolean): boolean =>
    haystack !== "" && p.signatures.some((s) => which(s) && containsWhole(haystack, fold(s)));
  const found =
    publishers.find((p) => signs(p, meta, () => true) || fold(p.name) === meta) ??
    publishers.find((p) => signs(p, page, isAddress)) ??
    (byName ? publishers.find((p) => signs(p, page, (s) => !isAddress(s))) : undefined);
  return found?.name ?? (metaPublisher?.trim() || null);
}
