import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { loadBaseResources } from "../../scripts/extract/load-resources.ts";
import { genreTransfer } from "../../scripts/eval/genre-transfer.ts";
import { GOLD_FILES, loadAllGold, prepareGold } from "../../scripts/learn/gold-corpus.ts";
import { loadThemes } from "../../scripts/themes/load-themes.ts";

const sharedDir = resolve(process.env["SHARED_DIR"] ?? "../shared");
const goldFiles = GOLD_FILES.map((f) => resolve(sharedDir, f));

describe.skipIf(!goldFiles.every(existsSync))(`genre transfer (needs ${goldFiles.join(" and ")})`, () => {
  test("labels the seeds' letter, news and commentary with models trained on a few real reports alone", async () => {
    const all = await loadAllGold(sharedDir);
    // The five seeds and the first eight development reports: enough for a model, quick to train.
    const golds = [...all.filter((g) => g.kind !== "inspection-report"), ...all.filter((g) => g.kind === "inspection-report").slice(0, 8)];
    const resources = loadBaseResources();
    const transfer = genreTransfer(golds, await prepareGold(golds, resources), resources, loadThemes().map((t) => t.id));
    const others = golds.filter((g) => g.kind !== "inspection-report");
    expect(transfer?.documents).toBe(others.length);
    expect(transfer?.findings).toBe(others.reduce((sum, g) => sum + g.findings.length, 0));
    // Far better than chance over four labels, and short of the in-sample seed figures.
    expect(transfer!.polarityAccuracy).toBeGreaterThan(0.6);
    expect(transfer!.polarityMacroF1).toBeGreaterThan(0.4);
    expect(transfer!.polarityMacroF1).toBeLessThan(0.98);
  }, 120_000);

  test("has nothing to say when the gold holds no report to train on", async () => {
    const seeds = (await loadAllGold(sharedDir)).filter((g) => g.kind !== "inspection-report");
    const resources = loadBaseResources();
    expect(genreTransfer(seeds, await prepareGold(seeds, resources), resources, [])).toBeNull();
  });
});
