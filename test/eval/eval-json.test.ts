import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { evalJson } from "../../scripts/eval/eval-json.ts";
import { loadGold } from "../../scripts/eval/load-gold.ts";
import { scoreSeeds } from "../../scripts/eval/score-seeds.ts";
import { checkSeedTargets } from "../../scripts/eval/targets.ts";

const sharedDir = resolve(process.env["SHARED_DIR"] ?? "../shared");
const goldFile = resolve(sharedDir, "gold/seeds.jsonl");

describe.skipIf(!existsSync(goldFile))(`generated/eval.json (needs ${goldFile})`, () => {
  test("holds seeds, corpus and generatedBy, rounded figures and no gold finding texts", async () => {
    const golds = await loadGold(goldFile, sharedDir);
    const seeds = scoreSeeds(golds, { documents: [], errors: [] });
    const json = evalJson(seeds, checkSeedTargets(seeds), { skipped: "test" }, undefined) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["seeds", "corpus", "generatedBy"]);
    expect(json["generatedBy"]).toBe("npm run eval");
    const text = JSON.stringify(json);
    expect(text).not.toContain(golds[1]!.findings[0]!.text);
    expect(text).not.toMatch(/\d\.\d{5,}/);
  });
});
