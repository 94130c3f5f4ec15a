/** Measuring a command: exit code, output, and the memory of its process tree including children. */
import { expect, test } from "vitest";
import { measureProcess, treeRss } from "../../scripts/bench/measure-process.ts";

test("the resident memory of this process is found in /proc", () => {
  expect(treeRss(process.pid)).toBeGreaterThan(10 * 2 ** 20);
});

test("a command that spawns a child holding 200 MB peaks above 200 MB across the tree", async () => {
  // The parent stays small; only counting the child reaches the figure.
  const child = "const b = Buffer.alloc(200 * 2 ** 20, 1); setTimeout(() => console.log(b[5]), 1500);";
  const parent = `require("node:child_process").spawnSync(process.execPath, ["-e", ${JSON.stringify(child)}], { stdio: "inherit" });`;
  const run = await measureProcess(process.execPath, ["-e", parent], { cwd: process.cwd() });
  expect(run.code).toBe(0);
  expect(run.stdout.trim()).toBe("1");
  expect(run.peakRssBytes).toBeGreaterThan(200 * 2 ** 20);
}, 30_000);

test("memory is kept per phase: a small phase, then one holding 200 MB, each with its own peak", async () => {
  const script = [
    'console.log("▸ small…");',
    "setTimeout(() => {",
    '  console.log("▸ large…");',
    "  const b = Buffer.alloc(200 * 2 ** 20, 1);",
    "  setTimeout(() => console.log(b[7]), 1500);",
    "}, 1500);",
  ].join("\n");
  const run = await measureProcess(process.execPath, ["-e", script], { cwd: process.cwd(), phaseOf: (line) => /^▸ (.+)…$/.exec(line)?.[1] });
  expect(run.code).toBe(0);
  expect(Object.keys(run.peakRssBytesByPhase)).toEqual(["small", "large"]);
  expect(run.peakRssBytesByPhase["large"]).toBeGreaterThan(200 * 2 ** 20);
  expect(run.peakRssBytesByPhase["small"]).toBeLessThan(150 * 2 ** 20);
  expect(run.peakRssBytes).toBe(Math.max(...Object.values(run.peakRssBytesByPhase)));
}, 30_000);
