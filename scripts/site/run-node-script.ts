import { spawn } from "node:child_process";

/**
 * Runs a TypeScript script of the project in a child Node process (the same Node with `nodeOptions`,
 * this process's environment, output passed through). Rejects naming the script when it fails; its own messages
 * are then already on stderr.
 */
export function runNodeScript(script: string, args: readonly string[], cwd: string, nodeOptions: readonly string[] = []): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...nodeOptions, script, ...args], { cwd, env: process.env, stdio: "inherit" });
    child.on("error", fail);
    child.on("close", (code, signal) =>
      code === 0 ? done() : fail(new Error(`${script} failed (${signal ? `signal ${signal}` : `exit ${code}`}); its messages are above.`)),
    );
  });
}
