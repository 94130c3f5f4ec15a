import { readFileSync } from "node:fs";
import { openPdf } from "./open-pdf.ts";
import { groupLines } from "./group-lines.ts";
const [f, p] = process.argv.slice(2);
const pdf = await openPdf(new Uint8Array(readFileSync(f!)), f!);
const page = await pdf.readPage(Number(p));
for (const l of groupLines(page.runs, Number(p), pdf.isBold)) console.log(l.y.toFixed(1), l.x.toFixed(0), l.textX.toFixed(0), l.right.toFixed(0), l.size, l.bold, l.marker, JSON.stringify(l.cells.map(c => [c.text.slice(0, 50), Math.round(c.x), Math.round(c.right)])));
await pdf.close();
