import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { readPdf } from "../pdf.ts";
const files = process.argv.slice(2);
mkdirSync("/tmp/pdfx/out", { recursive: true });
let pages = 0; const t0 = performance.now(); const fails: string[] = [];
const stats = { bareNum: 0, pageOf: 0, hyph: 0, noImprove: 0 };
for (const f of files) {
  try {
    const t = performance.now();
    const doc = await readPdf(new Uint8Array(readFileSync(f)), f);
    pages += doc.pages.length;
    const name = f.split("/").slice(-2).join("_").replace(".pdf", ".txt");
    writeFileSync("/tmp/pdfx/out/" + name, doc.pages.map(p => `=== page ${p.number} ===\n` + doc.text.slice(p.start, p.end)).join("\n"));
    const lines = doc.text.split("\n");
    const bare = lines.filter(l => /^\s*\d{1,3}\s*$/.test(l)); const pof = lines.filter(l => /^page \d+ of \d+$/i.test(l.trim()));
    if (bare.length) { stats.bareNum++; console.log("BARE", name, bare.slice(0, 5)); }
    if (pof.length) stats.pageOf++;
    if (/[a-z]-\n/.test(doc.text)) { stats.hyph++; console.log("HYPH", name, doc.text.match(/.{0,30}[a-z]-\n.{0,30}/)?.[0]); }
    if (!/what needs to improve|areas for improvement|recommendations/i.test(doc.text)) { stats.noImprove++; console.log("NOIMP", name); }
    if (doc.warnings.length) console.log("WARN", name, doc.warnings);
  } catch (e) { fails.push(f + ": " + (e as Error).message); }
}
const s = (performance.now() - t0) / 1000;
console.log({ files: files.length, pages, seconds: s.toFixed(1), pagesPerSecond: (pages / s).toFixed(0), fails, stats });
