/**
 * One Astro build at a time per project folder: concurrent builds share Astro's working folder
 * (.astro/ under the root, whatever outDir says) and break each other. Tests build the site from
 * several processes at once (browser tests, reliability tests), so builds queue on a lock folder.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Run `work` while holding the project's build lock, waiting for another build to finish first. */
export async function withAstroBuildLock<T>(root: string, work: () => Promise<T>): Promise<T> {
  const lock = join(root, ".astro-build.lock");
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      break;
    } catch {
      if (!holderAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A lock left by a process that has died is stale. */
function holderAlive(lock: string): boolean {
  try {
    const pid = Number(readFileSync(join(lock, "pid"), "utf8"));
    if (!Number.isInteger(pid) || pid <= 0) return true; // being written: wait
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // ENOENT: the holder is between mkdir and writing its pid; EPERM: alive but not ours.
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "EPERM";
  }
}
