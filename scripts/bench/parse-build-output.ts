/** Read the figures `npm run build` prints in its summary: stage timings and pages written. */

/** Stage timings ("  12.3 s  extract …") and the pages written, from the build's stdout. */
export function parseBuildOutput(stdout: string): { stages: [string, number][]; pages: number | undefined } {
  const summary = stdout.slice(Math.max(0, stdout.lastIndexOf("Build summary")));
  const stages: [string, number][] = [];
  for (const m of summary.matchAll(/^\s+(\d+(?:\.\d+)?) s {2}(.+)$/gm)) stages.push([m[2]!.trim(), Number(m[1])]);
  const pages = /^\s+pages written\s+(\d+)/m.exec(summary)?.[1];
  return { stages, pages: pages === undefined ? undefined : Number(pages) };
}
