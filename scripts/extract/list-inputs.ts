/** Expand the command line's files and folders into the sorted list of input files. */
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

/** An input path, or a path that could not be used and why. */
export type InputEntry = { path: string } | { path: string; error: string };

/** Every file under the given paths (folders recursively, hidden files skipped), absolute and sorted. */
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
    else if (stat.isFile()) out.push({ path });
  }
  return out;
}
