import { readdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { withAstroBuildLock } from "./astro-build-lock.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Builds the static site with Astro's programmatic API into `outDir`; returns the number of HTML pages written. */
export async function runAstroBuild(outDir: string): Promise<number> {
  // Imported lazily so that the extraction stage does not pay for loading Vite.
  const { build } = await import("astro");
  await withAstroBuildLock(root, () =>
    build({ root, outDir, logLevel: process.env["ASTRO_LOG_LEVEL"] === "info" ? "info" : "warn" }),
  );
  return countPages(outDir);
}

/** Number of .html files under a folder. */
async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".html")).length;
}
