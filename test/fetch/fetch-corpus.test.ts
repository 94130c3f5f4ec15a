/**
 * The fetch end to end, in-process, against the local replica of the report finder: what lands in
 * the corpus folder and the manifest, how it asks, and how a second, narrowed or interrupted run behaves.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadAuthorities } from "../../scripts/authorities/load-authorities.ts";
import { extractCorpus } from "../../scripts/extract/extract-corpus.ts";
import { checkPdf } from "../../scripts/fetch/check-pdf.ts";
import { fetchCorpus } from "../../scripts/fetch/fetch-corpus.ts";
import type { FetchOptions } from "../../scripts/fetch/fetch-corpus.ts";
import { readFetchManifest } from "../../scripts/fetch/fetch-manifest.ts";
import { PoliteClient } from "../../scripts/fetch/polite-client.ts";
import { createAuthorityResolver } from "../../scripts/fetch/resolve-authority.ts";
import { startReplica } from "./replica-site.ts";
import type { Replica } from "./replica-site.ts";

const resolveAuthority = createAuthorityResolver(loadAuthorities());
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "fetch-corpus-"));
  dirs.push(dir);
  return dir;
}

function options(replica: Replica, out: string, more: Partial<FetchOptions> = {}): FetchOptions {
  const client = new PoliteClient({ userAgent: "ofsted-findings-explorer/test (+https://example.org)", delayMs: 0, timeoutMs: 400, retries: 3, backoffMs: 5, maxBackoffMs: 1500, allowedHosts: ["127.0.0.1"] });
  return { out, origin: replica.origin, client, resolveAuthority, rows: 2, ...more };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => name.includes(".")).sort();
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("fetchCorpus against the replica", () => {
  let replica: Replica;
  let out: string;
  let first: Awaited<ReturnType<typeof fetchCorpus>>;

  beforeAll(async () => {
    replica = await startReplica({ holdMs: 1000 });
    out = tempDir();
    first = await fetchCorpus(options(replica, out));
  }, 30_000);
  afterAll(() => replica.close());

  test("downloads every publication of the wanted types, through the 429, the time-out and the PDFs cut short", () => {
    expect(first).toMatchObject({ providers: 5, providersDone: 5, found: 8, downloaded: 7, skipped: 0, failed: 2, interrupted: false });
    expect(filesUnder(out)).toEqual([
      "kent/2022-03-10-jtai-2001.pdf",
      "kent/2024-02-02-monitoring-visit-2002.pdf",
      "manifest.csv",
      "norfolk/2013-08-16-childrens-services-inspection-1004.pdf",
      "norfolk/2015-10-20-childrens-services-inspection-1003.pdf",
      "norfolk/2021-05-20-focused-visit-1002.pdf",
      "norfolk/2023-01-13-childrens-services-inspection-1001.pdf",
      "northamptonshire-county-council/2019-07-13-childrens-services-inspection-4001.pdf",
    ]);
    for (const file of filesUnder(out).filter((f) => f.endsWith(".pdf"))) {
      expect(checkPdf(readFileSync(join(out, file)), new Headers()), file).toBeNull();
    }
  });

  test("the manifest gives each file its URN, ONS code, provider, type, label, date, source, hash and time", () => {
    const { rows, problems } = readFetchManifest(join(out, "manifest.csv"));
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(7);
    const jtai = rows.find((r) => r.file === "kent/2022-03-10-jtai-2001.pdf")!;
    expect(jtai).toMatchObject({ urn: "80476", ons_code: "E10000016", authority: "Kent County Council", publication_type: "jtai", label: "Joint area child protection inspection", published: "2022-03-10", source_url: `${replica.origin}/v1/file/2001` });
    expect(rows.find((r) => r.urn === "121939")).toMatchObject({ ons_code: "", authority: "Northamptonshire County Council" });
    for (const row of rows) expect(row.sha256).toBe(createHash("sha256").update(readFileSync(join(out, row.file))).digest("hex"));
  });

  test("names every failure: the page whose markup changed (with its selector) and the download that was not a PDF", () => {
    expect(first.failures.map((f) => f.what)).toEqual(["Bournemouth, Christchurch and Poole: Children's services focused visit, 2019-12-18", "Leeds City Council (provider page)"]);
    expect(first.failures[0]!.reason).toContain("not a PDF");
    expect(first.failures[1]!.reason).toContain('selector "ol.timeline"');
  });

  test("says what it left aside and why, and which provider matched no authority", () => {
    expect(first.ignored).toEqual([
      ["area SEND inspection (fetched with --send)", 1],
      ['label not fetched: "Inspection of local authority arrangements for supporting school improvement"', 1],
    ]);
    expect(first.notes).toEqual([expect.stringContaining("Northamptonshire County Council (URN 121939) matches no current authority")]);
  });

  test("asks one request at a time, with the project's User-Agent", () => {
    expect(replica.maxInFlight()).toBe(1);
    expect(new Set(replica.requests.map((r) => r.userAgent))).toEqual(new Set(["ofsted-findings-explorer/test (+https://example.org)"]));
    expect(replica.requests.filter((r) => r.status === 429)).toHaveLength(1);
  });

  test("the corpus it writes extracts with each document's date, type and authority from the manifest", async () => {
    const extraction = await extractCorpus([out], { cache: false, workers: 0 });
    expect(extraction.errors).toEqual([]);
    const byFile = new Map(extraction.documents.map((d) => [d.source.slice(out.length + 1), d]));
    for (const row of readFetchManifest(join(out, "manifest.csv")).rows) {
      const extracted = byFile.get(row.file)!;
      expect(extracted.published, row.file).toBe(row.published);
      if (row.ons_code) expect(extracted.authorities.map((a) => a.code), row.file).toEqual([row.ons_code]);
    }
    expect(byFile.get("kent/2022-03-10-jtai-2001.pdf")!.inspection.type).toBe("jtai");
    expect(byFile.get("norfolk/2015-10-20-childrens-services-inspection-1003.pdf")!.inspection.type).toBe("sif");
    expect(byFile.get("norfolk/2023-01-13-childrens-services-inspection-1001.pdf")!.inspection.type).toBe("ilacs");
  }, 30_000);

  test("a second run downloads nothing it holds, asking again only for the file that failed", async () => {
    const before = replica.requests.length;
    const second = await fetchCorpus(options(replica, out));
    expect(second).toMatchObject({ found: 8, downloaded: 0, skipped: 7, failed: 2 });
    expect(replica.requests.slice(before).filter((r) => r.path.startsWith("/v1/file/")).map((r) => r.path)).toEqual(["/v1/file/3001"]);
  });

  test("a manifest row whose file was deleted is fetched again", async () => {
    unlinkSync(join(out, "norfolk/2015-10-20-childrens-services-inspection-1003.pdf"));
    const third = await fetchCorpus(options(replica, out, { authorities: ["E10000020"] }));
    expect(third).toMatchObject({ providers: 1, downloaded: 1, skipped: 3 });
    expect(existsSync(join(out, "norfolk/2015-10-20-childrens-services-inspection-1003.pdf"))).toBe(true);
  });
});

describe("fetchCorpus narrowed and interrupted", () => {
  test("--authority, --since and --send narrow the run to one provider's recent publications, area SEND included", async () => {
    const replica = await startReplica({ holdMs: 1000 });
    try {
      const out = tempDir();
      const summary = await fetchCorpus(options(replica, out, { authorities: ["kent"], since: "2023-01-01", send: true }));
      expect(summary).toMatchObject({ providers: 1, found: 2, downloaded: 2, failed: 0 });
      expect(filesUnder(out)).toEqual(["kent/2023-06-05-area-send-2003.pdf", "kent/2024-02-02-monitoring-visit-2002.pdf", "manifest.csv"]);
      expect(summary.ignored).toEqual([["published before --since 2023-01-01", 1]]);
      expect(replica.requests.some((r) => r.path.startsWith("/provider/44/80418"))).toBe(false);
    } finally {
      await replica.close();
    }
  });

  test("an --authority no provider is fails by name", async () => {
    const replica = await startReplica();
    try {
      const summary = await fetchCorpus(options(replica, tempDir(), { authorities: ["E99999999"] }));
      expect(summary.failures).toEqual([{ what: "--authority E99999999", url: "", reason: "no provider listed by the search is this authority" }]);
    } finally {
      await replica.close();
    }
  });

  test("an interrupted run keeps what it downloaded; the next run continues from there and clears half-written files", async () => {
    const replica = await startReplica({ holdMs: 1000 });
    try {
      const out = tempDir();
      const stop = new AbortController();
      const progress = { update: (counts: { downloaded: number }) => void (counts.downloaded === 2 && stop.abort()) };
      const interrupted = await fetchCorpus(options(replica, out, { stop: stop.signal, progress }));
      expect(interrupted).toMatchObject({ interrupted: true, downloaded: 2 });
      expect(readFetchManifest(join(out, "manifest.csv")).rows).toHaveLength(2);
      // A download cut off by a crash leaves only its .part file, never the document.
      mkdirSync(join(out, "kent"), { recursive: true });
      writeFileSync(join(out, "kent/2022-03-10-jtai-2001.pdf.part"), "%PDF-1.4 half");
      const resumed = await fetchCorpus(options(replica, out));
      expect(resumed).toMatchObject({ interrupted: false, skipped: 2, downloaded: 5 });
      expect(filesUnder(out).filter((f) => f.endsWith(".part"))).toEqual([]);
      expect(readFetchManifest(join(out, "manifest.csv")).rows).toHaveLength(7);
    } finally {
      await replica.close();
    }
  }, 30_000);

  test("refuses to write over a manifest.csv that is not its own", async () => {
    const out = tempDir();
    writeFileSync(join(out, "manifest.csv"), "file,kind,authority,date\nnorfolk/a.pdf,focused-visit,norfolk,2020-01-01\n");
    const replica = await startReplica();
    try {
      await expect(fetchCorpus(options(replica, out))).rejects.toThrow(/is not the fetcher's manifest: it wants the columns file, urn, ons_code/);
      expect(replica.requests).toEqual([]);
    } finally {
      await replica.close();
    }
  });
});
