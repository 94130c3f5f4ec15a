import { readFileSync } from "node:fs";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import { readPdf } from "../pdf.ts";
const files = process.argv.slice(2);
let rawT = 0, ourT = 0, pages = 0;
for (const f of files) {
  const bytes = new Uint8Array(readFileSync(f));
  let t = performance.now();
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }); const doc = await task.promise;
  for (let i = 1; i <= doc.numPages; i++) { const p = await doc.getPage(i); await p.getTextContent(); p.cleanup(); }
  pages += doc.numPages; await task.destroy(); rawT += performance.now() - t;
  t = performance.now(); await readPdf(bytes, f); ourT += performance.now() - t;
}
console.log({ pages, rawPps: (pages / rawT * 1000).toFixed(0), oursPps: (pages / ourT * 1000).toFixed(0) });
