/** Writes that never leave half a file under the real name: write a temporary sibling, flush it, rename it over. */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** The suffix of files being written; a run removes any it finds left by an interrupted one. */
export const PARTIAL_SUFFIX = ".part";

/** Write `data` to `path` so that `path` holds either its old content or all of the new. */
export function writeAtomically(path: string, data: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}${PARTIAL_SUFFIX}`;
  try {
    const fd = openSync(partial, "w");
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
