/**
 * Builds the site ONCE for the e2e suite from the bundled corpus (content/reports) into a temporary
 * folder, never the developer's dist/, and serves it on 127.0.0.1 for the tests.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { CHROMIUM } from "./browser.ts";
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
  await buildSite(dist, { CORPUS_DIR: resolve(root, "content/reports"), EXTRACTION_FILE: extractionFile, AUTHORITIES_FILE: authoritiesFile });
  const server = await serveStatic(dist);
  project.provide("e2eSite", { url: server.url, dist, extractionFile, authoritiesFile });
  return async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  };
}

/** Runs `scripts/build.ts --out-dir dist` in a child process; its output is shown only when it fails. */
async function buildSite(dist: string, env: Record<string, string>): Promise<void> {
  const output: Buffer[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [join(root, "scripts/build.ts"), "--out-dir", dist], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("error", fail);
    child.on("close", done);
  });
  if (code !== 0) throw new Error(`The e2e site build failed (exit ${code}):\n${Buffer.concat(output).toString("utf8")}`);
}
