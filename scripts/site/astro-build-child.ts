/**
 * Runs Astro's build in a process of its own (spawned by run-astro-build.ts), so that the site's
 * memory (the extraction as the pages read it, their indexes, rendered pages) is given back to the
 * system when it ends instead of adding to the extraction and search stages' heap.
 *
 *   node scripts/site/astro-build-child.ts <root> <outDir>
 */
import { build } from "astro";

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) {
  console.error("usage: node scripts/site/astro-build-child.ts <root> <outDir>");
  process.exit(2);
}
await build({ root, outDir, logLevel: process.env["ASTRO_LOG_LEVEL"] === "info" ? "info" : "warn" });
