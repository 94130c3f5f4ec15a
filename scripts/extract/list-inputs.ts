/** Expand the command line's files and folders into the sorted list of input files. */
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

/** An input path, or a path that could not be used and why. */
export type InputEntry = { path: string } | { path: string; error: string };

// A folder's own notes (README, licence, changelog): about the corpus, not documents of it. A file named on
// the command line is read whatever its name.
const FOLDER_NOTE = /^(?:readme|licen[cs]e|copying|changelog|notice)(?:\.(?:md|markdown|txt|rst))?$/i;

/**
 * Every file under the given paths (folders recursively, hidden files skipped), absolute and sorted.
 * A folder's README or licence found on the way is listed with the reason it is not read.
 */
export function listInputs(paths: string[]): InputEntry[] {
  const out: InputEntry[] = [];
  for (const given of paths) {
    const path = resolve(given);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      out.push({ path, error: "no such file or folder" });
      continue;
    }
    if (stat.isDirectory()) out.push(...walk(path));
    else out.push({ path });
  }
  const unique = new Map(out.map((e) => [e.path, e]));
  return [...unique.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function walk(dir: string): InputEntry[] {
  const out: InputEntry[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) out.push(...walk(path));
    else if (stat.isFile() && FOLDER_NOTE.test(name)) out.push({ path, error: "not read: a folder's README or licence describes the corpus and is not a document of it" });
    else if (stat.isFile()) out.push({ path });
  }
  return out;
}
