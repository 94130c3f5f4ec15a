import { readFileSync } from "node:fs";
import { openPdf } from "./open-pdf.ts";
import { groupLines } from "./group-lines.ts";
import { collectVocabulary, keepsHyphen } from "./join-lines.ts";
const counts = new Map<string, number>();
for (const f of process.argv.slice(2)) {
  const pdf = await openPdf(new Uint8Array(readFileSync(f)), f);
  const lines: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) { const p = await pdf.readPage(i); for (const l of groupLines(p.runs, i, pdf.isBold)) lines.push(l.cells.map(c => c.text).join(" ")); }
  await pdf.close();
  const vocab = collectVocabulary(lines);
  for (let i = 0; i + 1 < lines.length; i++) {
    const h = /([A-Za-z]+(?:-[A-Za-z]+)*)[-\u2010]$/.exec(lines[i]!); const n = /^([A-Za-z]+)/.exec(lines[i + 1]!);
    if (h && n) { const k = `${keepsHyphen(h[1]!, n[1]!, vocab) ? "KEEP" : "JOIN"} ${h[1]}-${n[1]}`; counts.set(k, (counts.get(k) ?? 0) + 1); }
  }
}
const arr = [...counts].sort((a, b) => b[1] - a[1]);
console.log(arr.filter(([k]) => k.startsWith("JOIN")).map(([k, c]) => `${k} ${c}`).join("\n"));
console.log("KEEP total", arr.filter(([k]) => k.startsWith("KEEP")).reduce((s, [, c]) => s + c, 0), "JOIN total", arr.filter(([k]) => k.startsWith("JOIN")).reduce((s, [, c]) => s + c, 0));
console.log(arr.filter(([k]) => k.startsWith("KEEP")).slice(0, 150).map(([k, c]) => `${k} ${c}`).join(" | "));
