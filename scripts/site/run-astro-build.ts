import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { withAstroBuildLock } from "./astro-build-lock.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Builds the static site with Astro into `outDir`, in a child process (astro-build-child.ts) that
 * inherits this process's environment (EXTRACTION_FILE and the rest); returns the number of HTML
 * pages written. Throws when the build fails, with Astro's own messages already on stderr.
 */
export async function runAstroBuild(outDir: string): Promise<number> {
  await withAstroBuildLock(root, () => runChild([resolve(root, "scripts/site/astro-build-child.ts"), root, outDir]));
  return countPages(outDir);
}

function runChild(args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, env: process.env, stdio: "inherit" });
    child.on("error", fail);
    child.on("close", (code, signal) =>
      code === 0 ? done() : fail(new Error(`astro build failed (${signal ? `signal ${signal}` : `exit ${code}`}); its messages are above.`)),
    );
  });
}

/** Number of .html files under a folder. */
async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".html")).length;
}
