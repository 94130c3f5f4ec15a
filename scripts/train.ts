/**
 * `npm run train`: learn the polarity and theme models from the gold files and write them to
 * content/model/polarity.json and content/model/themes.json.
 *
 * 1. Load the gold files (../shared/gold/seeds.jsonl and reports-dev.jsonl) and read their documents.
 * 2. Prepare each document as extraction does (structure, metadata, candidate sentences).
 * 3. Match gold findings to candidates and take each one's features and gold label.
 * 4. Fit both models and write them, deterministically (same gold, same bytes).
 *
 * Options: --shared DIR (default ../shared or $SHARED_DIR), --out DIR (default content/model).
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadBaseResources, POLARITY_MODEL_FILE, THEME_MODEL_FILE } from "./extract/load-resources.ts";
import { PROJECT_ROOT } from "./extract/extractor-version.ts";
import { GOLD_FILES, loadAllGold, prepareGold } from "./learn/gold-corpus.ts";
import { trainModels } from "./learn/train-models.ts";
import { modelJson } from "./learn/model-json.ts";
import { loadThemes } from "./themes/load-themes.ts";

const { values } = parseArgs({ options: { shared: { type: "string" }, out: { type: "string" } } });

/** Trains and writes the model; returns the exit code. */
async function main(): Promise<number> {
  const sharedDir = resolve(values.shared ?? process.env["SHARED_DIR"] ?? "../shared");
  const missing = GOLD_FILES.map((f) => resolve(sharedDir, f)).filter((f) => !existsSync(f));
  if (missing.length > 0) throw new Error(`gold file(s) not found: ${missing.join(", ")} (use --shared DIR)`);
  const outDir = resolve(values.out ?? dirname(POLARITY_MODEL_FILE));

  // 1–2. Gold documents, read and prepared.
  const golds = await loadAllGold(sharedDir);
  console.error(`Reading and preparing ${golds.length} gold documents…`);
  const resources = loadBaseResources();
  const prepared = await prepareGold(golds, resources);

  // 3–4. Examples (gold findings matched to the candidates extraction finds), then both models.
  const started = Date.now();
  const models = trainModels(
    prepared,
    resources,
    loadThemes().map((t) => t.id),
  );
  const goldFindings = golds.reduce((s, g) => s + g.findings.length, 0);
  const gold = golds.map((g) => ({ doc: g.doc, sha256: g.sha256 }));
  models.polarity.training = { ...models.polarity.training, gold };
  models.themes.training = { ...models.themes.training, gold };
  await mkdir(outDir, { recursive: true });
  const written = [
    [join(outDir, basename(POLARITY_MODEL_FILE)), modelJson(models.polarity)],
    [join(outDir, basename(THEME_MODEL_FILE)), modelJson(models.themes)],
  ] as const;
  for (const [path, json] of written) await writeFile(path, json);
  console.log(
    `Trained on ${models.examples} of ${goldFindings} gold findings (those matching a candidate sentence) in ${golds.length} documents, ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s: polarity ${models.polarity.features.length} features, themes ${models.themes.features.length}. ` +
      `Wrote ${written.map(([path]) => relative(PROJECT_ROOT, path)).join(" and ")}.`,
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`npm run train failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
