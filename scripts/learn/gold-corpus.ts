/**
 * The gold documents, read and prepared once (readers, structure, metadata, candidate sentences),
 * so that training and cross-validation label the very candidates extraction would.
 */
import { readFile } from "node:fs/promises";
import { loadGold, type LoadedGold } from "../eval/load-gold.ts";
import { prepareDocument, type BaseResources, type PreparedDocument } from "../pipeline/extract-document.ts";
import { readDocument } from "../readers/index.ts";

/** The gold files training reads, relative to the shared folder. */
export const GOLD_FILES = ["gold/seeds.jsonl", "gold/reports-dev.jsonl"] as const;

/** A gold document with its file read and prepared. */
export interface PreparedGold {
  gold: LoadedGold;
  prepared: PreparedDocument;
}

/** Load every gold file under `sharedDir`, in file order then line order. */
export async function loadAllGold(sharedDir: string, files: readonly string[] = GOLD_FILES): Promise<LoadedGold[]> {
  const golds: LoadedGold[] = [];
  for (const file of files) golds.push(...(await loadGold(`${sharedDir}/${file}`, sharedDir)));
  return golds;
}

/** Read and prepare each gold document; a file that cannot be read stops the run, naming it. */
export async function prepareGold(golds: readonly LoadedGold[], resources: BaseResources): Promise<PreparedGold[]> {
  const out: PreparedGold[] = [];
  for (const gold of golds) {
    const bytes = await readFile(gold.path);
    try {
      const source = await readDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), gold.path);
      out.push({ gold, prepared: prepareDocument(source, { path: gold.path, sha256: gold.sha256 }, resources) });
    } catch (error) {
      throw new Error(`${gold.path}: cannot be prepared for training: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return out;
}
