import { createHash } from "node:crypto";
import type { Extraction } from "../../schemas/index.ts";

/** A hash of what trajectories depend on (documents, dates, findings' labels), to tell a stale trajectories file from a current one. */
export function extractionFingerprint(extraction: Extraction): string {
  const hash = createHash("sha256");
  for (const document of [...extraction.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    hash.update(`${document.id}\t${document.published ?? ""}\t${document.inspection.dates.join(",")}\n`);
    for (const f of document.findings) hash.update(`${f.id}\t${f.polarity}\t${f.themes.join(",")}\t${f.authorities.join(",")}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}
