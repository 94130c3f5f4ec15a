/** Where a downloaded publication lives in the corpus folder: <authority>/<date>-<type>-<file id>.pdf. */
import { slug } from "github-slugger";

/** The file's path relative to the corpus folder; the file id keeps two publications of one day and type apart. */
export function corpusPath(authoritySlug: string, published: string, type: string, fileId: string): string {
  return `${authoritySlug}/${published}-${type}-${fileId}.pdf`;
}

/** A folder name for a provider no current authority matches, from its name ("Northamptonshire County Council" -> "northamptonshire-county-council"). */
export function providerSlug(name: string): string {
  return slug(name.replace(/['’]/g, "")).replace(/-+/g, "-").replace(/^-|-$/g, "") || "unknown";
}
