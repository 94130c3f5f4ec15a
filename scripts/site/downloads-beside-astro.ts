import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { astroHeapMB } from "./run-astro-build.ts";

/** What the build may use at its peak, in MB: the 2 GB target for the real corpus. */
export const BUILD_BUDGET_MB = 2000;

/**
 * Whether the downloads can be written beside the Astro build (on the second core) rather than
 * after it: when Astro's heap limit plus the downloads' need (about three times the extraction's
 * size: the shared extraction and the rows being written) stays within BUILD_BUDGET_MB. On the real
 * corpus (150 MB of extraction) that is 1,200 + 450 MB; at ten times the corpus they take turns.
 */
export function downloadsBesideAstro(env: NodeJS.ProcessEnv = process.env): boolean {
  let bytes = 0;
  try {
    bytes = statSync(resolve(env["EXTRACTION_FILE"] ?? "generated/extraction.json")).size;
  } catch {
    return false; // no extraction: the stages will say so, one at a time
  }
  return astroHeapMB(env) + 3 * (bytes / 1e6) <= BUILD_BUDGET_MB;
}

/**
 * Moves the downloads written under `staging`/data into `outDir`/data (Astro empties its output
 * folder when it starts, so they are written aside), then removes `staging`.
 */
export function moveDownloads(staging: string, outDir: string): void {
  const from = join(staging, "data");
  const to = join(outDir, "data");
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    rmSync(join(to, name), { recursive: true, force: true });
    renameSync(join(from, name), join(to, name));
  }
  rmSync(staging, { recursive: true, force: true });
}
