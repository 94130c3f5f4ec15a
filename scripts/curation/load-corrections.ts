import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { CorrectionsFileSchema, type Correction } from "../../src/schemas/correction.ts";

/** Path of the curation file: env CORRECTIONS_FILE, else content/corrections.json. */
export function correctionsPath(): string {
  return resolve(process.env["CORRECTIONS_FILE"] ?? "content/corrections.json");
}

/** The corrections of the curation file, validated; none when the file does not exist. Throws, naming the file, when it is invalid. */
export function loadCorrections(path = correctionsPath()): Correction[] {
  if (!existsSync(path)) return [];
  try {
    return CorrectionsFileSchema.parse(JSON.parse(readFileSync(path, "utf8"))).corrections;
  } catch (error) {
    throw new Error(`${path} is not a valid corrections file: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
