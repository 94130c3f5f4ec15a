/** Build the site from given corpus folders into a given folder, as `npm run build` does, for tests that inspect dist. */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../extract/extractor-version.ts";

/** How a build went. */
export interface SiteBuild {
  code: number | null;
  output: string;
  seconds: number;
}

/** Run scripts/build.ts on `corpusDirs` into `outDir`, writing the extraction to `extractionFile`, with the extract cache off. */
export async function buildSite(corpusDirs: readonly string[], outDir: string, extractionFile: string): Promise<SiteBuild> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(PROJECT_ROOT, "scripts/build.ts"), "--out-dir", outDir], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CORPUS_DIR: corpusDirs.join(":"), EXTRACTION_FILE: extractionFile, EXTRACT_CACHE: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on("close", done));
  return { code, output, seconds: (performance.now() - started) / 1000 };
}
