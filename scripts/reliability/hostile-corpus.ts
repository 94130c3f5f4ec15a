/**
 * Writes a corpus of hostile inputs into a folder: empty, binary, broken and locked files, odd
 * encodings, markup that tries to run script, duplicates, monsters, awkward paths. Each entry says
 * what the extractor should make of it, so tests (and people) can check the project against it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import iconv from "iconv-lite";
import { makePdf } from "./make-pdf.ts";

/** What the extractor should do with one hostile input. */
export interface HostileInput {
  /** Path relative to the corpus folder. */
  name: string;
  /** What it is, in words. */
  what: string;
  /** "error": an error entry whose message matches `message`; "document": extracted (warnings may match `warning`); "either": a clean outcome of some kind. */
  outcome: "error" | "document" | "either";
  message?: RegExp;
  warning?: RegExp;
  /** For documents: a string the extracted text must contain (proves the decoding). */
  contains?: string;
}

// An invented focused-visit letter: every sentence is ordinary inspection prose, so each hostile variant has findings to lose.
const LETTER = [
  "Focused visit to Kent County Council children's services",
  "",
  "Inspectors found that most children referred to the front door receive a timely and proportionate response.",
  "",
  "Management oversight of referrals is not yet consistent, and the quality of recording is variable.",
  "",
  "Leaders should ensure that strategy discussions include all relevant agencies.",
].join("\n");

const PWN = "window.__pwned = true; document.title = 'pwned'; alert('pwned')";

/** Markup that tries every way we know to run script or pull in styles from a source page. */
export const HOSTILE_HTML = `<!doctype html>
<html><head><title>Ofsted praises Kent front door &lt;script&gt;</title>
<script>${PWN}</script>
<style>body { background: url(javascript:alert(1)) }</style>
<meta http-equiv="refresh" content="0; url=javascript:alert(1)">
</head><body onload="${PWN}">
<article>
<h1 onclick="${PWN}">Ofsted praises Kent's front door &lt;img src=x onerror=alert(1)&gt;</h1>
<p style="position:fixed;top:0;left:0;width:100%;height:100%;background:red">Inspectors found that most children referred to the front door in Kent receive a timely and proportionate response.</p>
<p>Management oversight of referrals is not yet consistent, <a href="javascript:${PWN}">read the letter</a>, and the quality of recording is variable.</p>
<p><img src="x" onerror="${PWN}"> Leaders should ensure that strategy discussions include all relevant agencies &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;.</p>
<svg onload="${PWN}"><script>${PWN}</script></svg>
<iframe src="javascript:${PWN}"></iframe>
<p>The council said that <b onmouseover="${PWN}">caseloads are too high</b> in some teams and that it is recruiting more social workers.</p>
</article>
<script src="https://evil.example/x.js"></script>
</body></html>
`;

/** Markdown whose raw HTML tries the same tricks. */
export const HOSTILE_MARKDOWN = `---
title: "Kent front door <script>${PWN}</script>"
---

# Kent front door focused visit <img src=x onerror="${PWN}">

Inspectors found that most children referred to the front door in Kent receive a timely and proportionate response.

<script>${PWN}</script>

<div onmouseover="${PWN}" style="position:fixed;inset:0">Management oversight of referrals is not yet consistent, and the quality of recording is variable.</div>

Leaders should ensure that strategy discussions include all relevant agencies, [see the letter](javascript:window.__pwned=1) and [this one](<javascript:alert(1)>).

<a href="javascript:alert(1)">Caseloads are too high in some teams</a> and the council is recruiting more social workers.

\`\`\`html
<script>${PWN}</script>
\`\`\`
`;

/** Plain text that looks like markup: it must be shown, never parsed. */
export const HOSTILE_TEXT = `Kent front door <script>${PWN}</script>

Inspectors found that most children referred to the front door in Kent receive a timely and proportionate response <img src=x onerror="${PWN}">.

Management oversight of referrals is not yet consistent, and the quality of recording is variable <a href="javascript:alert(1)">here</a>.

Leaders should ensure that strategy discussions include "all relevant agencies" & partners' </p></main><script>${PWN}</script>.
`;

/** The hostile inputs that write fast (everything but the 50 MB file), with their expected outcomes. */
export const HOSTILE_INPUTS: readonly (HostileInput & { bytes: () => Uint8Array })[] = [
  { name: "empty.txt", what: "an empty file", outcome: "error", message: /empty/i, bytes: () => new Uint8Array() },
  { name: "whitespace.txt", what: "whitespace only", outcome: "error", message: /whitespace|empty/i, bytes: () => utf8(" \n\t\r\n   \n\n\u00a0\u2003\n") },
  { name: "junk.pdf", what: "binary junk named .pdf", outcome: "error", message: /not a PDF/i, bytes: () => junk(4096, 7) },
  { name: "junk.txt", what: "binary junk named .txt", outcome: "error", message: /binary/i, bytes: () => junk(4096, 11) },
  { name: "truncated.pdf", what: "a PDF cut in half", outcome: "error", message: /truncated|corrupt|no text/i, bytes: () => truncate(makePdf({ pages: [LETTER.split("\n"), LETTER.split("\n")] }), 0.5) },
  { name: "encrypted.pdf", what: "a PDF locked by a password", outcome: "error", message: /encrypted|password/i, bytes: () => makePdf({ pages: [LETTER.split("\n")], encrypted: true }) },
  { name: "scanned.pdf", what: "a PDF page with an image and no text layer", outcome: "error", message: /no text layer/i, bytes: () => makePdf({ pages: [[], []] }) },
  { name: "valid.pdf", what: "a small valid PDF (control)", outcome: "document", contains: "strategy discussions", bytes: () => makePdf({ pages: [LETTER.split("\n")] }) },
  { name: "windows-1252.txt", what: "Windows-1252 text", outcome: "document", contains: "Café – “quoted” £5", warning: /encoding/i, bytes: () => iconv.encode(`${LETTER}\n\nCafé – “quoted” £5 was spent per child at the Café – “quoted” £5 drop-in centre in Kent last year.\n`, "windows-1252") },
  { name: "utf-16le-bom.txt", what: "UTF-16LE with a BOM", outcome: "document", contains: "Kent County Council", bytes: () => concat(Uint8Array.of(0xff, 0xfe), iconv.encode(`${LETTER}\n`, "utf-16le")) },
  { name: "utf-16be-nobom.txt", what: "UTF-16BE without a BOM", outcome: "document", contains: "Kent County Council", bytes: () => iconv.encode(`${LETTER}\n`, "utf-16be") },
  { name: "utf-8-bom.txt", what: "UTF-8 with a BOM", outcome: "document", contains: "Focused visit to Kent", bytes: () => concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(`${LETTER}\n`)) },
  { name: "hostile.html", what: "HTML with <script>, on* handlers, javascript: links and inline styles", outcome: "document", contains: "timely and proportionate", bytes: () => utf8(HOSTILE_HTML) },
  { name: "hostile.md", what: "Markdown with raw HTML", outcome: "document", contains: "timely and proportionate", bytes: () => utf8(HOSTILE_MARKDOWN) },
  { name: "hostile-markup.txt", what: "plain text full of markup", outcome: "document", contains: "<script>", bytes: () => utf8(HOSTILE_TEXT) },
  { name: "no-authority.txt", what: "a document naming no authority", outcome: "document", warning: /no local authority/i, bytes: () => utf8(LETTER.replace(/Kent County Council/g, "the council") + "\n") },
  { name: "twin-a.txt", what: "a file…", outcome: "document", bytes: () => utf8(`${LETTER}\n\nTwin paragraph: caseloads are too high in some teams.\n`) },
  { name: "twin-b.txt", what: "…and a second file with the same bytes", outcome: "error", message: /same content as .*twin-a\.txt.*duplicate/i, bytes: () => utf8(`${LETTER}\n\nTwin paragraph: caseloads are too high in some teams.\n`) },
  { name: "shared-sentence-1.txt", what: "a sentence shared with another document (1)", outcome: "document", bytes: () => utf8(`${LETTER}\n\nThe first document goes on about early help, which is well coordinated.\n`) },
  { name: "shared-sentence-2.txt", what: "a sentence shared with another document (2)", outcome: "document", bytes: () => utf8(`${LETTER}\n\nThe second document goes on about care leavers, who are well supported.\n`) },
  { name: "fragment.html", what: "an HTML fragment with no <html> element", outcome: "document", contains: "strategy discussions", bytes: () => utf8(`<h1>Kent front door</h1>\n${LETTER.split("\n\n").map((p) => `<p>${p}</p>`).join("\n")}\n`) },
  { name: "long-line.txt", what: "a 1 MB line", outcome: "document", warning: /run-on/, bytes: () => utf8(`${LETTER}\n\nInspectors found that children are seen promptly and${" and recording is variable".repeat(40_000)}.\n`) },
  { name: "long-sentence.txt", what: "a sentence of 10,000 words", outcome: "document", warning: /run-on/, bytes: () => utf8(`${LETTER}\n\nInspectors found that ${Array.from({ length: 10_000 }, (_, i) => ["children", "are", "seen", "by", "social", "workers", "who", "know", "them", "well"][i % 10]).join(" ")}.\n`) },
  { name: "rapports d'été/Kent – été.txt", what: "a path with spaces, an apostrophe and non-ASCII letters", outcome: "document", contains: "strategy discussions", bytes: () => utf8(`${LETTER}\n\nThe summer report found that the front door in Kent is well staffed.\n`) },
  { name: "notes.docx", what: "an unsupported format", outcome: "error", message: /unsupported/i, bytes: () => junk(512, 3) },
];

/** Write every hostile input under `dir`; returns them with their absolute paths. */
export function writeHostileCorpus(dir: string): (HostileInput & { path: string })[] {
  return HOSTILE_INPUTS.map(({ bytes, ...input }) => {
    const path = join(dir, input.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes());
    return { ...input, path };
  });
}

/** Write a text file of about `megabytes` MB of letter paragraphs, hard-wrapped like a text export and numbered so that none repeats, a chunk at a time (never one huge string). */
export function writeLargeText(path: string, megabytes: number): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, "");
  const target = megabytes * 1024 * 1024;
  const sentences = LETTER.split("\n").filter((line) => line.endsWith("."));
  for (let written = 0, n = 0; written < target; ) {
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++, n++) lines.push(wrap(`In case ${n}, ${sentences[n % sentences.length]!.replace(/^\w/, (c) => c.toLowerCase())}`, 72));
    const chunk = utf8(`${lines.join("\n\n")}\n\n`);
    writeFileSync(path, chunk, { flag: "a" });
    written += chunk.length;
  }
}

function wrap(paragraph: string, width: number): string {
  return paragraph.replace(new RegExp(`(.{1,${width}})(?: |$)`, "g"), "$1\n").trimEnd();
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function truncate(bytes: Uint8Array, fraction: number): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * fraction));
}

/** Deterministic pseudo-random bytes (no PDF or text header by construction). */
function junk(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[i] = (state >>> 16) & 0xff;
  }
  out[0] = 0x00;
  out[1] = 0xff;
  return out;
}
