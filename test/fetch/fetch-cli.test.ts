/**
 * `npm run fetch` end to end against the local replica of the report finder, as a user runs it:
 * the exit status, the summary naming every failure, the corpus and manifest, and a second run.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startReplica } from "./replica-site.ts";
import type { Replica } from "./replica-site.ts";

const ROOT = join(import.meta.dirname, "../..");
let replica: Replica;
let out: string;

/** Run `npm run fetch -- args` without blocking this process, which serves the replica. */
function runFetch(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", "fetch", "--", ...args], { cwd: ROOT, env: { ...process.env, CI: "1", FETCH_CONTACT: "https://example.org/explorer" } });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

beforeAll(async () => {
  replica = await startReplica({ holdMs: 3000 });
  out = mkdtempSync(join(tmpdir(), "fetch-cli-"));
});
afterAll(async () => {
  await replica.close();
  rmSync(out, { recursive: true, force: true });
});

describe("npm run fetch", () => {
  const args = () => ["--origin", replica.origin, "--out", out, "--delay", "0", "--backoff", "10", "--timeout", "1", "--rows", "2"];

  test("fetches the replica's corpus, exits 1 and names every failure in its summary", async () => {
    const { status, stderr } = await runFetch(args());
    expect(stderr).toContain("fetch done");
    expect(stderr).toContain("5 of 5 providers, 8 publications found, 7 downloaded, 0 already held, 2 failed");
    expect(stderr).toMatch(/✗ Bournemouth, Christchurch and Poole: Children's services focused visit, 2019-12-18: not a PDF/);
    expect(stderr).toMatch(/✗ Leeds City Council \(provider page\): .*selector "ol\.timeline"/);
    expect(stderr).toContain("retry 1 of");
    expect(status).toBe(1);
    const manifest = readFileSync(join(out, "manifest.csv"), "utf8").trim().split("\n");
    expect(manifest[0]).toBe("file,urn,ons_code,authority,publication_type,label,published,source_url,sha256,fetched_at");
    expect(manifest).toHaveLength(8);
    expect(replica.requests.every((r) => r.userAgent.startsWith("ofsted-findings-explorer/") && r.userAgent.includes("https://example.org/explorer"))).toBe(true);
    expect(replica.maxInFlight()).toBe(1);
  }, 60_000);

  test("run again, it downloads nothing new", async () => {
    const { stderr } = await runFetch(args());
    expect(stderr).toContain("7 already held");
    expect(stderr).toContain("0 downloaded");
  }, 60_000);
});
