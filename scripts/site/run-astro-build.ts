import { statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { withAstroBuildLock } from "./astro-build-lock.ts";
import { runNodeScript } from "./run-node-script.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Builds the static site with Astro into `outDir`, in a child process (astro-build-child.ts) that
 * inherits this process's environment (EXTRACTION_FILE and the rest); returns the number of HTML
 * pages written. Throws when the build fails, with Astro's own messages already on stderr.
 */
export async function runAstroBuild(outDir: string): Promise<number> {
  const nodeArgs = [`--max-old-space-size=${astroHeapMB()}`];
  // ASTRO_CPU_PROF_DIR=folder: write a CPU profile of the Astro stage there (how docs/performance.md's were made).
  const profileDir = process.env["ASTRO_CPU_PROF_DIR"];
  if (profileDir) nodeArgs.push("--cpu-prof", `--cpu-prof-dir=${resolve(profileDir)}`);
  await withAstroBuildLock(root, () => runNodeScript(resolve(root, "scripts/site/astro-build-child.ts"), [root, outDir], root, nodeArgs));
  return countPages(outDir);
}

/**
 * The Astro process's heap limit in MB: env ASTRO_HEAP_MB, else 600 plus 1.6 times the extraction
 * file's size, and at least 1,200. The pages' data (the shared extraction, the lookups, similar
 * findings, trajectories) lives in about 1.4 times the file's size: 204 MB for the real corpus's
 * 150 MB, 2.0 GB at ten times it; the rest is room to render. A tight limit makes V8 collect before
 * it grows: on the real corpus 1.2 GB gave the same speed as none, and a 1.5 GB peak instead of 1.8.
 */
export function astroHeapMB(env: NodeJS.ProcessEnv = process.env): number {
  const given = Number(env["ASTRO_HEAP_MB"]);
  if (Number.isFinite(given) && given > 0) return Math.round(given);
  let bytes = 0;
  try {
    bytes = statSync(env["EXTRACTION_FILE"] ?? resolve(root, "generated/extraction.json")).size;
  } catch {
    // No extraction yet: Astro will say so; the floor is enough for that.
  }
  return Math.max(1200, Math.ceil(600 + (bytes / 1e6) * 1.6));
}

/** Number of .html files under a folder. */
async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".html")).length;
}
