/** Run a command and measure its wall time and the peak memory of its whole process tree (polling /proc). */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** What one measured run gave. */
export interface ProcessRun {
  code: number | null;
  seconds: number;
  /** Largest sum of resident memory over the process and its descendants, in bytes (0 without /proc). */
  peakRssBytes: number;
  /** The same peak per phase, where `phaseOf` names phases from the output's lines (e.g. the build's stages). */
  peakRssBytesByPhase: Record<string, number>;
  stdout: string;
  stderr: string;
}

/**
 * Spawn `command args` with `env` added, echoing its output with `echo` (a line at a time) and
 * polling memory every 200 ms. With `phaseOf`, a line it names a phase for starts that phase, and
 * each sample also counts towards the phase then running.
 */
export async function measureProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: (line: string) => void; phaseOf?: (line: string) => string | undefined },
): Promise<ProcessRun> {
  const started = performance.now();
  const child = spawn(command, [...args], { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  let phase: string | undefined;
  const byPhase: Record<string, number> = {};
  const onLine = (line: string): void => {
    options.echo?.(line);
    const named = options.phaseOf?.(line);
    if (named !== undefined) phase = named;
  };
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    eachLine(chunk, onLine);
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    eachLine(chunk, onLine);
  });
  let peak = 0;
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    const rss = treeRss(child.pid);
    peak = Math.max(peak, rss);
    if (phase !== undefined) byPhase[phase] = Math.max(byPhase[phase] ?? 0, rss);
  }, 200);
  const code = await new Promise<number | null>((done, fail) => {
    child.on("error", fail);
    child.on("close", done);
  }).finally(() => clearInterval(poll));
  return { code, seconds: (performance.now() - started) / 1000, peakRssBytes: peak, peakRssBytesByPhase: byPhase, stdout, stderr };
}

function eachLine(chunk: string, onLine: (line: string) => void): void {
  for (const line of chunk.split(/\r?\n|\r/)) if (line.trim()) onLine(line);
}

/** Resident memory of `pid` and every descendant, in bytes; 0 where /proc is missing. */
export function treeRss(pid: number): number {
  let processes: { pid: number; ppid: number; rss: number }[];
  try {
    processes = readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .flatMap((name) => {
        try {
          const status = readFileSync(`/proc/${name}/status`, "utf8");
          const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? -1);
          const rss = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
          return [{ pid: Number(name), ppid, rss }];
        } catch {
          return []; // the process ended while we looked
        }
      });
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
  const rss = new Map(processes.map((p) => [p.pid, p.rss]));
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop()!;
    total += rss.get(current) ?? 0;
    queue.push(...(children.get(current) ?? []));
  }
  return total;
}
