/** Runs one of the project's scripts for the browser tests. */
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

/** Runs `scripts/<script> ...args` in a child process from the project root; its output is shown only when it fails, under `what`. */
export async function runProjectScript(script: string, args: readonly string[], env: Record<string, string>, what: string): Promise<void> {
  const output: Buffer[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [join(root, "scripts", script), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("error", fail);
    child.on("close", done);
  });
  if (code !== 0) throw new Error(`${what} failed (exit ${code}):\n${Buffer.concat(output).toString("utf8")}`);
}
