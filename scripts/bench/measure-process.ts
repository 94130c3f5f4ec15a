/** Run a command and measure its wall time and the peak memory of its whole process tree (polling /proc). */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** What one measured run gave. */
export interface ProcessRun {
  code: number | null;
  seconds: number;
  /** Largest sum of resident memory over the process and its descendants, in bytes (0 without /proc). */
  peakRssBytes: number;
  stdout: string;
  stderr: string;
}

/** Spawn `command args` with `env` added, echoing its output with `echo` (a line at a time) and polling memory every 200 ms. */
export async function measureProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: (line: string) => void },
): Promise<ProcessRun> {
  const started = performance.now();
  const child = spawn(command, [...args], { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    echoLines(chunk, options.echo);
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    echoLines(chunk, options.echo);
  });
  let peak = 0;
  const poll = setInterval(() => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
  }, 200);
  const code = await new Promise<number | null>((done, fail) => {
    child.on("error", fail);
    child.on("close", done);
  }).finally(() => clearInterval(poll));
  return { code, seconds: (performance.now() - started) / 1000, peakRssBytes: peak, stdout, stderr };
}

function echoLines(chunk: string, echo: ((line: string) => void) | undefined): void {
  if (!echo) return;
  for (const line of chunk.split(/\r?\n|\r/)) if (line.trim()) echo(line);
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
