/**
 * Builds the site ONCE for the e2e suite from the bundled corpus (content/reports) into a temporary
 * folder, never the developer's dist/, and serves it on 127.0.0.1 for the tests.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { CHROMIUM } from "./browser.ts";
import { runProjectScript } from "./run-project-script.ts";
import { serveStatic } from "./static-server.ts";

const root = resolve(import.meta.dirname, "../..");

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!existsSync(CHROMIUM)) {
    project.provide("e2eSite", null);
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), "ofsted-e2e-"));
  const dist = join(dir, "dist");
  const extractionFile = join(dir, "extraction.json");
  const authoritiesFile = resolve(root, "content/authorities/authorities.json");
  await runProjectScript("build.ts", ["--out-dir", dist], { CORPUS_DIR: resolve(root, "content/reports"), EXTRACTION_FILE: extractionFile, AUTHORITIES_FILE: authoritiesFile }, "The e2e site build");
  const server = await serveStatic(dist);
  project.provide("e2eSite", { url: server.url, dist, extractionFile, authoritiesFile });
  return async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  };
}

