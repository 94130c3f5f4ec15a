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
  await withAstroBuildLock(root, () => runNodeScript(resolve(root, "scripts/site/astro-build-child.ts"), [root, outDir], root));
  return countPages(outDir);
}

/** Number of .html files under a folder. */
async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".html")).length;
}
