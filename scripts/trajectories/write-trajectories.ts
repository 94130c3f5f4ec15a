import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Authority, Extraction, Theme } from "../../src/schemas/index.ts";
import { TrajectoriesSchema, type Trajectories } from "../../src/schemas/trajectory.ts";
import { computeTrajectories } from "./compute-trajectories.ts";

/**
 * Build step: compute the trajectories of an (already curated) extraction, validate them and
 * write them to `outFile` (generated/trajectories.json, where the site looks first).
 */
export async function writeTrajectories(
  extraction: Extraction,
  authorities: readonly Authority[],
  themes: readonly Theme[],
  outFile: string,
): Promise<Trajectories> {
  const trajectories = TrajectoriesSchema.parse(computeTrajectories(extraction, authorities, { themes }));
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, `${JSON.stringify(trajectories)}\n`);
  return trajectories;
}
